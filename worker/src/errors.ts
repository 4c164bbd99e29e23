// Every error the Worker answers with: JSON for /api and /admin, a plain page elsewhere.
import type { Context } from 'hono'
import { html } from 'hono/html'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { type MessageKey, type MessageParams, t } from '../../shared/i18n/catalogue'
import { requestLocale } from './request-locale'

/** One thing wrong with a request's data: where (`field`, and any context) and what. */
export interface ApiProblem {
  field: string
  message: string
  [context: string]: unknown
}

/** The JSON body of every error from /api and /admin. */
export interface ApiErrorBody {
  error: { code: string; message: string; problems?: ApiProblem[] }
}

/**
 * An error with a stable code and a catalogue message, localized when it is answered.
 *
 * @example
 * throw new ApiError(409, { code: 'conflict', messageKey: 'admin.publish.conflict' })
 */
export class ApiError extends HTTPException {
  readonly code: string
  readonly messageKey: MessageKey
  readonly params: MessageParams
  readonly problems?: ApiProblem[]

  constructor(
    status: ContentfulStatusCode,
    options: {
      code: string
      messageKey: MessageKey
      params?: MessageParams
      problems?: ApiProblem[]
      cause?: unknown
    }
  ) {
    super(status, { message: options.code, cause: options.cause })
    this.code = options.code
    this.messageKey = options.messageKey
    this.params = options.params ?? {}
    this.problems = options.problems
  }
}

// The code and message of an HTTPException thrown without ApiError's details (Hono's own).
const BY_STATUS: Partial<Record<number, { code: string; messageKey: MessageKey }>> = {
  400: { code: 'bad_request', messageKey: 'error.badRequest' },
  401: { code: 'unauthorized', messageKey: 'error.unauthorized' },
  403: { code: 'forbidden', messageKey: 'error.forbidden' },
  404: { code: 'not_found', messageKey: 'error.notFound' },
  405: { code: 'method_not_allowed', messageKey: 'error.methodNotAllowed' },
  409: { code: 'conflict', messageKey: 'error.conflict' },
  413: { code: 'payload_too_large', messageKey: 'error.payloadTooLarge' },
  415: { code: 'unsupported_media_type', messageKey: 'error.unsupportedMediaType' },
  422: { code: 'invalid_request', messageKey: 'error.invalidRequest' },
  429: { code: 'too_many_requests', messageKey: 'error.tooManyRequests' },
  503: { code: 'unavailable', messageKey: 'error.unavailable' },
}

const INTERNAL = { code: 'internal_error', messageKey: 'error.internal' } as const

// Machine clients (the add-on, the CLI, feeds' scripts) read JSON; people read pages.
function wantsJson(c: Context): boolean {
  const { pathname } = new URL(c.req.url)
  return /^\/(api|admin)(\/|$)/.test(pathname)
}

/**
 * The Worker's one error handler: `app.onError(handleError)`. An ApiError keeps its code,
 * message and problems; any other HTTPException gets its status's code and message; anything
 * else is a 500 whose details go to the log only, never to the client.
 *
 * @example
 * app.onError(handleError)
 */
export function handleError(err: Error, c: Context): Response | Promise<Response> {
  const locale = requestLocale(c)
  let status: ContentfulStatusCode = 500
  let code: string = INTERNAL.code
  let message = t(locale, INTERNAL.messageKey)
  let problems: ApiProblem[] | undefined

  if (err instanceof ApiError) {
    status = err.status
    code = err.code
    message = t(locale, err.messageKey, err.params)
    problems = err.problems
  } else if (err instanceof HTTPException) {
    status = err.status
    const known = BY_STATUS[status] ?? (status >= 500 ? INTERNAL : undefined)
    code = known?.code ?? 'error'
    message = t(locale, known?.messageKey ?? 'error.generic')
  }
  if (status >= 500 && !(err instanceof ApiError)) console.error(err)

  if (wantsJson(c)) {
    const body: ApiErrorBody = { error: { code, message, ...(problems ? { problems } : {}) } }
    return c.json(body, status)
  }
  return c.html(
    html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t(locale, 'common.error')} ${status}</title></head>
<body><main><h1>${t(locale, 'common.error')} ${status}</h1><p>${message}</p></main></body>
</html>`,
    status
  )
}
