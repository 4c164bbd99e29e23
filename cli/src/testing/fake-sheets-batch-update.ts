// spreadsheets.batchUpdate in the fake Sheets API: the requests `lacralo sheet` sends, applied
// as Google applies them (grid limits checked, ids and titles unique).
import type { Cell, ExtendedValue, NumberFormat, ValidationRule } from './fake-sheets-cells'
import {
  badRequest,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  type GridRange,
  key,
  type ProtectedRange,
  type Sheet,
  type Spreadsheet,
  sheetProperties,
} from './fake-sheets-grid'

function sheetById(spreadsheet: Spreadsheet, sheetId: number | undefined): Sheet {
  const sheet = spreadsheet.sheets.find((candidate) => candidate.sheetId === (sheetId ?? 0))
  if (!sheet) throw badRequest(`No grid with id: ${sheetId}`)
  return sheet
}

function checkInGrid(sheet: Sheet, row: number, column: number) {
  if (row >= sheet.rowCount)
    throw badRequest(
      `GridCoordinate.rowIndex[${row}] is after last row in grid[${sheet.rowCount - 1}]`
    )
  if (column >= sheet.columnCount)
    throw badRequest(
      `GridCoordinate.columnIndex[${column}] is after last column in grid[${sheet.columnCount - 1}]`
    )
}

function rangeBounds(sheet: Sheet, range: GridRange) {
  const bounds = {
    startRow: range.startRowIndex ?? 0,
    endRow: range.endRowIndex ?? sheet.rowCount,
    startColumn: range.startColumnIndex ?? 0,
    endColumn: range.endColumnIndex ?? sheet.columnCount,
  }
  if (bounds.endRow > sheet.rowCount || bounds.endColumn > sheet.columnCount)
    throw badRequest(
      `Range ${JSON.stringify(range)} is outside the grid (${sheet.rowCount} rows, ${sheet.columnCount} columns)`
    )
  return bounds
}

interface CellDataInput {
  userEnteredValue?: ExtendedValue
  userEnteredFormat?: { textFormat?: { bold?: boolean }; numberFormat?: NumberFormat }
  dataValidation?: ValidationRule
}

function writeCell(
  sheet: Sheet,
  row: number,
  column: number,
  input: CellDataInput,
  fields: string[]
) {
  const cell: Cell = { ...sheet.cells.get(key(row, column)) }
  const all = fields.includes('*')
  const has = (field: string) =>
    all || fields.some((listed) => listed === field || field.startsWith(`${listed}.`))
  if (has('userEnteredValue')) {
    const value = input.userEnteredValue
    const kinds = value ? Object.keys(value).length : 0
    if (kinds > 1) throw badRequest('An ExtendedValue holds exactly one kind of value')
    if (value && kinds === 1) cell.value = { ...value }
    else delete cell.value
  }
  if (has('userEnteredFormat.textFormat.bold')) {
    if (input.userEnteredFormat?.textFormat?.bold) cell.bold = true
    else delete cell.bold
  }
  if (has('userEnteredFormat.numberFormat')) {
    const format = input.userEnteredFormat?.numberFormat
    if (format) cell.numberFormat = { ...format }
    else delete cell.numberFormat
  }
  if (has('dataValidation')) {
    if (input.dataValidation) cell.validation = input.dataValidation
    else delete cell.validation
  }
  sheet.cells.set(key(row, column), cell)
}

function writeRows(
  sheet: Sheet,
  startRow: number,
  startColumn: number,
  rows: { values?: CellDataInput[] }[],
  fields: string
) {
  if (!fields) throw badRequest("At least one field must be specified in 'fields'")
  const list = fields.split(',').map((field) => field.trim())
  rows.forEach((row, rowOffset) => {
    ;(row.values ?? []).forEach((input, columnOffset) => {
      checkInGrid(sheet, startRow + rowOffset, startColumn + columnOffset)
      writeCell(sheet, startRow + rowOffset, startColumn + columnOffset, input, list)
    })
  })
}

function lastRowWithValue(sheet: Sheet): number {
  let last = -1
  for (const [position, cell] of sheet.cells) {
    const row = Number(position.split(':')[0])
    if (cell.value && row > last) last = row
  }
  return last
}

function setPaths(target: Record<string, unknown>, source: Record<string, unknown>, path: string) {
  const parts = path.split('.')
  let from: unknown = source
  let to = target
  parts.forEach((part, index) => {
    from = (from as Record<string, unknown> | undefined)?.[part]
    if (index === parts.length - 1) to[part] = from
    else {
      to[part] ??= {}
      to = to[part] as Record<string, unknown>
    }
  })
}

/** One request of a batchUpdate: { addSheet: {...} }, { updateCells: {...} }, ... */
export type BatchRequest = Record<string, Record<string, unknown>>

/**
 * Applies one request to `spreadsheet` (a draft: the server keeps it only if every request of
 * the batch applies) and returns its reply. An unknown request is a 400, so that a request the
 * fake does not model never passes silently.
 *
 * @example
 * applyRequest(draft, { addSheet: { properties: { title: 'Events' } } }).addSheet.properties.sheetId
 */
export function applyRequest(spreadsheet: Spreadsheet, request: BatchRequest): object {
  const [kind, ...others] = Object.keys(request)
  if (!kind || others.length > 0) throw badRequest('Each request must hold exactly one kind')
  const body = request[kind] as Record<string, unknown>
  switch (kind) {
    case 'addSheet': {
      const properties = (body.properties ?? {}) as {
        sheetId?: number
        title?: string
        index?: number
        gridProperties?: { rowCount?: number; columnCount?: number; frozenRowCount?: number }
      }
      const title = properties.title ?? `Sheet${spreadsheet.sheets.length + 1}`
      if (spreadsheet.sheets.some((sheet) => sheet.title === title))
        throw badRequest(
          `A sheet with the name "${title}" already exists. Please enter another name.`
        )
      const sheetId = properties.sheetId ?? spreadsheet.nextId++
      if (spreadsheet.sheets.some((sheet) => sheet.sheetId === sheetId))
        throw badRequest(`A sheet with the id ${sheetId} already exists.`)
      const grid = properties.gridProperties ?? {}
      const sheet: Sheet = {
        sheetId,
        title,
        rowCount: grid.rowCount ?? DEFAULT_ROWS,
        columnCount: grid.columnCount ?? DEFAULT_COLUMNS,
        frozenRowCount: grid.frozenRowCount ?? 0,
        cells: new Map(),
        columnWidths: new Map(),
        protectedRanges: [],
      }
      spreadsheet.sheets.splice(properties.index ?? spreadsheet.sheets.length, 0, sheet)
      return { addSheet: { properties: sheetProperties(sheet, spreadsheet.sheets.indexOf(sheet)) } }
    }
    case 'updateSheetProperties': {
      const properties = body.properties as Record<string, unknown> & { sheetId?: number }
      const sheet = sheetById(spreadsheet, properties.sheetId)
      const current: Record<string, unknown> = {
        title: sheet.title,
        gridProperties: {
          rowCount: sheet.rowCount,
          columnCount: sheet.columnCount,
          frozenRowCount: sheet.frozenRowCount,
        },
      }
      for (const field of String(body.fields ?? '').split(','))
        setPaths(current, properties, field.trim())
      const grid = current.gridProperties as Record<string, number | undefined>
      sheet.title = current.title as string
      sheet.rowCount = grid.rowCount ?? sheet.rowCount
      sheet.columnCount = grid.columnCount ?? sheet.columnCount
      sheet.frozenRowCount = grid.frozenRowCount ?? 0
      return {}
    }
    case 'appendDimension': {
      const { sheetId, dimension, length } = body as {
        sheetId?: number
        dimension: string
        length: number
      }
      const sheet = sheetById(spreadsheet, sheetId)
      if (!(length > 0)) throw badRequest('length must be positive')
      if (dimension === 'ROWS') sheet.rowCount += length
      else sheet.columnCount += length
      return {}
    }
    case 'updateDimensionProperties': {
      const { range, properties } = body as {
        range: { sheetId?: number; dimension: string; startIndex: number; endIndex: number }
        properties: { pixelSize?: number }
      }
      const sheet = sheetById(spreadsheet, range.sheetId)
      if (range.dimension === 'COLUMNS' && properties.pixelSize !== undefined) {
        if (range.endIndex > sheet.columnCount) throw badRequest('Columns are outside the grid')
        for (let column = range.startIndex; column < range.endIndex; column++)
          sheet.columnWidths.set(column, properties.pixelSize)
      }
      return {}
    }
    case 'updateCells': {
      const { start, rows, fields } = body as {
        start: { sheetId?: number; rowIndex?: number; columnIndex?: number }
        rows: { values?: CellDataInput[] }[]
        fields: string
      }
      const sheet = sheetById(spreadsheet, start.sheetId)
      writeRows(sheet, start.rowIndex ?? 0, start.columnIndex ?? 0, rows, fields)
      return {}
    }
    case 'appendCells': {
      const { sheetId, rows, fields } = body as {
        sheetId?: number
        rows: { values?: CellDataInput[] }[]
        fields: string
      }
      const sheet = sheetById(spreadsheet, sheetId)
      const first = lastRowWithValue(sheet) + 1
      sheet.rowCount = Math.max(sheet.rowCount, first + rows.length)
      writeRows(sheet, first, 0, rows, fields)
      return {}
    }
    case 'setDataValidation': {
      const { range, rule } = body as { range: GridRange; rule?: ValidationRule }
      const sheet = sheetById(spreadsheet, range.sheetId)
      const bounds = rangeBounds(sheet, range)
      for (let row = bounds.startRow; row < bounds.endRow; row++)
        for (let column = bounds.startColumn; column < bounds.endColumn; column++)
          writeCell(sheet, row, column, rule ? { dataValidation: rule } : {}, ['dataValidation'])
      return {}
    }
    case 'addProtectedRange': {
      const protectedRange = body.protectedRange as Omit<ProtectedRange, 'protectedRangeId'>
      const sheet = sheetById(spreadsheet, protectedRange.range.sheetId)
      rangeBounds(sheet, protectedRange.range)
      const added = { ...protectedRange, protectedRangeId: spreadsheet.nextId++ }
      sheet.protectedRanges.push(added)
      return { addProtectedRange: { protectedRange: added } }
    }
    default:
      throw badRequest(`The fake Sheets API does not know the request '${kind}'`)
  }
}
