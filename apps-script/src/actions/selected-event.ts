// Which event the user means: the row selected on the Events tab (SpreadsheetApp's active
// range), or an event ID the sidebar already has; a clear message when it is neither.
import type { OutreachEvent } from '../../../shared/schemas/event'
import { ActionError } from './action-error'
import type { LoadedTab } from './workbook-records'

/** The slice of SpreadsheetApp that reads the user's selection. */
export interface SelectionApp {
  getActiveSpreadsheet(): {
    getActiveRange(): {
      getSheet(): { getName(): string }
      getRow(): number
      getNumRows(): number
    } | null
  }
}

/** The tab whose rows are events. */
export const EVENTS_TAB = 'Events'

/**
 * The row number the user selected on Events; an ActionError ('invalid-input') that says
 * what to do when the selection is elsewhere, on the header or spans several rows.
 *
 * @example
 * selectedEventRow(SpreadsheetApp) // 14
 */
export function selectedEventRow(app: SelectionApp): number {
  const range = app.getActiveSpreadsheet().getActiveRange()
  if (!range) throw new ActionError('invalid-input', 'shortlist.select.nothing')
  const tab = range.getSheet().getName()
  if (tab !== EVENTS_TAB)
    throw new ActionError('invalid-input', 'shortlist.select.otherTab', { tab })
  const row = range.getRow()
  const rows = range.getNumRows()
  if (rows > 1)
    throw new ActionError('invalid-input', 'shortlist.select.severalRows', {
      from: row,
      to: row + rows - 1,
    })
  if (row < 2) throw new ActionError('invalid-input', 'shortlist.select.header')
  return row
}

/**
 * The event of a row of Events, or of an ID; errors say which row is empty or unreadable
 * (its problems come from Check the spreadsheet) and which ID is unknown.
 *
 * @example
 * findEvent(events, { row: 14 }).title // 'CaribNOG 26'
 */
export function findEvent(
  events: LoadedTab<OutreachEvent>,
  where: { row: number } | { id: string }
): OutreachEvent {
  if ('id' in where) {
    const found = events.records.find(({ record }) => record.id === where.id)
    if (!found)
      throw new ActionError('invalid-input', 'shortlist.select.unknownEvent', { id: where.id })
    return found.record
  }
  const found = events.records.find(({ rowNumber }) => rowNumber === where.row)
  if (found) return found.record
  const filled = events.content.rows.some(({ rowNumber }) => rowNumber === where.row)
  throw new ActionError(
    'invalid-input',
    filled ? 'shortlist.select.unreadableRow' : 'shortlist.select.emptyRow',
    { row: where.row }
  )
}
