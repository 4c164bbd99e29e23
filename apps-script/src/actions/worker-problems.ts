// Places the problems of a Worker's 422 answer on the rows they came from.
import { columnForPath, type TabName } from '../../../shared/workbook/tabs'
import type { WorkerProblem, WorkerRejection } from '../worker-client/worker-client'
import { ActionError, type ActionProblem } from './action-error'

function segments(path: unknown): string[] {
  if (Array.isArray(path)) return path.map(String)
  return typeof path === 'string' && path !== '' ? path.split('.') : []
}

function placed(
  problem: WorkerProblem,
  tab: TabName,
  rowNumbers: readonly number[]
): ActionProblem {
  const index = typeof problem.index === 'number' ? problem.index : null
  const row = index === null ? null : (rowNumbers[index] ?? null)
  // 'events.3.startDate' -> the Start date column of the row of event 3.
  const field = segments(problem.path).slice(2)
  return {
    tab: row === null ? null : tab,
    row,
    column: row === null || field.length === 0 ? null : (columnForPath(tab, field)?.header ?? null),
    message: typeof problem.message === 'string' ? problem.message : '',
    severity: 'error',
  }
}

/**
 * The Worker's refusal as an ActionError whose problems point at rows of `tab`: the record at
 * position i of the list sent came from row `rowNumbers[i]`.
 *
 * @example
 * throw rejectionOnRows(rejection, 'Events', 'actions.publish.rejected', records.map((r) => r.rowNumber))
 */
export function rejectionOnRows(
  rejection: WorkerRejection,
  tab: TabName,
  key: 'actions.publish.rejected' | 'actions.webinars.rejected',
  rowNumbers: readonly number[]
): ActionError {
  return new ActionError(
    'rejected',
    key,
    { message: rejection.workerMessage },
    rejection.workerProblems.map((problem) => placed(problem, tab, rowNumbers))
  )
}
