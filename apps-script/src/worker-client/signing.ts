// Signs admin requests as the Worker checks them, with Apps Script's own HMAC and SHA-256.
import {
  canonicalRequest,
  EMPTY_BODY_SHA256_HEX,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../../shared/signing'
import type { HostUtilities } from './apps-script-http'
import { bytesToHex } from './hex'

/** Hashing and HMAC over bytes and UTF-8 text, as hex. */
export interface SigningCrypto {
  /** The UTF-8 bytes of `text` (as Java bytes), the exact bytes a request sends. */
  utf8(text: string): number[]
  sha256Hex(bytes: number[]): string
  /** HMAC-SHA256 of `message` with `secret`, both read as UTF-8, as the Worker's TextEncoder does. */
  hmacSha256Hex(secret: string, message: string): string
}

/**
 * The signing primitives over Apps Script's `Utilities` (or the fake's).
 *
 * @example
 * const crypto = createSigningCrypto(Utilities)
 * crypto.sha256Hex(crypto.utf8('')) // 'e3b0c442…b855'
 */
export function createSigningCrypto(utilities: HostUtilities): SigningCrypto {
  return {
    // A blob made from a string holds its UTF-8 bytes.
    utf8: (text) => utilities.newBlob(text, 'application/json', 'body.json').getBytes(),
    sha256Hex: (bytes) =>
      bytes.length === 0
        ? EMPTY_BODY_SHA256_HEX
        : bytesToHex(utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, bytes)),
    hmacSha256Hex: (secret, message) =>
      bytesToHex(utilities.computeHmacSha256Signature(message, secret, utilities.Charset.UTF_8)),
  }
}

export interface SignatureInput {
  secret: string
  method: string
  /** The path and query as the Worker receives them: '/admin/registrations?after=0&limit=500'. */
  pathWithQuery: string
  /** The body's bytes; empty for a GET. */
  body: number[]
  /** Unix seconds. */
  timestamp: number
}

/**
 * The two headers that sign one request: `X-Lacralo-Timestamp` and `X-Lacralo-Signature`.
 *
 * @example
 * signatureHeaders(crypto, { secret, method: 'GET', pathWithQuery: '/admin/webinars', body: [], timestamp: 1700000000 })
 * // { 'X-Lacralo-Timestamp': '1700000000', 'X-Lacralo-Signature': '…64 hex digits…' }
 */
export function signatureHeaders(
  crypto: SigningCrypto,
  input: SignatureInput
): Record<string, string> {
  const timestamp = String(input.timestamp)
  const canonical = canonicalRequest({
    timestamp,
    method: input.method,
    pathWithQuery: input.pathWithQuery,
    bodySha256Hex: crypto.sha256Hex(input.body),
  })
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: crypto.hmacSha256Hex(input.secret, canonical),
  }
}
