// The workbook as the add-on's actions see it: tabs of rows read and written as plain data.
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { CellValue, TabDefinition } from '../../../shared/workbook/columns'

export type { CellValue }

/** One row of a tab: its number in the sheet (row 1 is the header) and its cells by header. */
export interface TabRow {
  rowNumber: number
  cells: Record<string, CellValue>
}

/** A tab as read: its headers in sheet order ('' for a column without one) and its rows. */
export interface TabContent {
  headers: string[]
  rows: TabRow[]
}

/** A value to write into the cell of `header` in row `rowNumber`. */
export interface CellUpdate {
  rowNumber: number
  header: string
  value: CellValue
}

/** A problem to show on a cell: a note and a fill that `clearMarks` takes away again. */
export interface CellMark {
  rowNumber: number
  header: string
  message: string
}

/** Where `upsertRows` put each row. */
export interface UpsertResult {
  updated: number[]
  appended: number[]
}

/** What `ensureTab` changed; all empty or false when the tab was already as defined. */
export interface EnsureTabResult {
  created: boolean
  /** Headers written into row 1, in order (all of them for a new or empty tab). */
  headersAdded: string[]
  /** Headers of the list columns that got their drop-down. */
  dropdownsAdded: string[]
  frozeHeader: boolean
  protectedHeader: boolean
}

export interface EnsureTabOptions {
  /** The description of the header row's protection, in the user's language. */
  protectionDescription?: string
}

/**
 * The workbook, in plain data. Every write goes in as a person would type it (Sheets turns
 * '=…' into a formula and '0042' into a number), so values from outside must come through
 * `recordToRow` or `sheetText` from shared/workbook. Errors a person should read are
 * `WorkbookError`s; on any error nothing has been written.
 */
export interface Workbook {
  /** The spreadsheet's time zone, in which its date cells are read (for `rowToRecord`). */
  spreadsheetTimeZone(): string
  /**
   * The tab's headers and rows, read with one getValues(). Columns may be in any order and
   * staff's extra columns come along; rows with no value under any header are skipped.
   */
  readTab(name: string): TabContent
  /** Writes cells of existing rows, one setValues() per rectangle of updated cells. */
  writeCells(name: string, updates: readonly CellUpdate[]): void
  /** Adds rows after the last one, in one setValues(); returns their row numbers. */
  appendRows(name: string, rows: readonly Readonly<Record<string, CellValue>>[]): number[]
  /**
   * Updates the rows whose `keyHeader` cell matches a row's (the first such row), appends the
   * others: one setValues() for the updates and one for the new rows. Only the given cells
   * change: the cells between them, inside the rectangle the update spans, are written back
   * as they were (formulas as formulas, text as text). A cell an array formula fills from
   * elsewhere would be overwritten, so keep such formulas out of the columns being updated.
   * Rows given twice with one key are merged, the later cells winning.
   */
  upsertRows(
    name: string,
    keyHeader: string,
    rows: readonly Readonly<Record<string, CellValue>>[]
  ): UpsertResult
  /**
   * Deletes whole rows (row 1, the header, never), the rows below moving up as they do in
   * Sheets: one deleteRows() per run of consecutive rows, from the bottom up, so the numbers
   * given are the rows as they were before the call. Row numbers read earlier for rows below
   * a deleted one are stale afterwards. Nothing is deleted when a number is outside the data.
   */
  deleteRows(name: string, rowNumbers: readonly number[]): void
  /** Notes and fills problem cells, in one setNotes() and one setBackgrounds(). */
  markCells(name: string, marks: readonly CellMark[]): void
  /** Takes away every mark `markCells` made, leaving staff's own notes and fills. */
  clearMarks(name: string): void
  /**
   * Creates the tab if missing and completes it: headers written if row 1 is empty, missing
   * columns added at the right end (never moving or deleting staff's columns or data), the
   * header row bold, frozen and protected (warning only), drop-downs on list columns that have
   * none, widths for the columns it adds.
   */
  ensureTab(definition: TabDefinition, options?: EnsureTabOptions): EnsureTabResult
  /** Runs `action` holding the document's lock; throws a 'busy' WorkbookError when taken. */
  withLock<T>(action: () => T): T
  /** Shows a short message in the corner of the spreadsheet. */
  toast(message: string, title: string): void
}

/** The messages a WorkbookError can carry. */
export type WorkbookErrorKey = Extract<MessageKey, `workbook.error.${string}`>

/**
 * An error a person can act on, in any language: the message key and its parameters.
 *
 * @example
 * catch (error) { if (error instanceof WorkbookError) alert(error.localized('es')) }
 */
export class WorkbookError extends Error {
  constructor(
    readonly key: WorkbookErrorKey,
    readonly params: MessageParams
  ) {
    super(t('en', key, params))
    this.name = 'WorkbookError'
  }

  /** The message in `locale`. */
  localized(locale: Locale): string {
    return t(locale, this.key, this.params)
  }
}

/**
 * Headers as messages quote them: 'Start date', 'End date'.
 *
 * @example
 * quoteHeaders(['Start date', 'End date']) // "'Start date', 'End date'"
 */
export function quoteHeaders(headers: readonly string[]): string {
  return headers.map((header) => `'${header}'`).join(', ')
}
