// In-memory stand-in for the active Spreadsheet and the SpreadsheetApp calls that reach it,
// with inspection helpers for tests (which do not count as calls).
import type { CellValue } from '../../../shared/workbook/columns'
import { isDate } from '../../../shared/workbook/zoned-date'
import { toA1 } from './a1-notation'
import type { CallLog } from './call-log'
import { type FakeDataValidationBuilder, newFakeDataValidation } from './fake-data-validation'
import type { FakeRange } from './fake-range'
import { FakeSheet, type SheetContext, type SheetSnapshot } from './fake-sheet'

/** A toast the code under test showed. */
export interface RecordedToast {
  message: string
  title: string
}

/** What the user has selected: a sheet and, after Range.activate(), a range in it. */
export interface Selection {
  sheet: string
  a1: string | null
}

export interface FakeSpreadsheetOptions {
  /** The spreadsheet's time zone (File > Settings); America/Montevideo unless given. */
  timeZone?: string
  /**
   * Sheets to start with, each as rows of values stored exactly as given (no reading of typed
   * text: '=x' stays text here). Without it the spreadsheet has one empty 'Sheet1'.
   */
  sheets?: Record<string, CellValue[][]>
}

export class FakeSpreadsheet {
  private readonly sheets: FakeSheet[] = []
  private timeZone: string
  private selection: { sheet: FakeSheet; range: FakeRange | null } | null = null
  /** Toasts shown, in order. */
  readonly toasts: RecordedToast[] = []
  private readonly context: SheetContext

  constructor(
    private readonly calls: CallLog,
    options: FakeSpreadsheetOptions = {}
  ) {
    this.timeZone = options.timeZone ?? 'America/Montevideo'
    this.context = {
      calls,
      timeZone: () => this.timeZone,
      select: (sheet, range) => {
        this.selection = { sheet, range }
      },
    }
    const initial = options.sheets ?? { Sheet1: [] }
    for (const [name, rows] of Object.entries(initial)) this.seed(name, rows)
    if (this.sheets[0]) this.selection = { sheet: this.sheets[0], range: null }
  }

  getSheetByName(name: string): FakeSheet | null {
    this.calls.record('Spreadsheet.getSheetByName', 'read')
    return this.find(name) ?? null
  }

  getSheets(): FakeSheet[] {
    this.calls.record('Spreadsheet.getSheets', 'read')
    return [...this.sheets]
  }

  /**
   * Adds a sheet, as Apps Script's insertSheet() overloads do: (), (index), (name) or
   * (name, index). The new sheet becomes the active one.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    this.calls.record('Spreadsheet.insertSheet', 'write')
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.nextDefaultName()
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length)
    if (this.find(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`)
    }
    if (!Number.isInteger(position) || position < 0 || position > this.sheets.length) {
      throw new Error(`Spreadsheet.insertSheet: there is no position ${position}`)
    }
    const sheet = new FakeSheet(this.context, name)
    this.sheets.splice(position, 0, sheet)
    this.selection = { sheet, range: null }
    return sheet
  }

  getSpreadsheetTimeZone(): string {
    this.calls.record('Spreadsheet.getSpreadsheetTimeZone', 'read')
    return this.timeZone
  }

  getActiveSheet(): FakeSheet | null {
    this.calls.record('Spreadsheet.getActiveSheet', 'read')
    return this.selection?.sheet ?? null
  }

  toast(message: string, title = '', _timeoutSeconds?: number | null): void {
    // A toast changes nothing in the spreadsheet; it is counted with the reads.
    this.calls.record('Spreadsheet.toast', 'read')
    this.toasts.push({ message: String(message), title: String(title) })
  }

  // Inspection and set-up for tests: not Apps Script's, and not counted as calls.

  /** Changes the zone, as File > Settings would. */
  setTimeZoneForTest(timeZone: string): void {
    this.timeZone = timeZone
  }

  /** Adds a sheet holding `rows` exactly as given. */
  seed(name: string, rows: CellValue[][]): FakeSheet {
    const sheet = new FakeSheet(this.context, name)
    this.sheets.push(sheet)
    rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value === '') return
        sheet.cellForWrite(r + 1, c + 1).value = isDate(value) ? new Date(value.getTime()) : value
      })
    })
    return sheet
  }

  /** The sheet called `name`, without counting a call; throws when there is none. */
  sheet(name: string): FakeSheet {
    const sheet = this.find(name)
    if (!sheet) throw new Error(`The fake spreadsheet has no sheet '${name}'`)
    return sheet
  }

  /** The names of the sheets, in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.sheetName)
  }

  /** What getDataRange().getValues() would return, without counting calls. */
  values(name: string): CellValue[][] {
    const sheet = this.sheet(name)
    const rows = Math.max(sheet.lastRow(), 1)
    const columns = Math.max(sheet.lastColumn(), 1)
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const value = sheet.cellAt(r + 1, c + 1).value
        return isDate(value) ? new Date(value.getTime()) : value
      })
    )
  }

  /** The selected sheet and range, as the user sees them. */
  selected(): Selection | null {
    if (!this.selection) return null
    const { sheet, range } = this.selection
    return { sheet: sheet.sheetName, a1: range ? toA1(range.gridArea) : null }
  }

  /** Every sheet as plain data, to compare before and after. */
  snapshot(): SheetSnapshot[] {
    return this.sheets.map((sheet) => sheet.snapshot())
  }

  private find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.sheetName === name)
  }

  private nextDefaultName(): string {
    let number = this.sheets.length + 1
    while (this.find(`Sheet${number}`)) number++
    return `Sheet${number}`
  }
}

/** The enum Apps Script passes to getProtections(). */
export const FAKE_PROTECTION_TYPE = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const)

/** The spreadsheet part of the fake `SpreadsheetApp` global. */
export interface FakeSpreadsheetApp {
  getActiveSpreadsheet(): FakeSpreadsheet
  getActive(): FakeSpreadsheet
  newDataValidation(): FakeDataValidationBuilder
  ProtectionType: typeof FAKE_PROTECTION_TYPE
}

/**
 * The spreadsheet calls of `SpreadsheetApp`, over one fake spreadsheet.
 *
 * @example
 * const app = createFakeSpreadsheetApp(spreadsheet, calls)
 * app.getActiveSpreadsheet().insertSheet('Events')
 */
export function createFakeSpreadsheetApp(
  spreadsheet: FakeSpreadsheet,
  calls: CallLog
): FakeSpreadsheetApp {
  return {
    getActiveSpreadsheet() {
      calls.record('SpreadsheetApp.getActiveSpreadsheet', 'read')
      return spreadsheet
    },
    getActive() {
      calls.record('SpreadsheetApp.getActive', 'read')
      return spreadsheet
    },
    newDataValidation() {
      calls.record('SpreadsheetApp.newDataValidation', 'read')
      return newFakeDataValidation(calls)
    },
    ProtectionType: FAKE_PROTECTION_TYPE,
  }
}
