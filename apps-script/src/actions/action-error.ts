// The errors an action reports to staff: a stable code for the sidebar, a message in any language.
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'

/** Why an action did not do its job; the sidebar may branch on it (say, 'not-configured'). */
export const ACTION_ERROR_CODES = [
  /** Another run holds the spreadsheet's lock. */
  'busy',
  'missing-tab',
  'missing-column',
  /** Any other problem reading or writing the spreadsheet. */
  'workbook',
  /** The sidebar sent something the action cannot take (a number where text belongs, ...). */
  'invalid-input',
  /** The rows to send have problems; `problems` lists them. */
  'invalid-rows',
  /** There is nothing to send, and sending nothing would empty the public side. */
  'empty',
  /** The Worker URL or the admin secret is not set. */
  'not-configured',
  /** The Worker answered 401: the admin secret does not match. */
  'unauthorized',
  /** The Worker could not be reached at all. */
  'unreachable',
  /** Nothing answers at the Worker URL (404). */
  'worker-not-found',
  /** The Worker has no ADMIN_SECRET of its own yet (503). */
  'worker-not-configured',
  /** The Worker refused the data (422); `problems` lists why. */
  'rejected',
  /** The Worker answered with another error. */
  'worker-failed',
  /** The answer was not what the Worker sends: probably not the LACRALO Worker. */
  'unexpected-answer',
] as const
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number]

/** One problem to show, and to jump to when it has a place in the spreadsheet. */
export interface ActionProblem {
  /** The tab the problem is in, as the sheet names it ('Events'), or null. */
  tab: string | null
  /** The row in the sheet (1 is the header row), or null for the tab or file as a whole. */
  row: number | null
  /** The column's header as row 1 shows it, or null for the whole row. */
  column: string | null
  /** What is wrong and how to fix it, in the user's language. */
  message: string
  severity: 'error' | 'warning'
}

/**
 * An error a person can act on: its code, its message key and parameters (localized when
 * shown), and the problems behind it.
 *
 * @example
 * throw new ActionError('not-configured', 'actions.worker.notConfigured')
 */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly problems: ActionProblem[] = []
  ) {
    super(t('en', key, params))
    this.name = 'ActionError'
  }

  /** The message in `locale`. */
  localized(locale: Locale): string {
    return t(locale, this.key, this.params)
  }
}
