// Reads a calendar table from CSV text or from a sheet's cell values into rows of cells.
import Papa from 'papaparse'
import { type Table, tableFromRows } from './table-cells'

export { type Cell, cellText, isEmptyRow, type Table } from './table-cells'

/**
 * Reads CSV text (comma, semicolon or tab separated, with or without a byte-order mark) or a
 * 2-D array of cell values (see `tableFromRows`, which reads those without the CSV parser).
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
  return tableFromRows(input)
}
