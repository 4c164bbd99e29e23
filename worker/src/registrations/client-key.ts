// Which client sent a request, for rate limiting: the address Cloudflare saw, else a fallback.

/**
 * The client's key: CF-Connecting-IP (set by Cloudflare and not forgeable behind it), else
 * the first X-Forwarded-For address (local runs behind a proxy), else 'unknown', so that
 * clients without either share one bucket rather than escape the limit.
 *
 * @example
 * clientKeyOf(c.req.raw.headers) // '203.0.113.7'
 */
export function clientKeyOf(headers: Headers): string {
  const connecting = headers.get('CF-Connecting-IP')?.trim()
  if (connecting) return connecting
  const forwarded = headers.get('X-Forwarded-For')?.split(',')[0]?.trim()
  return forwarded || 'unknown'
}
