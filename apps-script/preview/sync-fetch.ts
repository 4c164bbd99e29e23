// Synchronous HTTP for the preview's UrlFetchApp (Apps Script's fetch blocks): a worker thread
// does the fetch while this thread waits on a shared flag, then takes the answer off a port.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'

/** One request, as UrlFetchApp sends it. */
export interface SyncFetchRequest {
  url: string
  method: string
  headers: Record<string, string>
  /** The body's bytes, or none. */
  body?: Uint8Array
  followRedirects?: boolean
}

/** The answer: status, headers (lower-case names) and the body's bytes. */
export interface SyncFetchResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array
}

/** Fetches synchronously; throws with Apps Script's wording when the server is not reached. */
export type SyncFetch = (request: SyncFetchRequest) => SyncFetchResponse

// The worker's code: plain JavaScript, so it runs without a TypeScript loader.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', async ({ request, port, flag, timeoutMs }) => {
  let answer
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: request.followRedirects === false ? 'manual' : 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = new Uint8Array(await response.arrayBuffer())
    answer = { status: response.status, headers: Object.fromEntries(response.headers), body }
  } catch (error) {
    const cause = error && error.cause ? error.cause.code || error.cause.message : ''
    answer = { error: String(error && error.name === 'TimeoutError' ? 'TIMEOUT' : cause || error) }
  }
  port.postMessage(answer)
  port.close()
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
})
`

function failure(url: string, error: string): Error {
  if (error === 'TIMEOUT') return new Error(`Timeout: ${url}`)
  if (error === 'ECONNREFUSED') return new Error(`Address unavailable: ${url}`)
  if (error === 'ENOTFOUND' || error === 'EAI_AGAIN') return new Error(`DNS error: ${url}`)
  return new Error(`Exception: ${error}: ${url}`)
}

/**
 * A synchronous fetch and the function that stops its worker thread.
 *
 * @example
 * const { fetchSync, close } = createSyncFetch()
 * fetchSync({ url: 'http://127.0.0.1:8787/healthz', method: 'GET', headers: {} }).status // 200
 */
export function createSyncFetch(options: { timeoutMs?: number } = {}): {
  fetchSync: SyncFetch
  close: () => Promise<void>
} {
  const timeoutMs = options.timeoutMs ?? 60_000
  const worker = new Worker(WORKER_SOURCE, { eval: true })
  // The worker waits for requests without keeping the preview's process alive.
  worker.unref()
  const fetchSync: SyncFetch = (request) => {
    const flag = new Int32Array(new SharedArrayBuffer(4))
    const { port1, port2 } = new MessageChannel()
    try {
      worker.postMessage({ request, port: port2, flag, timeoutMs }, [port2])
      // A little longer than the fetch's own timeout, which answers first.
      const waited = Atomics.wait(flag, 0, 0, timeoutMs + 5_000)
      const message = receiveMessageOnPort(port1)?.message as
        | SyncFetchResponse
        | { error: string }
        | undefined
      if (waited === 'timed-out' || !message) throw failure(request.url, 'TIMEOUT')
      if ('error' in message) throw failure(request.url, message.error)
      return message
    } finally {
      port1.close()
    }
  }
  return { fetchSync, close: async () => void (await worker.terminate()) }
}
