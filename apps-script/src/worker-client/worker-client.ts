// Signed requests from the add-on to the Worker's admin routes, one UrlFetchApp call each, with
// every failure turned into an ActionError staff can act on.
import type { Locale } from '../../../shared/i18n/locales'
import { ActionError, type ActionProblem } from '../actions/action-error'
import type { HostHttpMethod, HostUrlFetchApp } from './apps-script-http'
import { type SigningCrypto, signatureHeaders } from './signing'
import type { WorkerUrl } from './worker-url'

/** Where the Worker is and the secret that signs for it. */
export interface WorkerConnection {
  url: WorkerUrl
  secret: string
}

export interface WorkerClientOptions {
  urlFetch: HostUrlFetchApp
  crypto: SigningCrypto
  connection: WorkerConnection
  /** Sent as Accept-Language, so that the Worker's own messages come in the user's language. */
  locale: Locale
  now: () => Date
}

/** A problem as the Worker lists it in a 422 answer (see worker/src/errors.ts). */
export interface WorkerProblem {
  field?: string
  message?: string
  /** The position, in the list sent, of the record the problem is in. */
  index?: number
  [context: string]: unknown
}

/**
 * Thrown for a 422: what the Worker said, and its problems for the action to place in rows.
 *
 * @example
 * catch (error) { if (error instanceof WorkerRejection) throw rejectionOnRows(error, 'Events', key, rows) }
 */
export class WorkerRejection extends ActionError {
  constructor(
    readonly workerMessage: string,
    readonly workerProblems: WorkerProblem[],
    problems: ActionProblem[] = []
  ) {
    super('rejected', 'actions.worker.rejected', { message: workerMessage }, problems)
    this.name = 'WorkerRejection'
  }
}

export interface WorkerClient {
  /** The Worker's address, as staff see it in messages. */
  readonly address: string
  /**
   * Sends a signed admin request and returns the JSON of a 2xx answer. Throws an ActionError
   * for every other outcome (a WorkerRejection for 422). One fetch, or two after a 401.
   */
  admin(method: 'GET' | 'PUT', path: string, body?: unknown): unknown
  /** A public page's text, or null when it cannot be had: for optional extras only. */
  publicText(path: string): string | null
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; problems?: unknown }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

// Apps Script prefixes its exceptions' messages; staff need only the reason.
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Exception:\s*/, '').trim()
}

function failure(status: number, text: string, address: string): ActionError {
  const body = parseJson(text) as ErrorBody | undefined
  const error = body && typeof body === 'object' ? body.error : undefined
  const message = typeof error?.message === 'string' ? error.message : null
  if (status === 401) return new ActionError('unauthorized', 'actions.worker.unauthorized')
  if (status === 503 && error?.code === 'admin_not_configured')
    return new ActionError('worker-not-configured', 'actions.worker.secretNotSet', {
      url: address,
    })
  if (status === 422 && message !== null) {
    const problems = Array.isArray(error?.problems) ? (error.problems as WorkerProblem[]) : []
    return new WorkerRejection(
      message,
      problems.filter((problem) => problem !== null && typeof problem === 'object')
    )
  }
  if (status === 404)
    return new ActionError('worker-not-found', 'actions.worker.notFound', { url: address })
  if (message !== null)
    return new ActionError('worker-failed', 'actions.worker.failed', { status, message })
  return new ActionError('unexpected-answer', 'actions.worker.unexpected', { status, url: address })
}

/**
 * A client for one Worker. Each admin request carries the signature headers of
 * shared/signing.ts over the exact bytes it sends; redirects are not followed, because a
 * redirected request would no longer be the one signed.
 *
 * @example
 * const client = createWorkerClient({ urlFetch: UrlFetchApp, crypto, connection, locale: 'es', now: () => new Date() })
 * const result = client.admin('PUT', '/admin/events', { events })
 */
export function createWorkerClient(options: WorkerClientOptions): WorkerClient {
  const { urlFetch, crypto, connection, locale } = options
  const address = connection.url.base

  function send(
    method: HostHttpMethod,
    path: string,
    headers: Record<string, string>,
    payload?: number[]
  ) {
    try {
      return urlFetch.fetch(address + path, {
        method,
        headers,
        ...(payload ? { payload, contentType: 'application/json' } : {}),
        muteHttpExceptions: true,
        followRedirects: false,
      })
    } catch (error) {
      throw new ActionError('unreachable', 'actions.worker.unreachable', {
        url: address,
        reason: reasonOf(error),
      })
    }
  }

  return {
    address,

    admin(method, path, body) {
      const payload = body === undefined ? [] : crypto.utf8(JSON.stringify(body))
      const attempt = (timestamp: number) => {
        const headers = {
          ...signatureHeaders(crypto, {
            secret: connection.secret,
            method,
            pathWithQuery: connection.url.basePath + path,
            body: payload,
            timestamp,
          }),
          Accept: 'application/json',
          'Accept-Language': locale,
        }
        return send(
          method === 'GET' ? 'get' : 'put',
          path,
          headers,
          body === undefined ? undefined : payload
        )
      }
      const timestamp = Math.floor(options.now().getTime() / 1000)
      let response = attempt(timestamp)
      // The Worker refuses a signature it has seen: the same request sent twice within one
      // second (a double click) has the same one. Signed one second later it is new; a wrong
      // secret is refused again.
      if (response.getResponseCode() === 401) response = attempt(timestamp + 1)
      const status = response.getResponseCode()
      const text = response.getContentText()
      if (status < 200 || status > 299) throw failure(status, text, address)
      const json = parseJson(text)
      if (json === undefined)
        throw new ActionError('unexpected-answer', 'actions.worker.unexpected', {
          status,
          url: address,
        })
      return json
    },

    publicText(path) {
      try {
        const response = send('get', path, { 'Accept-Language': locale })
        return response.getResponseCode() === 200 ? response.getContentText() : null
      } catch {
        return null
      }
    },
  }
}
