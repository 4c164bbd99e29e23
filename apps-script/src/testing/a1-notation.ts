// A1 notation as Sheets writes it: 'B2', 'A1:C10', whole columns 'A:C' and whole rows '2:2'.

/** A rectangle of cells, 1-based; whole rows ('1:1') and columns ('A:C') say so. */
export interface GridArea {
  row: number
  column: number
  numRows: number
  numColumns: number
  wholeRows?: boolean
  wholeColumns?: boolean
}

/**
 * The letters of a column: 1 is A, 26 is Z, 27 is AA.
 *
 * @example
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }
  return letters
}

function columnNumber(letters: string): number {
  let column = 0
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  return column
}

const CELL = /^([A-Za-z]+)?(\d+)?$/

/**
 * The area an A1 reference names in a sheet of `maxRows` by `maxColumns`; throws 'Range not
 * found', as Apps Script does, for anything else. Whole columns and rows span the sheet.
 *
 * @example
 * parseA1('B2:C10', 1000, 26) // { row: 2, column: 2, numRows: 9, numColumns: 2 }
 * parseA1('1:1', 1000, 26) // { row: 1, column: 1, numRows: 1, numColumns: 26 }
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea {
  const parts = a1.trim().replace(/\$/g, '').split(':')
  const [start, end = start] = parts.map((part) => CELL.exec(part))
  const valid =
    parts.length <= 2 &&
    start?.[0] &&
    end?.[0] &&
    // Both ends name the same kind of thing: cells, whole columns ('A:C') or whole rows ('1:1').
    Boolean(start[1]) === Boolean(end[1]) &&
    Boolean(start[2]) === Boolean(end[2]) &&
    // A single reference must be a cell: 'A' or '1' alone names nothing.
    (parts.length === 2 || (start[1] && start[2]))
  if (!valid || !start || !end) throw new Error('Range not found')
  const column1 = start[1] ? columnNumber(start[1]) : 1
  const column2 = end[1] ? columnNumber(end[1]) : maxColumns
  const row1 = start[2] ? Number(start[2]) : 1
  const row2 = end[2] ? Number(end[2]) : maxRows
  if (row1 < 1 || row2 < 1) throw new Error('Range not found')
  return {
    row: Math.min(row1, row2),
    column: Math.min(column1, column2),
    numRows: Math.abs(row2 - row1) + 1,
    numColumns: Math.abs(column2 - column1) + 1,
    ...(start[1] ? {} : { wholeRows: true }),
    ...(start[2] ? {} : { wholeColumns: true }),
  }
}

/**
 * The A1 reference of an area: 'B2' for one cell, 'A1:C10' otherwise, '1:1' or 'A:C' for
 * whole rows or columns.
 *
 * @example
 * toA1({ row: 1, column: 1, numRows: 10, numColumns: 3 }) // 'A1:C10'
 */
export function toA1(area: GridArea): string {
  if (area.wholeRows) return `${area.row}:${area.row + area.numRows - 1}`
  if (area.wholeColumns) {
    return `${columnLetters(area.column)}:${columnLetters(area.column + area.numColumns - 1)}`
  }
  const first = `${columnLetters(area.column)}${area.row}`
  if (area.numRows === 1 && area.numColumns === 1) return first
  return `${first}:${columnLetters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`
}
