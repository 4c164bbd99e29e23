// Turns what went wrong talking to Google into a message that says what to do about it.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { CliError } from '../cli-error'

/** What the messages need to know: the spreadsheet, and who the credentials act as. */
export interface FailureContext {
  spreadsheetId: string
  account: string | null
  projectId: string | null
  locale: Locale
}

interface GoogleErrorBody {
  error?:
    | {
        code?: number
        message?: string
        status?: string
        details?: { '@type'?: string; reason?: string; metadata?: Record<string, string> }[]
        errors?: { reason?: string }[]
      }
    // The token endpoint answers with OAuth's own shape: { error: 'invalid_grant', error_description }.
    | string
  error_description?: string
}

interface RequestError {
  config?: unknown
  message?: string
  code?: string | number
  status?: number
  response?: { status?: number; data?: unknown }
  cause?: { code?: string; message?: string }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
])

function networkCode(error: RequestError): string | null {
  for (const code of [error.code, error.cause?.code]) {
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code
  }
  return null
}

// The project whose Sheets API is off: Google names it in the error's ErrorInfo ('projects/123').
function disabledProject(body: GoogleErrorBody, fallback: string | null): string | null {
  if (typeof body.error !== 'object') return null
  const details = body.error.details ?? []
  const info = details.find((detail) => detail.reason === 'SERVICE_DISABLED')
  const legacy = (body.error.errors ?? []).some((item) => item.reason === 'accessNotConfigured')
  const disabledText = /has not been used in project|it is disabled/i.test(body.error.message ?? '')
  if (!info && !legacy && !disabledText) return null
  const consumer = info?.metadata?.consumer?.replace(/^projects\//, '')
  const inMessage = /project (\d+)/.exec(body.error.message ?? '')?.[1]
  return consumer ?? inMessage ?? fallback ?? '?'
}

/**
 * The CliError for a failed call to the Sheets API (or to Google's sign-in): no access (share
 * the spreadsheet with the account as Editor), no such spreadsheet (check the id), the API not
 * enabled in the project, credentials refused, the network down, or Google's own message.
 * All are failures (exit 1) except missing credentials, which are a setup problem (exit 2).
 * Null for an error that did not come from talking to Google.
 *
 * @example
 * try { await api.spreadsheets.get({ spreadsheetId }) }
 * catch (error) { throw sheetsFailure(error, { spreadsheetId, account, projectId, locale }) ?? error }
 */
export function sheetsFailure(error: unknown, context: FailureContext): CliError | null {
  if (error instanceof CliError) return error
  const { spreadsheetId, account, projectId, locale } = context
  const failure = (error ?? {}) as RequestError
  const fail = (message: string) => new CliError(message, { exitCode: 1 })
  const status = failure.response?.status ?? failure.status
  const body = (failure.response?.data ?? {}) as GoogleErrorBody
  const message =
    typeof body.error === 'object' ? (body.error.message ?? '') : (failure.message ?? '')

  if (status === undefined) {
    const code = networkCode(failure)
    if (code) return fail(t(locale, 'cli.sheet.error.unreachable', { reason: code }))
    if (/could not load the default credentials/i.test(failure.message ?? ''))
      return new CliError(t(locale, 'cli.sheet.error.noCredentials'))
    // Anything else that did not come from a request (a bug, a file) is not Google's to explain.
    if (!('config' in failure)) return null
    return fail(t(locale, 'cli.sheet.error.unexpected', { reason: failure.message ?? '' }))
  }
  if (body.error === 'invalid_grant' || body.error === 'invalid_client' || status === 401) {
    const reason = body.error_description ?? (message || String(status))
    return fail(t(locale, 'cli.sheet.error.credentialsRefused', { reason }))
  }
  if (status === 403) {
    const project = disabledProject(body, projectId)
    if (project) return fail(t(locale, 'cli.sheet.error.apiDisabled', { project }))
    return fail(
      account
        ? t(locale, 'cli.sheet.error.noAccess', { account, spreadsheet: spreadsheetId })
        : t(locale, 'cli.sheet.error.noAccessUnknownAccount', { spreadsheet: spreadsheetId })
    )
  }
  if (status === 404)
    return fail(t(locale, 'cli.sheet.error.notFound', { spreadsheet: spreadsheetId }))
  if (status === 429) return fail(t(locale, 'cli.sheet.error.quota'))
  return fail(t(locale, 'cli.sheet.error.api', { status, message: message || String(status) }))
}
