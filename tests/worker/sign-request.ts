// Builds signed admin requests in workerd with crypto.subtle, and lets a test spoil any part.
import { canonicalRequest, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/signing'

const encoder = new TextEncoder()

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

export interface SignedRequestOptions {
  method?: string
  /** Path with query, as sent. */
  path?: string
  body?: string
  secret?: string
  /** Unix seconds; now by default. */
  timestamp?: number
  /** Sign these instead of what is sent, to forge a mismatch. */
  signed?: { method?: string; path?: string; body?: string }
  headers?: Record<string, string>
}

/**
 * A Request to the Worker signed as the CLI and the add-on sign it.
 *
 * @example
 * const res = await SELF.fetch(await signedRequest({ body: JSON.stringify({ events: [] }) }))
 */
export async function signedRequest(options: SignedRequestOptions = {}): Promise<Request> {
  const method = options.method ?? 'PUT'
  const path = options.path ?? '/admin/events'
  const body = options.body ?? ''
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const signedBody = options.signed?.body ?? body
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(options.secret ?? 'test-admin-secret'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  const canonical = canonicalRequest({
    timestamp,
    method: options.signed?.method ?? method,
    pathWithQuery: options.signed?.path ?? path,
    bodySha256Hex: toHex(await crypto.subtle.digest('SHA-256', encoder.encode(signedBody))),
  })
  const signature = toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(canonical)))
  return new Request(`https://lacralo.example${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signature,
      ...options.headers,
    },
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  })
}

/** A signed PUT /admin/events of this snapshot. */
export function publishRequest(events: unknown[], options: SignedRequestOptions = {}) {
  return signedRequest({ body: JSON.stringify({ events }), ...options })
}
