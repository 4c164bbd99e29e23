// Reads a calendar table from CSV text or from a sheet's cell values into rows of cells.
import Papa from 'papaparse'
import { isoFromDateObject } from './parse-date'

/** A cell as a Google Sheet gives it: text, number, boolean, Date, or '' when empty. */
export type Cell = string | number | boolean | Date

/** The table's rows (the header first) and the rows (1-based) whose CSV quotes do not close. */
export interface Table {
  rows: Cell[][]
  unclosedQuoteRows: number[]
}

/**
 * Reads CSV text (comma, semicolon or tab separated, with or without a byte-order mark) or a
 * 2-D array of cell values. Cells that are not text, numbers, booleans or Dates become text;
 * null and undefined become ''.
 *
 * @example
 * readTable('Event Name,Date\nCaribNOG 25,3/26/23').rows // [['Event Name', 'Date'], ['CaribNOG 25', '3/26/23']]
 */
export function readTable(input: string | readonly (readonly unknown[])[]): Table {
  if (typeof input === 'string') {
    const parsed = Papa.parse<string[]>(input, { skipEmptyLines: false })
    const unclosedQuoteRows = parsed.errors
      .filter((error) => error.code === 'MissingQuotes' && error.row !== undefined)
      .map((error) => (error.row ?? 0) + 1)
    return { rows: parsed.data, unclosedQuoteRows }
  }
  return { rows: input.map((row) => row.map(toCell)), unclosedQuoteRows: [] }
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
