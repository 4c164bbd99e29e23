// The slices of UrlFetchApp and Utilities the Worker client uses. Apps Script's globals fit
// them, and so do the in-memory fakes in ../testing.

/** An `HTTPResponse`, reduced to what the client reads. */
export interface HostHttpResponse {
  getResponseCode(): number
  getContentText(): string
}

/** The methods the client sends, as UrlFetchApp spells them. */
export type HostHttpMethod = 'get' | 'put' | 'post' | 'delete'

/** The options the client passes to `UrlFetchApp.fetch`. */
export interface HostFetchOptions {
  method: HostHttpMethod
  headers: Record<string, string>
  /** The body as bytes (Java's signed bytes), exactly the bytes that were hashed and signed. */
  payload?: number[]
  contentType?: string
  /** Always true: a 4xx or 5xx answer comes back as a response to read, not as an exception. */
  muteHttpExceptions: boolean
  followRedirects: boolean
}

export interface HostUrlFetchApp {
  fetch(url: string, params: HostFetchOptions): HostHttpResponse
}

/** A `Blob`: the client only takes its bytes; mail attachments pass it on. */
export interface HostBlob {
  getBytes(): number[]
}

/** `Utilities`, reduced to hashing, signing and making blobs. */
export interface HostUtilities {
  computeDigest(algorithm: unknown, value: number[]): number[]
  computeHmacSha256Signature(value: string, key: string, charset: unknown): number[]
  newBlob(data: string, contentType: string, name: string): HostBlob
  DigestAlgorithm: { SHA_256: unknown }
  Charset: { UTF_8: unknown }
}
