// "Publish the webinars": the Webinars tab, read once and checked, sent as one signed set.
import { t } from '../../../shared/i18n/catalogue'
import { WorkerRejection } from '../worker-client/worker-client'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'
import { checkRecords } from './tab-check'
import { rejectionOnRows } from './worker-problems'

/** What the Worker did with the webinars (see worker/src/admin/webinars.ts). */
export interface WebinarPublishReport {
  message: string
  workerUrl: string
  webinars: number
  added: string[]
  changed: string[]
  unchanged: string[]
  archived: string[]
  /** People moved from a waiting list to a seat because a capacity grew. */
  promoted: number
}

const isSlugList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/**
 * Publishes the Webinars tab, join links included (the Worker sends them to registrants
 * only): refuses, sending nothing, while a row has a problem or the tab is empty (which would
 * archive every webinar); otherwise one signed PUT /admin/webinars.
 *
 * @example
 * publishWebinars(host).added // ['dnssec-2023']
 */
export function publishWebinars(host: ActionHost): WebinarPublishReport {
  const { workbook, locale } = host
  const client = host.workerClient()
  const content = workbook.readTab('Webinars')
  const check = checkRecords('Webinars', content, {
    timeZone: workbook.spreadsheetTimeZone(),
    locale,
  })
  if (check.problems.length > 0)
    throw new ActionError(
      'invalid-rows',
      'actions.webinars.invalidRows',
      { count: check.problems.length },
      check.problems.map((problem) => ({ tab: 'Webinars', ...problem, severity: 'error' }))
    )
  if (check.records.length === 0) throw new ActionError('empty', 'actions.webinars.empty')

  let answer: Record<string, unknown>
  try {
    answer = client.admin('PUT', '/admin/webinars', {
      webinars: check.records.map((entry) => entry.record),
    }) as Record<string, unknown>
  } catch (error) {
    if (error instanceof WorkerRejection)
      throw rejectionOnRows(
        error,
        'Webinars',
        'actions.webinars.rejected',
        check.records.map((entry) => entry.rowNumber)
      )
    throw error
  }
  const { webinars, added, changed, unchanged, archived, promoted } = answer ?? {}
  const valid =
    typeof webinars === 'number' &&
    typeof promoted === 'number' &&
    [added, changed, unchanged, archived].every(isSlugList)
  if (!valid)
    throw new ActionError('unexpected-answer', 'actions.worker.unexpected', {
      status: 200,
      url: client.address,
    })
  const report = {
    workerUrl: client.address,
    webinars,
    added: added as string[],
    changed: changed as string[],
    unchanged: unchanged as string[],
    archived: archived as string[],
    promoted,
  }
  return {
    message: t(locale, 'actions.webinars.done', {
      webinars,
      added: report.added.length,
      changed: report.changed.length,
      archived: report.archived.length,
      promoted,
    }),
    ...report,
  }
}

/**
 * The menu and sidebar action: publishWebinars under the lock, with a toast.
 *
 * @example
 * export function publishWebinars() { return runPublishWebinars(appsScriptActionHost()) }
 */
export function runPublishWebinars(host: ActionHost): ActionResult<WebinarPublishReport> {
  return runAction(host, { title: 'actions.menu.publishWebinars', lock: true }, () =>
    publishWebinars(host)
  )
}
