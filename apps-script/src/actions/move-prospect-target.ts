// Which prospect staff mean: the row selected on the Prospects tab, or an ID the sidebar already
// has; read through the Prospects schema, with a clear message when it is neither.
import type { Prospect } from '../../../shared/schemas/prospect'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import type { SelectionApp } from './selected-event'
import { checkRecords } from './tab-check'

/** The tab whose rows are prospects. */
export const PROSPECTS_TAB = 'Prospects'

/** A prospect and the row of Prospects it is in. */
export interface ProspectTarget {
  rowNumber: number
  prospect: Prospect
}

/**
 * The row number the user selected on Prospects; an ActionError ('invalid-input') that says
 * what to do when the selection is elsewhere, on the header or spans several rows.
 *
 * @example
 * selectedProspectRow(SpreadsheetApp) // 5
 */
export function selectedProspectRow(app: SelectionApp): number {
  const range = app.getActiveSpreadsheet().getActiveRange()
  if (!range) throw new ActionError('invalid-input', 'prospects.select.nothing')
  const tab = range.getSheet().getName()
  if (tab !== PROSPECTS_TAB)
    throw new ActionError('invalid-input', 'prospects.select.otherTab', { tab })
  const row = range.getRow()
  const rows = range.getNumRows()
  if (rows > 1)
    throw new ActionError('invalid-input', 'prospects.select.severalRows', {
      from: row,
      to: row + rows - 1,
    })
  if (row < 2) throw new ActionError('invalid-input', 'prospects.select.header')
  return row
}

/**
 * The prospect with `prospectId`, or the one on the selected row of Prospects, read with one
 * readTab (its date cells in `timeZone`, the spreadsheet's). A row the schema refuses is an error listing its problems, each on its cell.
 *
 * @example
 * findProspect(host, SpreadsheetApp, 'sug-91c2').prospect.stage // 'contacted'
 */
export function findProspect(
  host: ActionHost,
  app: SelectionApp,
  prospectId: string | undefined,
  timeZone = host.workbook.spreadsheetTimeZone()
): ProspectTarget {
  const content = host.workbook.readTab(PROSPECTS_TAB)
  const check = checkRecords(PROSPECTS_TAB, content, { timeZone, locale: host.locale })
  if (prospectId !== undefined) {
    const found = check.records.find(({ record }) => record.id === prospectId)
    if (found) return { rowNumber: found.rowNumber, prospect: found.record }
    const typed = content.rows.find((row) => String(row.cells.ID ?? '').trim() === prospectId)
    if (!typed)
      throw new ActionError('invalid-input', 'prospects.select.unknownId', { id: prospectId })
    return unreadable(typed.rowNumber, check.problems)
  }
  const rowNumber = selectedProspectRow(app)
  const found = check.records.find((record) => record.rowNumber === rowNumber)
  if (found) return { rowNumber, prospect: found.record }
  if (!content.rows.some((row) => row.rowNumber === rowNumber))
    throw new ActionError('invalid-input', 'prospects.select.emptyRow', { row: rowNumber })
  return unreadable(rowNumber, check.problems)
}

function unreadable(
  rowNumber: number,
  problems: readonly { row: number | null; column: string | null; message: string }[]
): never {
  throw new ActionError(
    'invalid-rows',
    'prospects.select.unreadableRow',
    { row: rowNumber },
    problems
      .filter((problem) => problem.row === rowNumber || problem.row === null)
      .map((problem) => ({ tab: PROSPECTS_TAB, ...problem, severity: 'error' as const }))
  )
}
