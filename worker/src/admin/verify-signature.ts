// Middleware that admits only signed admin requests: fresh, never seen, and HMAC-verified.
import type { MiddlewareHandler } from 'hono'
import {
  canonicalRequest,
  isSignatureShaped,
  isWithinWindow,
  parseTimestamp,
  SIGNATURE_HEADER,
  SIGNATURE_WINDOW_SECONDS,
  TIMESTAMP_HEADER,
} from '../../../shared/signing'
import { rememberSignature } from '../db/admin-nonces'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

const encoder = new TextEncoder()

// Every refusal is this same error, so a caller never learns which check failed.
function unauthorized(): ApiError {
  return new ApiError(401, { code: 'unauthorized', messageKey: 'admin.unauthorized' })
}

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let index = 0; index < bytes.length; index++)
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  return bytes
}

/**
 * Verifies `X-Lacralo-Timestamp` and `X-Lacralo-Signature` on every request it guards (see
 * shared/signing.ts). Refuses with 401, always the same answer, when the timestamp is more
 * than 300 s away, the HMAC does not match (checked by crypto.subtle.verify, in constant
 * time) or the signature was already used; answers 503 when ADMIN_SECRET is not set.
 * The body hash covers the exact bytes received, read once and cached for later handlers.
 *
 * @example
 * adminApp.use('*', verifySignature())
 */
export function verifySignature(options: { now?: () => number } = {}): MiddlewareHandler<AppEnv> {
  const nowSeconds = options.now ?? (() => Math.floor(Date.now() / 1000))
  return async function verifySignatureMiddleware(c, next) {
    const secret = c.env.ADMIN_SECRET
    if (!secret) {
      console.error('ADMIN_SECRET is not set: admin routes are refused until it is.')
      throw new ApiError(503, { code: 'admin_not_configured', messageKey: 'admin.notConfigured' })
    }

    const timestampHeader = c.req.header(TIMESTAMP_HEADER)
    const signature = c.req.header(SIGNATURE_HEADER)
    const timestamp = parseTimestamp(timestampHeader)
    const now = nowSeconds()
    if (timestamp === null || !isSignatureShaped(signature) || !isWithinWindow(timestamp, now))
      throw unauthorized()

    const body = await c.req.arrayBuffer()
    const url = new URL(c.req.url)
    const canonical = canonicalRequest({
      timestamp: timestampHeader as string,
      method: c.req.method,
      pathWithQuery: url.pathname + url.search,
      bodySha256Hex: toHex(await crypto.subtle.digest('SHA-256', body)),
    })
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify']
    )
    const valid = await crypto.subtle.verify(
      'HMAC',
      key,
      fromHex(signature),
      encoder.encode(canonical)
    )
    if (!valid) throw unauthorized()

    const fresh = await rememberSignature(c.env.DB, {
      signature,
      expiresAt: timestamp + SIGNATURE_WINDOW_SECONDS,
      now,
    })
    if (!fresh) throw unauthorized()

    await next()
  }
}
