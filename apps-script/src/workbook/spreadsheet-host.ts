// The slice of SpreadsheetApp and LockService the workbook adapter uses. Apps Script's globals
// fit it, and so do the in-memory fakes in ../testing.
import type { CellValue } from './workbook'

/** A built data validation rule (opaque to the adapter). */
export type HostDataValidation = object

export interface HostDataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): HostDataValidationBuilder
  setAllowInvalid(allowInvalid: boolean): HostDataValidationBuilder
  build(): HostDataValidation
}

export interface HostProtection {
  setDescription(description: string): HostProtection
  setWarningOnly(warningOnly: boolean): HostProtection
  getRange(): HostRange
}

export interface HostRange {
  getValues(): CellValue[][]
  setValues(values: CellValue[][]): HostRange
  getFormulas(): string[][]
  getNotes(): string[][]
  setNotes(notes: (string | null)[][]): HostRange
  getBackgrounds(): string[][]
  setBackgrounds(colors: (string | null)[][]): HostRange
  setFontWeight(fontWeight: 'bold' | 'normal' | null): HostRange
  getDataValidations(): (HostDataValidation | null)[][]
  setDataValidation(rule: HostDataValidation | null): HostRange
  protect(): HostProtection
  getRow(): number
  getNumRows(): number
  getNumColumns(): number
}

export interface HostSheet {
  getRange(row: number, column: number, numRows: number, numColumns: number): HostRange
  getRange(a1Notation: string): HostRange
  getDataRange(): HostRange
  getLastRow(): number
  getLastColumn(): number
  getMaxRows(): number
  getMaxColumns(): number
  insertRowsAfter(afterPosition: number, howMany: number): HostSheet
  deleteRows(rowPosition: number, howMany: number): void
  insertColumnsAfter(afterPosition: number, howMany: number): HostSheet
  getFrozenRows(): number
  setFrozenRows(rows: number): void
  setColumnWidths(startColumn: number, numColumns: number, width: number): HostSheet
  getProtections(type: unknown): HostProtection[]
}

export interface HostSpreadsheet {
  getSheetByName(name: string): HostSheet | null
  getSheets(): HostSheet[]
  insertSheet(sheetName: string, sheetIndex: number): HostSheet
  getSpreadsheetTimeZone(): string
  toast(message: string, title: string): void
}

export interface HostSpreadsheetApp {
  getActiveSpreadsheet(): HostSpreadsheet
  newDataValidation(): HostDataValidationBuilder
  ProtectionType: { RANGE: unknown }
}

export interface HostLock {
  tryLock(timeoutInMillis: number): boolean
  releaseLock(): void
}

export interface HostLockService {
  getDocumentLock(): HostLock | null
}

/** The globals the workbook adapter needs. */
export interface WorkbookHost {
  SpreadsheetApp: HostSpreadsheetApp
  LockService: HostLockService
}
