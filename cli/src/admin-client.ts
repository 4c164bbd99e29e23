// Signed requests from Node to the Worker's admin routes (HMAC-SHA256 with node:crypto).
import { createHash, createHmac } from 'node:crypto'
import { canonicalRequest, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/signing'

export interface SignedFetchOptions {
  /** The Worker's address, e.g. https://lacralo-outreach.example.workers.dev */
  baseUrl: string
  /** The Worker's ADMIN_SECRET. */
  secret: string
  method: string
  /** Path with query, from the Worker's root: `/admin/events`. */
  path: string
  /** JSON-serialized unless already a string; no body when undefined. */
  body?: unknown
  /** Sent as Accept-Language, so the Worker's messages come in the user's language. */
  locale?: string
  /** Unix seconds; the clock by default. */
  now?: () => number
  fetch?: typeof fetch
}

/**
 * The signature headers for one request, as the Worker checks them.
 *
 * @example
 * signatureHeaders({ secret, method: 'PUT', pathWithQuery: '/admin/events', body: '{"events":[]}', timestamp: 1700000000 })
 * // { 'X-Lacralo-Timestamp': '1700000000', 'X-Lacralo-Signature': '5f1c…' }
 */
export function signatureHeaders(request: {
  secret: string
  method: string
  pathWithQuery: string
  body: string | Uint8Array
  timestamp: number
}): Record<string, string> {
  const timestamp = String(request.timestamp)
  const canonical = canonicalRequest({
    timestamp,
    method: request.method,
    pathWithQuery: request.pathWithQuery,
    bodySha256Hex: createHash('sha256').update(request.body).digest('hex'),
  })
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: createHmac('sha256', request.secret).update(canonical).digest('hex'),
  }
}

/**
 * Sends a signed request to the Worker. The path is appended to `baseUrl` (which may carry a
 * path prefix), and the signature covers the exact path, query and body bytes sent.
 *
 * @example
 * const res = await signedFetch({ baseUrl, secret, method: 'PUT', path: '/admin/events', body: { events } })
 */
export async function signedFetch(options: SignedFetchOptions): Promise<Response> {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}${options.path}`)
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
  const bytes = new TextEncoder().encode(body ?? '')
  const headers: Record<string, string> = {
    ...signatureHeaders({
      secret: options.secret,
      method: options.method,
      pathWithQuery: url.pathname + url.search,
      body: bytes,
      timestamp: options.now?.() ?? Math.floor(Date.now() / 1000),
    }),
    Accept: 'application/json',
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.locale) headers['Accept-Language'] = options.locale
  const send = options.fetch ?? fetch
  return send(url, {
    method: options.method.toUpperCase(),
    headers,
    body: body === undefined ? undefined : bytes,
  })
}
