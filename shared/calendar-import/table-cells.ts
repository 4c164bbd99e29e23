// A calendar table as a sheet's values: the cells, read without a CSV parser (so the add-on has none).
import { isoFromDateObject } from './parse-date'

/** A cell as a Google Sheet gives it: text, number, boolean, Date, or '' when empty. */
export type Cell = string | number | boolean | Date

/** The table's rows (the header first) and the rows (1-based) whose CSV quotes do not close. */
export interface Table {
  rows: Cell[][]
  unclosedQuoteRows: number[]
}

/**
 * Reads a 2-D array of cell values (a sheet's `getValues()`, or rows the sidebar parsed).
 * Cells that are not text, numbers, booleans or Dates become text; null and undefined become ''.
 *
 * @example
 * tableFromRows([['Event Name', 'Date'], ['CaribNOG 25', null]]).rows // [['Event Name', 'Date'], ['CaribNOG 25', '']]
 */
export function tableFromRows(rows: readonly (readonly unknown[])[]): Table {
  return { rows: rows.map((row) => row.map(toCell)), unclosedQuoteRows: [] }
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return ''
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value
  return String(value)
}

/**
 * A cell as the person sees it, for text fields and messages: Dates as YYYY-MM-DD.
 *
 * @example
 * cellText(new Date(2023, 2, 26)) // '2023-03-26'
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoFromDateObject(cell)
  return String(cell).trim()
}

/** True when no cell of the row holds anything. */
export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === '')
}
