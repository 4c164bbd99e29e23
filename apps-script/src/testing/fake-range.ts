// In-memory stand-in for a Range: reads and writes a rectangle of a FakeSheet's cells, with the
// shape checks and the reading of typed text that Apps Script applies.
import type { CellValue } from '../../../shared/workbook/columns'
import { isDate } from '../../../shared/workbook/zoned-date'
import { type GridArea, toA1 } from './a1-notation'
import { enteredValue } from './entered-value'
import type { FakeDataValidation } from './fake-data-validation'
import type { FakeProtection } from './fake-protection'
import type { Cell, FakeSheet } from './fake-sheet'

const WHITE = '#ffffff'
const COLOR = /^#[0-9a-f]{6}$/i

function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly area: GridArea
  ) {}

  /** The area, read without counting a call (for the fake's own inspection). */
  get gridArea(): GridArea {
    return { ...this.area }
  }

  getA1Notation(): string {
    this.read('getA1Notation')
    return toA1(this.area)
  }

  getRow(): number {
    this.read('getRow')
    return this.area.row
  }

  getColumn(): number {
    this.read('getColumn')
    return this.area.column
  }

  getNumRows(): number {
    this.read('getNumRows')
    return this.area.numRows
  }

  getNumColumns(): number {
    this.read('getNumColumns')
    return this.area.numColumns
  }

  getLastRow(): number {
    this.read('getLastRow')
    return this.area.row + this.area.numRows - 1
  }

  getLastColumn(): number {
    this.read('getLastColumn')
    return this.area.column + this.area.numColumns - 1
  }

  getSheet(): FakeSheet {
    this.read('getSheet')
    return this.sheet
  }

  /** Values as Apps Script returns them: '' for empty cells, a placeholder for formulas. */
  getValues(): CellValue[][] {
    this.read('getValues')
    return this.map((cell) => copyValue(cell.value))
  }

  getValue(): CellValue {
    this.read('getValue')
    return copyValue(this.sheet.cellAt(this.area.row, this.area.column).value)
  }

  /** Writes each value as if typed: '=…' is a formula, "'…" text, '0042' a number. */
  setValues(values: unknown[][]): FakeRange {
    this.write('setValues')
    this.checkShape(values)
    this.store(values, (cell, value) => this.enter(cell, value))
    return this
  }

  setValue(value: unknown): FakeRange {
    this.write('setValue')
    this.fill((cell) => this.enter(cell, value))
    return this
  }

  getFormulas(): string[][] {
    this.read('getFormulas')
    return this.map((cell) => cell.formula)
  }

  getFormula(): string {
    this.read('getFormula')
    return this.sheet.cellAt(this.area.row, this.area.column).formula
  }

  clearContent(): FakeRange {
    this.write('clearContent')
    this.fill((cell) => {
      cell.value = ''
      cell.formula = ''
    })
    return this
  }

  getNotes(): string[][] {
    this.read('getNotes')
    return this.map((cell) => cell.note)
  }

  getNote(): string {
    this.read('getNote')
    return this.sheet.cellAt(this.area.row, this.area.column).note
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    this.write('setNotes')
    this.checkShape(notes)
    this.store(notes, (cell, note) => {
      cell.note = note === null || note === undefined ? '' : String(note)
    })
    return this
  }

  setNote(note: string | null): FakeRange {
    this.write('setNote')
    this.fill((cell) => {
      cell.note = note === null ? '' : String(note)
    })
    return this
  }

  /** Backgrounds as '#rrggbb'; a cell with no fill reads as white, as in Apps Script. */
  getBackgrounds(): string[][] {
    this.read('getBackgrounds')
    return this.map((cell) => cell.background ?? WHITE)
  }

  getBackground(): string {
    this.read('getBackground')
    return this.sheet.cellAt(this.area.row, this.area.column).background ?? WHITE
  }

  /** Sets fills; null removes a fill. */
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.write('setBackgrounds')
    this.checkShape(colors)
    for (const row of colors) for (const color of row) checkColor(color)
    this.store(colors, (cell, color) => {
      cell.background = color === null ? null : String(color).toLowerCase()
    })
    return this
  }

  setBackground(color: string | null): FakeRange {
    this.write('setBackground')
    checkColor(color)
    this.fill((cell) => {
      cell.background = color === null ? null : color.toLowerCase()
    })
    return this
  }

  getFontWeights(): ('bold' | 'normal')[][] {
    this.read('getFontWeights')
    return this.map((cell) => (cell.bold ? 'bold' : 'normal'))
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): FakeRange {
    this.write('setFontWeight')
    this.fill((cell) => {
      cell.bold = fontWeight === 'bold'
    })
    return this
  }

  getDataValidation(): FakeDataValidation | null {
    this.read('getDataValidation')
    return this.sheet.cellAt(this.area.row, this.area.column).validation
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.read('getDataValidations')
    return this.map((cell) => cell.validation)
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.write('setDataValidation')
    this.fill((cell) => {
      cell.validation = rule
    })
    return this
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this.write('setDataValidations')
    this.checkShape(rules)
    this.store(rules, (cell, rule) => {
      cell.validation = rule ?? null
    })
    return this
  }

  protect(): FakeProtection<FakeRange> {
    this.write('protect')
    return this.sheet.protect(this.area)
  }

  /** Selects the range (and its sheet), as a user would see it. */
  activate(): FakeRange {
    this.read('activate')
    this.sheet.select(this)
    return this
  }

  private read(method: string): void {
    this.sheet.calls.record(`Range.${method}`, 'read')
  }

  private write(method: string): void {
    this.sheet.calls.record(`Range.${method}`, 'write')
  }

  private enter(cell: Cell, value: unknown): void {
    const stored = enteredValue(value, this.sheet.timeZone)
    cell.value = stored.value
    cell.formula = stored.formula
  }

  private map<T>(pick: (cell: Readonly<Cell>) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => pick(this.sheet.cellAt(row + r, column + c)))
    )
  }

  private fill(change: (cell: Cell) => void): void {
    const { row, column, numRows, numColumns } = this.area
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numColumns; c++) change(this.sheet.cellForWrite(row + r, column + c))
  }

  private store<T>(data: T[][], change: (cell: Cell, value: T) => void): void {
    const { row, column } = this.area
    data.forEach((values, r) => {
      values.forEach((value, c) => {
        change(this.sheet.cellForWrite(row + r, column + c), value)
      })
    })
  }

  /** Throws as Apps Script does when a 2-D array does not fit the range. */
  private checkShape(data: unknown): void {
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      throw new Error(
        "The parameters (String) don't match the method signature: expected a 2-D array (Object[][])."
      )
    }
    const { numRows, numColumns } = this.area
    if (data.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`
      )
    }
    const wrong = (data as unknown[][]).find((row) => row.length !== numColumns)
    if (wrong) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${wrong.length} but the range has ${numColumns}.`
      )
    }
  }
}

function checkColor(color: unknown): void {
  if (color !== null && !(typeof color === 'string' && COLOR.test(color))) {
    throw new Error(`Range.setBackground: '${String(color)}' is not a color such as #fce8e6`)
  }
}
