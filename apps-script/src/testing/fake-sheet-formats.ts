// Extends the fake Sheet, Range and Spreadsheet with what a formatted report needs: clear(),
// font weights, font sizes and number formats set in one call per range, and the user's
// selected range. Imported for its effect by fake-apps-script.ts.
import { parseA1 } from './a1-notation'
import type { CallLog } from './call-log'
import { FakeRange } from './fake-range'
import { FakeSheet } from './fake-sheet'
import { FakeSpreadsheet } from './fake-spreadsheet'

/** The formats a cell has besides what fake-sheet.ts keeps (bold, background). */
export interface CellFormat {
  /** The number format, such as '#,##0' or '@'; '' when none was set. */
  numberFormat: string
  /** The font size in points; 10 (Sheets' default) when none was set. */
  fontSize: number
}

const DEFAULT_FONT_SIZE = 10
const FORMATS = new WeakMap<FakeSheet, Map<string, Partial<CellFormat>>>()

function formatsOf(sheet: FakeSheet): Map<string, Partial<CellFormat>> {
  let formats = FORMATS.get(sheet)
  if (!formats) {
    formats = new Map()
    FORMATS.set(sheet, formats)
  }
  return formats
}

/**
 * A cell's number format and font size, read without counting a call (for tests).
 *
 * @example
 * cellFormat(fake.spreadsheet.sheet('Dashboard'), 2, 2) // { numberFormat: '#,##0', fontSize: 10 }
 */
export function cellFormat(sheet: FakeSheet, row: number, column: number): CellFormat {
  const format = FORMATS.get(sheet)?.get(`${row}:${column}`) ?? {}
  return {
    numberFormat: format.numberFormat ?? '',
    fontSize: format.fontSize ?? DEFAULT_FONT_SIZE,
  }
}

declare module './fake-sheet' {
  interface FakeSheet {
    /** Clears the values, formulas, notes and formats of every cell (validation stays). */
    clear(): FakeSheet
  }
}

declare module './fake-range' {
  interface FakeRange {
    setFontWeights(weights: (string | null)[][]): FakeRange
    setFontSizes(sizes: number[][]): FakeRange
    setNumberFormats(formats: string[][]): FakeRange
    getNumberFormats(): string[][]
  }
}

declare module './fake-spreadsheet' {
  interface FakeSpreadsheet {
    /** The selected range, or the active sheet's A1 when only a sheet is selected. */
    getActiveRange(): FakeRange | null
  }
}

// FakeRange keeps its sheet and area private; the extensions read them here.
function partsOf(range: FakeRange): { sheet: FakeSheet; calls: CallLog } {
  const sheet = (range as unknown as { sheet: FakeSheet }).sheet
  return { sheet, calls: sheet.calls }
}

function eachCell<T>(
  range: FakeRange,
  method: string,
  data: T[][],
  change: (row: number, column: number, value: T) => void
): FakeRange {
  const { calls } = partsOf(range)
  calls.record(`Range.${method}`, 'write')
  const { row, column, numRows, numColumns } = range.gridArea
  if (
    !Array.isArray(data) ||
    data.length !== numRows ||
    data.some((line) => !Array.isArray(line) || line.length !== numColumns)
  ) {
    throw new Error(
      `Range.${method}: the data must be ${numRows} rows of ${numColumns} values, as the range is.`
    )
  }
  data.forEach((line, r) => {
    line.forEach((value, c) => {
      change(row + r, column + c, value)
    })
  })
  return range
}

FakeSheet.prototype.clear = function clear(this: FakeSheet): FakeSheet {
  this.call('clear', 'write')
  const rows = this.lastRow()
  const columns = this.lastColumn()
  for (let row = 1; row <= rows; row++)
    for (let column = 1; column <= columns; column++) {
      const cell = this.cellForWrite(row, column)
      cell.value = ''
      cell.formula = ''
      cell.note = ''
      cell.background = null
      cell.bold = false
    }
  FORMATS.delete(this)
  return this
}

FakeRange.prototype.setFontWeights = function setFontWeights(
  this: FakeRange,
  weights: (string | null)[][]
): FakeRange {
  const { sheet } = partsOf(this)
  return eachCell(this, 'setFontWeights', weights, (row, column, weight) => {
    if (weight !== null && weight !== 'bold' && weight !== 'normal')
      throw new Error(`Range.setFontWeights: '${String(weight)}' is not bold, normal or null`)
    sheet.cellForWrite(row, column).bold = weight === 'bold'
  })
}

FakeRange.prototype.setFontSizes = function setFontSizes(
  this: FakeRange,
  sizes: number[][]
): FakeRange {
  const { sheet } = partsOf(this)
  const formats = formatsOf(sheet)
  return eachCell(this, 'setFontSizes', sizes, (row, column, size) => {
    if (!Number.isInteger(size) || size < 1 || size > 400)
      throw new Error(`Range.setFontSizes: ${String(size)} is not a font size`)
    const key = `${row}:${column}`
    formats.set(key, { ...formats.get(key), fontSize: size })
  })
}

FakeRange.prototype.setNumberFormats = function setNumberFormats(
  this: FakeRange,
  numberFormats: string[][]
): FakeRange {
  const { sheet } = partsOf(this)
  const formats = formatsOf(sheet)
  return eachCell(this, 'setNumberFormats', numberFormats, (row, column, format) => {
    if (typeof format !== 'string')
      throw new Error(`Range.setNumberFormats: ${String(format)} is not a format`)
    const key = `${row}:${column}`
    formats.set(key, { ...formats.get(key), numberFormat: format })
  })
}

FakeRange.prototype.getNumberFormats = function getNumberFormats(this: FakeRange): string[][] {
  const { sheet, calls } = partsOf(this)
  calls.record('Range.getNumberFormats', 'read')
  const { row, column, numRows, numColumns } = this.gridArea
  return Array.from({ length: numRows }, (_, r) =>
    Array.from(
      { length: numColumns },
      (_, c) => cellFormat(sheet, row + r, column + c).numberFormat
    )
  )
}

FakeSpreadsheet.prototype.getActiveRange = function getActiveRange(
  this: FakeSpreadsheet
): FakeRange | null {
  ;(this as unknown as { calls: CallLog }).calls.record('Spreadsheet.getActiveRange', 'read')
  const selected = this.selected()
  if (!selected) return null
  const sheet = this.sheet(selected.sheet)
  const size = sheet as unknown as { maxRows: number; maxColumns: number }
  const area = parseA1(selected.a1 ?? 'A1', size.maxRows, size.maxColumns)
  return new FakeRange(sheet, area)
}
