// The private cancellation token: 256 random bits for the registrant, only its hash for D1.

const TOKEN_BYTES = 32
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

function base64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * A new cancellation token: 32 random bytes as 43 base64url characters, unguessable, safe
 * in a URL path.
 *
 * @example
 * const token = newCancelToken() // 'q3J0…' (43 characters)
 */
export function newCancelToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)))
}

/**
 * True when `value` has the shape of a cancellation token (so anything else is refused
 * without a database look-up).
 *
 * @example
 * isCancelTokenShaped('abc') // false
 */
export function isCancelTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value)
}

/**
 * What D1 keeps instead of the token: its SHA-256, lowercase hex. A leaked database does not
 * let anyone cancel someone else's registration.
 *
 * @example
 * await hashCancelToken(token) // '9f86d0…' (64 hex digits)
 */
export async function hashCancelToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The path of the page where a registrant cancels: GET shows the question, POST cancels.
 * The token goes in the path, never in a query string that analytics might record.
 *
 * @example
 * cancelPath('dnssec-2026', token) // '/webinars/dnssec-2026/cancel/q3J0…'
 */
export function cancelPath(webinarSlug: string, token: string): string {
  return `/webinars/${encodeURIComponent(webinarSlug)}/cancel/${token}`
}
