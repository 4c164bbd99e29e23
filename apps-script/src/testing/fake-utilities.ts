// In-memory stand-in for Utilities: SHA-256 digests, HMAC-SHA256, base64, gzip and blobs, computed
// with node:crypto and node:zlib and handed back as Apps Script does, as Java's signed bytes (-128..127).
/// <reference types="node" />
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'

const DIGEST_ALGORITHMS = Object.freeze({ SHA_256: 'SHA_256', SHA_1: 'SHA_1', MD5: 'MD5' } as const)
const CHARSETS = Object.freeze({ UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' } as const)
const NODE_ALGORITHM: Record<string, string> = { SHA_256: 'sha256', SHA_1: 'sha1', MD5: 'md5' }

/** A `Blob`: bytes, a content type and a name. */
export interface FakeBlob {
  getBytes(): number[]
  /** The bytes as text, UTF-8 unless another charset ('ISO-8859-1', 'US-ASCII') is named. */
  getDataAsString(charset?: string): string
  getContentType(): string | null
  getName(): string | null
  setName(name: string): FakeBlob
}

export interface FakeUtilities {
  computeDigest(algorithm: unknown, value: number[] | string, charset?: unknown): number[]
  computeHmacSha256Signature(
    value: number[] | string,
    key: number[] | string,
    charset?: unknown
  ): number[]
  newBlob(data: number[] | string, contentType?: string, name?: string): FakeBlob
  /** Standard base64 (as Apps Script, it refuses text that is not base64). */
  base64Decode(encoded: string, charset?: unknown): number[]
  base64Encode(data: number[] | string, charset?: unknown): string
  /** A blob of the gzip of `blob`'s bytes, typed application/x-gzip. */
  gzip(blob: FakeBlob, name?: string): FakeBlob
  /** A blob of the bytes that `blob`'s gzip holds; throws when they are not gzip. */
  ungzip(blob: FakeBlob): FakeBlob
  getUuid(): string
  DigestAlgorithm: typeof DIGEST_ALGORITHMS
  Charset: typeof CHARSETS
}

/** Java's signed bytes of a buffer. */
export function toJavaBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte))
}

/** The buffer that Java bytes (or plain 0..255 numbers) stand for. */
export function fromJavaBytes(bytes: readonly number[]): Buffer {
  if (
    !Array.isArray(bytes) ||
    bytes.some((byte) => !Number.isInteger(byte) || byte < -128 || byte > 255)
  ) {
    throw new Error("The parameters (number[]) don't match the method signature: expected Byte[].")
  }
  return Buffer.from(bytes.map((byte) => byte & 0xff))
}

function input(value: number[] | string, charset: unknown): Buffer {
  if (typeof value === 'string') {
    return Buffer.from(value, charset === CHARSETS.US_ASCII ? 'latin1' : 'utf8')
  }
  return fromJavaBytes(value)
}

function nodeEncoding(charset: string | undefined): BufferEncoding {
  if (charset === undefined || /^utf-?8$/i.test(charset)) return 'utf8'
  if (/^(iso-8859-1|us-ascii)$/i.test(charset)) return 'latin1'
  throw new Error(`Blob.getDataAsString: unsupported charset ${charset}`)
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

function createBlob(bytes: Buffer, contentType: string | null, name: string | null): FakeBlob {
  let blobName = name
  const blob: FakeBlob = {
    getBytes: () => toJavaBytes(bytes),
    getDataAsString: (charset) => bytes.toString(nodeEncoding(charset)),
    getContentType: () => contentType,
    getName: () => blobName,
    setName(newName) {
      blobName = String(newName)
      return blob
    },
  }
  return blob
}

/** True for a blob the fake made (mail attachments are checked with it). */
export function isFakeBlob(value: unknown): value is FakeBlob {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as FakeBlob).getBytes === 'function' &&
    typeof (value as FakeBlob).getDataAsString === 'function'
  )
}

/**
 * A fresh Utilities. A string is read as UTF-8 unless Charset.US_ASCII is given, as in Apps
 * Script; bytes come back signed, so code that hex-encodes them must mask each with 0xff.
 *
 * @example
 * const utilities = createFakeUtilities()
 * utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc')[0] // -70 (0xba)
 */
export function createFakeUtilities(): FakeUtilities {
  return {
    computeDigest(algorithm, value, charset) {
      const name = NODE_ALGORITHM[String(algorithm)]
      if (!name) throw new Error(`Utilities.computeDigest: unknown algorithm ${String(algorithm)}`)
      return toJavaBytes(createHash(name).update(input(value, charset)).digest())
    },
    computeHmacSha256Signature(value, key, charset) {
      const mac = createHmac('sha256', input(key, charset)).update(input(value, charset))
      return toJavaBytes(mac.digest())
    },
    newBlob(data, contentType, name) {
      return createBlob(input(data, CHARSETS.UTF_8), contentType ?? null, name ?? null)
    },
    base64Decode(encoded) {
      if (typeof encoded !== 'string' || !BASE64.test(encoded)) {
        throw new Error('Could not decode string.')
      }
      return toJavaBytes(Buffer.from(encoded, 'base64'))
    },
    base64Encode: (data, charset) => input(data, charset).toString('base64'),
    gzip(blob, name) {
      const gzip = gzipSync(fromJavaBytes(blob.getBytes()))
      return createBlob(gzip, 'application/x-gzip', name ?? blob.getName())
    },
    ungzip(blob) {
      let bytes: Buffer
      try {
        bytes = gunzipSync(fromJavaBytes(blob.getBytes()))
      } catch {
        throw new Error('Utilities.ungzip: the blob does not hold gzip data.')
      }
      return createBlob(bytes, null, null)
    },
    getUuid: () => randomUUID(),
    DigestAlgorithm: DIGEST_ALGORITHMS,
    Charset: CHARSETS,
  }
}
