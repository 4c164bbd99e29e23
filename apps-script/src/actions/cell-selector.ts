// Puts the user's cursor on a cell: the slice of SpreadsheetApp that "go to the problem" needs.
import type { CellValue } from '../workbook/workbook'

/** The slice of SpreadsheetApp that selecting a cell uses. */
export interface SelectionSpreadsheetApp {
  getActiveSpreadsheet(): {
    getSheetByName(name: string): {
      getLastColumn(): number
      getMaxRows(): number
      getRange(
        row: number,
        column: number,
        numRows: number,
        numColumns: number
      ): {
        getValues(): CellValue[][]
        activate(): unknown
      }
    } | null
  }
}

/** Where to go: the tab, the row, and the column by its header (null for the row's first cell). */
export interface CellAddress {
  tab: string
  row: number
  column: string | null
}

export interface CellSelector {
  /** Activates the cell and answers true, or answers false when there is no such cell. */
  select(address: CellAddress): boolean
}

/**
 * A CellSelector over SpreadsheetApp: finds the column by reading the header row once, then
 * activates the cell (which also shows its tab).
 *
 * @example
 * createCellSelector(SpreadsheetApp).select({ tab: 'Events', row: 14, column: 'Start date' })
 */
export function createCellSelector(app: SelectionSpreadsheetApp): CellSelector {
  return {
    select({ tab, row, column }) {
      const sheet = app.getActiveSpreadsheet().getSheetByName(tab)
      if (!sheet) return false
      if (row > sheet.getMaxRows()) return false
      let position = 1
      if (column !== null) {
        const width = sheet.getLastColumn()
        if (width === 0) return false
        const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? []
        const index = headers.findIndex((header) => String(header).trim() === column.trim())
        if (index === -1) return false
        position = index + 1
      }
      sheet.getRange(row, position, 1, 1).activate()
      return true
    },
  }
}
