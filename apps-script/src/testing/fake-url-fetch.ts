// In-memory stand-in for UrlFetchApp: every request goes to a handler the test gives, and is
// recorded with its exact body bytes; a handler that throws is a network failure. Node only
// (tests and the preview server), like the other fakes that hash or compress.
/// <reference types="node" />
import { fromJavaBytes } from './fake-utilities'

/** A request as it left the code under test. */
export interface FakeHttpRequest {
  url: string
  /** Upper case: 'GET', 'PUT'. */
  method: string
  headers: Record<string, string>
  /** The body's bytes ('' for none), and the same read as UTF-8. */
  bytes: Buffer
  body: string
  contentType: string | null
}

/** What the handler answers: a JSON-able `json`, or a text `body`. */
export interface FakeHttpAnswer {
  status: number
  json?: unknown
  body?: string
  contentType?: string
}

export type FakeHttpHandler = (request: FakeHttpRequest) => FakeHttpAnswer

export interface FakeHttpResponse {
  getResponseCode(): number
  getContentText(): string
  getHeaders(): Record<string, string>
}

interface FetchOptions {
  method?: string
  headers?: Record<string, string>
  payload?: number[] | string
  contentType?: string
  muteHttpExceptions?: boolean
  followRedirects?: boolean
}

export interface FakeUrlFetchApp {
  fetch(url: string, params?: FetchOptions): FakeHttpResponse
}

/** The test's hand on the network. */
export interface FakeNetwork {
  /** Every request made, in order. */
  readonly requests: FakeHttpRequest[]
  /** Routes every later request to `handler` (replacing the one before). */
  setHandler(handler: FakeHttpHandler | null): void
}

const METHODS = ['get', 'delete', 'patch', 'post', 'put'] as const

function headerMap(headers: Record<string, string> | undefined): Record<string, string> {
  const map: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string')
      throw new Error(`UrlFetchApp.fetch: header ${name} must be a string`)
    map[name] = value
  }
  return map
}

/**
 * A fresh UrlFetchApp and its network. With no handler, every request fails as an unknown
 * host does in Apps Script. As there, a 4xx/5xx answer throws unless muteHttpExceptions.
 *
 * @example
 * const { service, network } = createFakeUrlFetchApp()
 * network.setHandler((request) => ({ status: 200, json: { ok: request.method } }))
 * service.fetch('https://x.example/api', { method: 'put', payload: '{}' }).getContentText() // '{"ok":"PUT"}'
 */
export function createFakeUrlFetchApp(): { service: FakeUrlFetchApp; network: FakeNetwork } {
  const requests: FakeHttpRequest[] = []
  let handler: FakeHttpHandler | null = null
  const service: FakeUrlFetchApp = {
    fetch(url, params = {}) {
      if (typeof url !== 'string' || !/^https?:\/\/[^/]+/i.test(url)) {
        throw new Error(`Exception: Invalid argument: ${String(url)}`)
      }
      const method = (params.method ?? 'get').toLowerCase()
      if (!(METHODS as readonly string[]).includes(method)) {
        throw new Error(`Exception: Invalid argument: method ${params.method}`)
      }
      const bytes =
        params.payload === undefined
          ? Buffer.alloc(0)
          : typeof params.payload === 'string'
            ? Buffer.from(params.payload, 'utf8')
            : fromJavaBytes(params.payload)
      const request: FakeHttpRequest = {
        url,
        method: method.toUpperCase(),
        headers: headerMap(params.headers),
        bytes,
        body: bytes.toString('utf8'),
        contentType: params.contentType ?? null,
      }
      requests.push(request)
      if (!handler) throw new Error(`Exception: DNS error: ${url}`)
      const answer = handler(request)
      const text = answer.json === undefined ? (answer.body ?? '') : JSON.stringify(answer.json)
      if (answer.status >= 400 && !params.muteHttpExceptions) {
        throw new Error(
          `Exception: Request failed for ${url} returned code ${answer.status}. Truncated server response: ${text.slice(0, 100)}`
        )
      }
      const contentType =
        answer.contentType ?? (answer.json === undefined ? 'text/plain' : 'application/json')
      return {
        getResponseCode: () => answer.status,
        getContentText: () => text,
        getHeaders: () => ({ 'Content-Type': contentType }),
      }
    },
  }
  return {
    service,
    network: {
      requests,
      setHandler(next) {
        handler = next
      },
    },
  }
}
