// The fake Sheets API's spreadsheets in memory: tabs of cells, A1 ranges, the resource that
// spreadsheets.get returns, and the values API's reading and writing.
import {
  type Cell,
  type ExtendedValue,
  formatted,
  isEmptyCell,
  type NumberFormat,
  type RenderedValue,
  rendered,
  typed,
  type ValueRender,
} from './fake-sheets-cells'

export interface GridRange {
  sheetId?: number
  startRowIndex?: number
  endRowIndex?: number
  startColumnIndex?: number
  endColumnIndex?: number
}

export interface ProtectedRange {
  protectedRangeId: number
  range: GridRange
  description?: string
  warningOnly?: boolean
}

/** A tab in the fake. */
export interface Sheet {
  sheetId: number
  title: string
  rowCount: number
  columnCount: number
  frozenRowCount: number
  cells: Map<string, Cell>
  columnWidths: Map<number, number>
  protectedRanges: ProtectedRange[]
}

/** A spreadsheet in the fake, and the accounts it is shared with as Editor. */
export interface Spreadsheet {
  spreadsheetId: string
  title: string
  timeZone: string
  editors: Set<string>
  sheets: Sheet[]
  nextId: number
}

/** A new tab's size and a column's width, as in Sheets. */
export const DEFAULT_ROWS = 1000
export const DEFAULT_COLUMNS = 26
export const DEFAULT_WIDTH = 100

/** An error answer, as Google shapes it: HTTP status, status name, message, details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly googleStatus: string,
    message: string,
    readonly details?: unknown[]
  ) {
    super(message)
  }
}

/** Google's 400 INVALID_ARGUMENT. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'INVALID_ARGUMENT', message)
}

/** The key of a cell in a tab's map (0-based row and column). */
export const key = (row: number, column: number) => `${row}:${column}`

/** The letters of a column, from its 0-based index. */
export function columnLetters(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/** The 0-based index of a column, from its letters. */
export function columnIndex(letters: string): number {
  let column = 0
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  return column - 1
}

/** A tab's title quoted for A1 notation. */
export function quoteTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`
}

/** A block of a tab, in 0-based half-open indexes. */
export interface Area {
  sheet: Sheet
  startRow: number
  endRow: number
  startColumn: number
  endColumn: number
  /** Named by one cell ('Events!A2'): a write extends from it as far as its values go. */
  anchor?: boolean
}

const CELL_REF = /^([A-Za-z]*)(\d*)$/

/**
 * The area an A1 range names ("'Events'!A1:Q3", 'Events!2:2', 'Events'), in 0-based half-open
 * indexes; an unknown tab or a malformed range is Google's 400 "Unable to parse range".
 *
 * @example
 * parseRange(spreadsheet, "'Events'!2:2") // { sheet, startRow: 1, endRow: 2, startColumn: 0, endColumn: 26 }
 */
export function parseRange(spreadsheet: Spreadsheet, range: string): Area {
  const fail = () => badRequest(`Unable to parse range: ${range}`)
  let title: string | null = null
  let rest = range
  const quoted = /^'((?:[^']|'')*)'(?:!(.*))?$/.exec(range)
  if (quoted) {
    title = (quoted[1] as string).replace(/''/g, "'")
    rest = quoted[2] ?? ''
  } else if (range.includes('!')) {
    const at = range.lastIndexOf('!')
    title = range.slice(0, at)
    rest = range.slice(at + 1)
  } else if (spreadsheet.sheets.some((sheet) => sheet.title === range)) {
    title = range
    rest = ''
  }
  const sheet =
    title === null
      ? spreadsheet.sheets[0]
      : spreadsheet.sheets.find((candidate) => candidate.title === title)
  if (!sheet) throw fail()
  if (rest === '')
    return {
      sheet,
      startRow: 0,
      endRow: sheet.rowCount,
      startColumn: 0,
      endColumn: sheet.columnCount,
    }
  const [from, to = from] = rest.split(':').map((part) => CELL_REF.exec(part))
  if (!from || !to || rest.split(':').length > 2) throw fail()
  const [, fromColumn = '', fromRow = ''] = from
  const [, toColumn = '', toRow = ''] = to
  if (fromColumn === '' && fromRow === '') throw fail()
  return {
    sheet,
    ...(rest.split(':').length === 1 && fromColumn && fromRow ? { anchor: true } : {}),
    startRow: fromRow ? Number(fromRow) - 1 : 0,
    endRow: toRow ? Number(toRow) : sheet.rowCount,
    startColumn: fromColumn ? columnIndex(fromColumn) : 0,
    endColumn: toColumn ? columnIndex(toColumn) + 1 : sheet.columnCount,
  }
}

/** An area in A1 notation, as the API echoes ranges back: "'Events'!A1:Z1000". */
export function a1(area: Area): string {
  const endRow = Math.max(area.startRow + 1, area.endRow)
  const endColumn = Math.max(area.startColumn + 1, area.endColumn)
  return `${quoteTitle(area.sheet.title)}!${columnLetters(area.startColumn)}${area.startRow + 1}:${columnLetters(endColumn - 1)}${endRow}`
}

/** A tab's SheetProperties, as spreadsheets.get and addSheet give them. */
export function sheetProperties(sheet: Sheet, index: number) {
  return {
    sheetId: sheet.sheetId,
    title: sheet.title,
    index,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: sheet.rowCount,
      columnCount: sheet.columnCount,
      ...(sheet.frozenRowCount > 0 ? { frozenRowCount: sheet.frozenRowCount } : {}),
    },
  }
}

function cellData(cell: Cell | undefined) {
  if (isEmptyCell(cell) || !cell) return {}
  const format =
    cell.bold || cell.numberFormat
      ? {
          userEnteredFormat: {
            ...(cell.bold ? { textFormat: { bold: true } } : {}),
            ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
          },
        }
      : {}
  const value = cell.value
    ? {
        userEnteredValue: cell.value,
        effectiveValue:
          cell.value.formulaValue !== undefined ? { errorValue: { type: 'NAME' } } : cell.value,
        formattedValue: formatted(cell),
      }
    : {}
  return { ...value, ...format, ...(cell.validation ? { dataValidation: cell.validation } : {}) }
}

function gridData(area: Area) {
  const { sheet } = area
  const endRow = Math.min(area.endRow, sheet.rowCount)
  const endColumn = Math.min(area.endColumn, sheet.columnCount)
  const rows: object[][] = []
  let lastRow = -1
  for (let row = area.startRow; row < endRow; row++) {
    const values: object[] = []
    let lastColumn = -1
    for (let column = area.startColumn; column < endColumn; column++) {
      const cell = sheet.cells.get(key(row, column))
      values.push(cellData(cell))
      if (!isEmptyCell(cell)) lastColumn = column - area.startColumn
    }
    rows.push(values.slice(0, lastColumn + 1))
    if (lastColumn >= 0) lastRow = row - area.startRow
  }
  return {
    startRow: area.startRow,
    startColumn: area.startColumn,
    rowData: rows.slice(0, lastRow + 1).map((values) => (values.length > 0 ? { values } : {})),
  }
}

/**
 * The Spreadsheet resource spreadsheets.get returns, with grid data for `ranges` (or for every
 * tab when there are none) when `withGrid` is set.
 *
 * @example
 * spreadsheetResource(spreadsheet, ["'Events'!1:2"], true).sheets[0].data
 */
export function spreadsheetResource(spreadsheet: Spreadsheet, ranges: string[], withGrid: boolean) {
  const areas = ranges.map((range) => parseRange(spreadsheet, range))
  return {
    spreadsheetId: spreadsheet.spreadsheetId,
    properties: { title: spreadsheet.title, locale: 'en_US', timeZone: spreadsheet.timeZone },
    sheets: spreadsheet.sheets.map((sheet, index) => {
      const mine = areas.filter((area) => area.sheet === sheet)
      const data = !withGrid
        ? undefined
        : ranges.length === 0
          ? [
              gridData({
                sheet,
                startRow: 0,
                endRow: sheet.rowCount,
                startColumn: 0,
                endColumn: sheet.columnCount,
              }),
            ]
          : mine.map(gridData)
      return {
        properties: sheetProperties(sheet, index),
        ...(sheet.protectedRanges.length > 0 ? { protectedRanges: sheet.protectedRanges } : {}),
        ...(data && data.length > 0 ? { data } : {}),
      }
    }),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.spreadsheetId}/edit`,
  }
}

/**
 * An area's values as values.batchGet gives them: trailing empty rows and cells left out.
 *
 * @example
 * readValues(parseRange(spreadsheet, 'Events'), 'FORMATTED_VALUE', 'SERIAL_NUMBER')
 */
export function readValues(area: Area, render: ValueRender, dateTimes: string): RenderedValue[][] {
  const rows: RenderedValue[][] = []
  const endRow = Math.min(area.endRow, area.sheet.rowCount)
  const endColumn = Math.min(area.endColumn, area.sheet.columnCount)
  for (let row = area.startRow; row < endRow; row++) {
    const line: RenderedValue[] = []
    for (let column = area.startColumn; column < endColumn; column++)
      line.push(rendered(area.sheet.cells.get(key(row, column)), render, dateTimes))
    while (line.length > 0 && line[line.length - 1] === '') line.pop()
    rows.push(line)
  }
  while (rows.length > 0 && (rows[rows.length - 1] as RenderedValue[]).length === 0) rows.pop()
  return rows
}

/**
 * Writes values from the area's top left corner as values.update does (RAW or USER_ENTERED;
 * null skips a cell, '' clears it). Writing outside the grid or the area is Google's 400.
 * Returns the number of cells written.
 *
 * @example
 * writeValues(parseRange(spreadsheet, "'Events'!A2"), [["'=1+1", '2023-03-26']], 'USER_ENTERED')
 */
export function writeValues(area: Area, values: unknown[][], input: string): number {
  const { sheet } = area
  let written = 0
  values.forEach((line, rowOffset) => {
    line.forEach((value, columnOffset) => {
      if (value === null || value === undefined) return
      const row = area.startRow + rowOffset
      const column = area.startColumn + columnOffset
      if (row >= sheet.rowCount || column >= sheet.columnCount)
        throw badRequest(
          `Range (${quoteTitle(sheet.title)}!${columnLetters(column)}${row + 1}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`
        )
      if (!area.anchor && (row >= area.endRow || column >= area.endColumn))
        throw badRequest(
          `Requested writing within range [${a1(area)}], but tried writing to ${columnLetters(column)}${row + 1}`
        )
      const cell: Cell = { ...sheet.cells.get(key(row, column)) }
      let entered: { value?: ExtendedValue; numberFormat?: NumberFormat }
      if (typeof value === 'number') entered = { value: { numberValue: value } }
      else if (typeof value === 'boolean') entered = { value: { boolValue: value } }
      else if (input === 'RAW')
        entered = String(value) === '' ? {} : { value: { stringValue: String(value) } }
      else entered = typed(String(value))
      if (entered.value) cell.value = entered.value
      else delete cell.value
      if (entered.numberFormat) cell.numberFormat = entered.numberFormat
      sheet.cells.set(key(row, column), cell)
      written++
    })
  })
  return written
}

/** A deep copy, for changes that apply whole or not at all. */
export function clone(spreadsheet: Spreadsheet): Spreadsheet {
  return {
    ...spreadsheet,
    editors: new Set(spreadsheet.editors),
    sheets: spreadsheet.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map([...sheet.cells].map(([position, cell]) => [position, { ...cell }])),
      columnWidths: new Map(sheet.columnWidths),
      protectedRanges: sheet.protectedRanges.map((range) => ({ ...range })),
    })),
  }
}
