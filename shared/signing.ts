// The signed admin request scheme, shared by the Worker, the CLI and the add-on (no crypto here).

/** Header carrying the request's Unix time in seconds. */
export const TIMESTAMP_HEADER = 'X-Lacralo-Timestamp'

/** Header carrying the lowercase hex HMAC-SHA256 of the canonical request. */
export const SIGNATURE_HEADER = 'X-Lacralo-Signature'

/** How far, in seconds, a request's timestamp may be from the Worker's clock (either way). */
export const SIGNATURE_WINDOW_SECONDS = 300

/** The hex SHA-256 of an empty body, for requests without one (GET). */
export const EMPTY_BODY_SHA256_HEX =
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

const UNIX_SECONDS = /^\d{1,12}$/
const HEX_SHA256 = /^[0-9a-f]{64}$/

export interface CanonicalRequestParts {
  /** Unix seconds, exactly as sent in the timestamp header. */
  timestamp: string | number
  method: string
  /** The path with its query string, as the Worker receives it: `/admin/events?lang=es`. */
  pathWithQuery: string
  /** Lowercase hex SHA-256 of the exact body bytes. */
  bodySha256Hex: string
}

/**
 * The string both sides sign: timestamp, METHOD, path with query and body hash, one per line.
 *
 * @example
 * canonicalRequest({ timestamp: 1700000000, method: 'put', pathWithQuery: '/admin/events', bodySha256Hex })
 * // '1700000000\nPUT\n/admin/events\n<hex>'
 */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  return [
    String(parts.timestamp),
    parts.method.toUpperCase(),
    parts.pathWithQuery,
    parts.bodySha256Hex.toLowerCase(),
  ].join('\n')
}

/**
 * The timestamp header as Unix seconds, or null when it is missing or not plain digits.
 *
 * @example
 * parseTimestamp('1700000000') // 1700000000
 * parseTimestamp('1.7e9') // null
 */
export function parseTimestamp(header: string | null | undefined): number | null {
  if (!header || !UNIX_SECONDS.test(header)) return null
  return Number(header)
}

/**
 * True when `timestampSeconds` is within the signature window of `nowSeconds`, either way.
 *
 * @example
 * isWithinWindow(1700000000, 1700000299) // true
 * isWithinWindow(1700000000, 1700000301) // false
 */
export function isWithinWindow(timestampSeconds: number, nowSeconds: number): boolean {
  return Math.abs(nowSeconds - timestampSeconds) <= SIGNATURE_WINDOW_SECONDS
}

/** True when `value` looks like a signature: 64 lowercase hex digits. */
export function isSignatureShaped(value: string | null | undefined): value is string {
  return typeof value === 'string' && HEX_SHA256.test(value)
}
