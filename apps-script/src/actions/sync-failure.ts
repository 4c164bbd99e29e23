// How a sync run that fails ends, for the registrations' and the member input's syncs alike:
// the run is recorded with what stopped it, and once pages were written the error says so.
import type { MessageKey, MessageParams } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { WorkbookError } from '../workbook/workbook'
import { ActionError } from './action-error'
import { actionFailure } from './run-action'
import type { SyncNote } from './sync-state'

export interface SyncFailureOptions {
  locale: Locale
  /** Records the run, as failed; `problem` says what stopped it. */
  record: (ok: false, problem: SyncNote[]) => unknown
  /** Pages written (their cursors saved) before it stopped. */
  pagesWritten: number
  /** The message once pages were written; it gets `{reason}` and `counts`. */
  interrupted: MessageKey
  counts: MessageParams
}

/**
 * Records the failed run and gives the error to throw: a crash or a failure before any page
 * is thrown as it is; after pages were written, `interrupted`, as those pages stay written.
 *
 * @example
 * } catch (error) {
 *   throw syncFailure(error, { locale, record, pagesWritten, interrupted: 'actions.sync.interrupted', counts: { added: 3 } })
 * }
 */
export function syncFailure(error: unknown, options: SyncFailureOptions): unknown {
  const { locale } = options
  if (!(error instanceof ActionError || error instanceof WorkbookError)) {
    options.record(false, [{ key: 'actions.sync.crashed', params: { reason: String(error) } }])
    return error
  }
  options.record(false, [{ key: error.key, params: error.params }])
  if (options.pagesWritten === 0) return error
  // Pages already written stay written, and the saved cursors say so.
  return new ActionError(actionFailure(error, locale)?.code ?? 'workbook', options.interrupted, {
    reason: error.localized(locale),
    ...options.counts,
  })
}
