// In-memory stand-in for a Sheet: a grid of cells (values, formulas, notes, backgrounds, bold,
// validation), its size, frozen rows, column widths and protections.
import type { CellValue } from '../../../shared/workbook/columns'
import { type GridArea, parseA1, toA1 } from './a1-notation'
import type { CallKind, CallLog } from './call-log'
import { describeRule, type FakeDataValidation } from './fake-data-validation'
import {
  createFakeProtection,
  type FakeProtection,
  type ProtectionSnapshot,
  type ProtectionState,
} from './fake-protection'
import { FakeRange } from './fake-range'

/** One cell; a cell never written is DEFAULT_CELL. */
export interface Cell {
  value: CellValue
  formula: string
  note: string
  /** '#rrggbb', or null for no fill (getBackgrounds() reads it as '#ffffff'). */
  background: string | null
  bold: boolean
  validation: FakeDataValidation | null
}

const DEFAULT_CELL: Readonly<Cell> = Object.freeze({
  value: '',
  formula: '',
  note: '',
  background: null,
  bold: false,
  validation: null,
})

/** What a sheet needs of its spreadsheet. */
export interface SheetContext {
  calls: CallLog
  timeZone(): string
  /** Records the active sheet and range, as activate() and insertSheet() change them. */
  select(sheet: FakeSheet, range: FakeRange | null): void
}

interface StoredProtection {
  area: GridArea
  state: ProtectionState
}

/** The default width of a column, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100

export class FakeSheet {
  /** Rows of cells, 0-based; missing rows and cells are empty. */
  private grid: Cell[][] = []
  private maxRows: number
  private maxColumns: number
  private frozenRows = 0
  private readonly widths = new Map<number, number>()
  private readonly protections: StoredProtection[] = []

  constructor(
    private readonly context: SheetContext,
    private name: string,
    size: { rows?: number; columns?: number } = {}
  ) {
    this.maxRows = size.rows ?? 1000
    this.maxColumns = size.columns ?? 26
  }

  /** Counts a call of the code under test. */
  call(method: string, kind: CallKind = 'read'): void {
    this.context.calls.record(`Sheet.${method}`, kind)
  }

  get calls(): CallLog {
    return this.context.calls
  }

  get timeZone(): string {
    return this.context.timeZone()
  }

  getName(): string {
    this.call('getName')
    return this.name
  }

  setName(name: string): FakeSheet {
    this.call('setName', 'write')
    this.name = String(name)
    return this
  }

  getRange(a1Notation: string): FakeRange
  getRange(row: number, column: number, numRows?: number, numColumns?: number): FakeRange
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.call('getRange')
    const area =
      typeof rowOrA1 === 'string'
        ? parseA1(rowOrA1, this.maxRows, this.maxColumns)
        : { row: rowOrA1, column: column ?? Number.NaN, numRows, numColumns }
    this.checkArea(area)
    return new FakeRange(this, area)
  }

  getDataRange(): FakeRange {
    this.call('getDataRange')
    const area = {
      row: 1,
      column: 1,
      numRows: Math.max(this.lastRow(), 1),
      numColumns: Math.max(this.lastColumn(), 1),
    }
    return new FakeRange(this, area)
  }

  getLastRow(): number {
    this.call('getLastRow')
    return this.lastRow()
  }

  getLastColumn(): number {
    this.call('getLastColumn')
    return this.lastColumn()
  }

  getMaxRows(): number {
    this.call('getMaxRows')
    return this.maxRows
  }

  getMaxColumns(): number {
    this.call('getMaxColumns')
    return this.maxColumns
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.call('insertRowsAfter', 'write')
    this.checkInsert(afterPosition, howMany, this.maxRows, 'row')
    const blank = Array.from({ length: howMany }, () => [] as Cell[])
    if (afterPosition < this.grid.length) this.grid.splice(afterPosition, 0, ...blank)
    this.maxRows += howMany
    return this
  }

  /** Deletes rows as Sheets does: the rows below move up, and the sheet has fewer rows. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows', 'write')
    const last = rowPosition + howMany - 1
    if (
      !Number.isInteger(rowPosition) ||
      !Number.isInteger(howMany) ||
      rowPosition < 1 ||
      howMany < 1 ||
      last > this.maxRows
    ) {
      throw new Error('Those rows are out of bounds.')
    }
    if (this.maxRows - howMany <= this.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.')
    }
    this.grid.splice(rowPosition - 1, howMany)
    this.maxRows -= howMany
    // Protected ranges move up with their rows, and shrink by the rows deleted inside them.
    for (const stored of [...this.protections]) {
      const { area } = stored
      const end = area.row + area.numRows - 1
      const inside = Math.max(0, Math.min(end, last) - Math.max(area.row, rowPosition) + 1)
      const above = Math.max(0, Math.min(area.row - 1, last) - rowPosition + 1)
      if (inside === area.numRows) this.protections.splice(this.protections.indexOf(stored), 1)
      else stored.area = { ...area, row: area.row - above, numRows: area.numRows - inside }
    }
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.call('insertColumnsAfter', 'write')
    this.checkInsert(afterPosition, howMany, this.maxColumns, 'column')
    for (const row of this.grid) {
      if (row && afterPosition < row.length) {
        row.splice(
          afterPosition,
          0,
          ...Array.from({ length: howMany }, () => ({ ...DEFAULT_CELL }))
        )
      }
    }
    this.maxColumns += howMany
    return this
  }

  getFrozenRows(): number {
    this.call('getFrozenRows')
    return this.frozenRows
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows', 'write')
    if (!Number.isInteger(rows) || rows < 0 || rows >= this.maxRows) {
      throw new Error(`Sheet.setFrozenRows: cannot freeze ${rows} rows of ${this.maxRows}`)
    }
    this.frozenRows = rows
  }

  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth')
    return this.widths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.call('setColumnWidth', 'write')
    this.setWidths(columnPosition, 1, width)
    return this
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.call('setColumnWidths', 'write')
    this.setWidths(startColumn, numColumns, width)
    return this
  }

  getProtections(type: unknown): FakeProtection<FakeRange>[] {
    this.call('getProtections')
    if (type !== 'RANGE') return []
    return this.protections.map((stored) => this.protectionOf(stored))
  }

  activate(): FakeSheet {
    this.call('activate')
    this.context.select(this, null)
    return this
  }

  // The methods below serve FakeRange and the test's inspection; they are not Apps Script's.

  /** The cell at a 1-based position, never created by reading. */
  cellAt(row: number, column: number): Readonly<Cell> {
    return this.grid[row - 1]?.[column - 1] ?? DEFAULT_CELL
  }

  /** The cell at a 1-based position, created for writing. */
  cellForWrite(row: number, column: number): Cell {
    let cells = this.grid[row - 1]
    if (!cells) {
      for (let index = this.grid.length; index < row; index++) this.grid[index] ??= []
      cells = this.grid[row - 1] as Cell[]
    }
    let cell = cells[column - 1]
    if (!cell) {
      cell = { ...DEFAULT_CELL }
      cells[column - 1] = cell
    }
    return cell
  }

  /** Protects an area, as Range.protect() does. */
  protect(area: GridArea): FakeProtection<FakeRange> {
    const stored: StoredProtection = { area, state: { description: '', warningOnly: false } }
    this.protections.push(stored)
    return this.protectionOf(stored)
  }

  select(range: FakeRange | null): void {
    this.context.select(this, range)
  }

  /** The last row with a value or formula, 0 when there is none. */
  lastRow(): number {
    for (let row = this.grid.length; row > 0; row--) {
      if (this.grid[row - 1]?.some(hasContent)) return row
    }
    return 0
  }

  /** The last column with a value or formula, 0 when there is none. */
  lastColumn(): number {
    let last = 0
    for (const cells of this.grid) {
      if (!cells) continue
      for (let column = cells.length; column > last; column--) {
        if (cells[column - 1] && hasContent(cells[column - 1] as Cell)) {
          last = column
          break
        }
      }
    }
    return last
  }

  /** The name, read without counting a call. */
  get sheetName(): string {
    return this.name
  }

  /** The sheet as plain data: only the cells and settings that differ from a new sheet's. */
  snapshot(): SheetSnapshot {
    const cells: Record<string, CellSnapshot> = {}
    this.grid.forEach((row, rowIndex) => {
      row?.forEach((cell, columnIndex) => {
        const described = describeCell(cell)
        if (described)
          cells[toA1({ row: rowIndex + 1, column: columnIndex + 1, numRows: 1, numColumns: 1 })] =
            described
      })
    })
    return {
      name: this.name,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      frozenRows: this.frozenRows,
      columnWidths: Object.fromEntries([...this.widths].sort(([a], [b]) => a - b)),
      protections: this.protections.map(({ area, state }) => ({ a1: toA1(area), ...state })),
      cells,
    }
  }

  private protectionOf(stored: StoredProtection): FakeProtection<FakeRange> {
    return createFakeProtection(
      () => new FakeRange(this, stored.area),
      stored.state,
      this.context.calls,
      () => {
        const index = this.protections.indexOf(stored)
        if (index !== -1) this.protections.splice(index, 1)
      }
    )
  }

  private setWidths(start: number, count: number, width: number): void {
    if (start < 1 || start + count - 1 > this.maxColumns || !(width >= 0)) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.')
    }
    for (let column = start; column < start + count; column++) this.widths.set(column, width)
  }

  private checkArea(area: GridArea): void {
    const { row, column, numRows, numColumns } = area
    if (![row, column, numRows, numColumns].every(Number.isInteger)) {
      throw new Error('Sheet.getRange: row, column and sizes must be whole numbers')
    }
    if (row < 1) throw new Error('The starting row of the range is too small.')
    if (column < 1) throw new Error('The starting column of the range is too small.')
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.')
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.')
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.')
    }
  }

  private checkInsert(after: number, howMany: number, max: number, what: string): void {
    if (!Number.isInteger(after) || after < 0 || after > max) {
      throw new Error(`Those ${what}s are out of bounds.`)
    }
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw new Error(`The number of ${what}s to insert must be at least 1.`)
    }
  }
}

function hasContent(cell: Cell): boolean {
  return cell.formula !== '' || cell.value !== ''
}

/** A cell as plain data; only what differs from an empty cell. */
export interface CellSnapshot {
  value?: CellValue
  formula?: string
  note?: string
  background?: string
  bold?: true
  validation?: { values: string[]; allowInvalid: boolean }
}

function describeCell(cell: Cell): CellSnapshot | null {
  const described: CellSnapshot = {}
  if (cell.value !== '') described.value = cell.value
  if (cell.formula) described.formula = cell.formula
  if (cell.note) described.note = cell.note
  if (cell.background) described.background = cell.background
  if (cell.bold) described.bold = true
  if (cell.validation) {
    const { values, allowInvalid } = describeRule(cell.validation)
    described.validation = { values, allowInvalid }
  }
  return Object.keys(described).length > 0 ? described : null
}

/** A sheet as plain data, to compare before and after. */
export interface SheetSnapshot {
  name: string
  maxRows: number
  maxColumns: number
  frozenRows: number
  columnWidths: Record<number, number>
  protections: ProtectionSnapshot[]
  cells: Record<string, CellSnapshot>
}
