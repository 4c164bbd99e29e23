// Runs an action as staff expect: under the document lock when it writes, every known failure
// turned into a message in their language, and a toast at the end.
import { type MessageKey, t } from '../../../shared/i18n/catalogue'
import { WorkbookError } from '../workbook/workbook'
import { ActionError, type ActionErrorCode, type ActionProblem } from './action-error'
import type { ActionHost } from './action-host'

/** What every action returns when it could not do its job. Plain JSON, for google.script.run. */
export interface ActionFailure {
  ok: false
  code: ActionErrorCode
  /** What went wrong and what to do, in the user's language. */
  message: string
  problems: ActionProblem[]
}

/** An action's summary when it did its job: always `ok: true` and a one-line `message`. */
export type ActionSuccess<T extends { message: string }> = T & { ok: true }

export type ActionResult<T extends { message: string }> = ActionSuccess<T> | ActionFailure

export interface RunOptions {
  /** The toast's title: the action's name. */
  title: MessageKey
  /** Hold the document lock while the action runs (every action that writes). */
  lock: boolean
  /** Show the outcome in a toast (default true); off for runs nobody watches. */
  toast?: boolean
}

const WORKBOOK_CODES: Partial<Record<string, ActionErrorCode>> = {
  'workbook.error.busy': 'busy',
  'workbook.error.missingTab': 'missing-tab',
  'workbook.error.missingColumn': 'missing-column',
}

/**
 * The failure an error stands for, or null for an error nobody planned for (a bug, which is
 * thrown on so that Apps Script logs it).
 *
 * @example
 * actionFailure(new ActionError('unauthorized', 'actions.worker.unauthorized'), 'es')?.code // 'unauthorized'
 */
export function actionFailure(error: unknown, locale: ActionHost['locale']): ActionFailure | null {
  if (error instanceof ActionError)
    return {
      ok: false,
      code: error.code,
      message: error.localized(locale),
      problems: error.problems,
    }
  if (error instanceof WorkbookError)
    return {
      ok: false,
      code: WORKBOOK_CODES[error.key] ?? 'workbook',
      message: error.localized(locale),
      problems: [],
    }
  return null
}

/**
 * Runs `action` and returns its summary with `ok: true`, or the failure with `ok: false`;
 * shows either in a toast titled with the action's name.
 *
 * @example
 * return runAction(host, { title: 'actions.menu.publishCalendar', lock: true }, () => publish(host))
 */
export function runAction<T extends { message: string }>(
  host: ActionHost,
  options: RunOptions,
  action: () => T
): ActionResult<T> {
  let result: ActionResult<T>
  try {
    const summary = options.lock ? host.workbook.withLock(action) : action()
    result = { ...summary, ok: true }
  } catch (error) {
    const failure = actionFailure(error, host.locale)
    if (!failure) throw error
    result = failure
  }
  if (options.toast !== false) host.workbook.toast(result.message, t(host.locale, options.title))
  return result
}
