// "Publish the calendar": the Events tab, read once and checked, sent as one signed snapshot.
import { publishResultSchema } from '../../../shared/calendar/publish-result'
import { t } from '../../../shared/i18n/catalogue'
import { rowToRecord } from '../../../shared/workbook/tabs'
import { WorkerRejection } from '../worker-client/worker-client'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'
import { checkRecords } from './tab-check'
import { rejectionOnRows } from './worker-problems'

/** What the Worker published; plain JSON for the sidebar. */
export interface CalendarPublishReport {
  message: string
  workerUrl: string
  version: number
  publishedAt: string
  counts: { events: number; added: number; changed: number; removed: number }
  added: string[]
  changed: string[]
  removed: string[]
  /** Events members proposed, waiting for a decision: never sent. */
  proposalsWaiting: number
}

/**
 * Publishes the Events tab: refuses, sending nothing, while any row has a problem (they are
 * returned, placed on their cells) or the tab is empty (which would empty the public
 * calendar); otherwise one signed PUT /admin/events with every event. Rows with status
 * 'proposed' (members' proposals nobody has accepted yet) are never sent, and a problem in
 * one of them does not hold the others back; the report says how many are waiting.
 *
 * @example
 * publishCalendar(host) // { version: 4, counts: { events: 41, added: 1, changed: 2, removed: 0 }, ... }
 */
export function publishCalendar(host: ActionHost): CalendarPublishReport {
  const { workbook, locale } = host
  const client = host.workerClient()
  const content = workbook.readTab('Events')
  const timeZone = workbook.spreadsheetTimeZone()
  const check = checkRecords('Events', content, { timeZone, locale })
  const proposedRows = new Set(
    content.rows
      .filter((row) => rowToRecord('Events', row.cells, { timeZone }).status === 'proposed')
      .map((row) => row.rowNumber)
  )
  const problems = check.problems.filter(
    (problem) => problem.row === null || !proposedRows.has(problem.row)
  )
  if (problems.length > 0)
    throw new ActionError(
      'invalid-rows',
      'actions.publish.invalidRows',
      { count: problems.length },
      problems.map((problem) => ({ tab: 'Events', ...problem, severity: 'error' }))
    )
  const records = check.records.filter((entry) => !proposedRows.has(entry.rowNumber))
  if (records.length === 0)
    throw proposedRows.size > 0
      ? new ActionError('empty', 'proposals.publish.onlyProposed', { count: proposedRows.size })
      : new ActionError('empty', 'actions.publish.empty')

  let answer: unknown
  try {
    answer = client.admin('PUT', '/admin/events', {
      events: records.map((entry) => entry.record),
    })
  } catch (error) {
    if (error instanceof WorkerRejection)
      throw rejectionOnRows(
        error,
        'Events',
        'actions.publish.rejected',
        records.map((entry) => entry.rowNumber)
      )
    throw error
  }
  const published = publishResultSchema.safeParse(answer)
  if (!published.success)
    throw new ActionError('unexpected-answer', 'actions.worker.unexpected', {
      status: 200,
      url: client.address,
    })
  const { version, publishedAt, counts, added, changed, removed } = published.data
  const done = t(locale, 'actions.publish.done', { version, ...counts })
  return {
    message:
      proposedRows.size === 0
        ? done
        : `${done} ${t(locale, 'proposals.publish.leftOut', { count: proposedRows.size })}`,
    workerUrl: client.address,
    version,
    publishedAt,
    counts,
    added,
    changed,
    removed,
    proposalsWaiting: proposedRows.size,
  }
}

/**
 * The menu and sidebar action: publishCalendar under the lock (two people publishing at once
 * would race), with a toast.
 *
 * @example
 * export function publishCalendar() { return runPublishCalendar(appsScriptActionHost()) }
 */
export function runPublishCalendar(host: ActionHost): ActionResult<CalendarPublishReport> {
  return runAction(host, { title: 'actions.menu.publishCalendar', lock: true }, () =>
    publishCalendar(host)
  )
}
