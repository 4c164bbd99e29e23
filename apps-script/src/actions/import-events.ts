// "Import events": a raw calendar table (the Import tab, or a CSV file the sidebar read into
// rows) through the shared calendar import, new events appended to Events, problems reported.
import { importCalendarTable } from '../../../shared/calendar-import/import-calendar-rows'
import type { ImportProblem } from '../../../shared/calendar-import/problems'
import { tableFromRows } from '../../../shared/calendar-import/table-cells'
import { t } from '../../../shared/i18n/catalogue'
import { recordToRow } from '../../../shared/workbook/tabs'
import { clockTimeInZone, isDate, isoDateInZone } from '../../../shared/workbook/zoned-date'
import { type CellMark, type CellValue, type TabContent, WorkbookError } from '../workbook/workbook'
import { ActionError, type ActionProblem } from './action-error'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'

/** The tab staff paste a calendar into, header row first. */
export const IMPORT_TAB = 'Import'

/** The most rows a table from the sidebar may have. */
export const MAX_TABLE_ROWS = 20_000

/**
 * Where the table comes from: nothing for the Import tab; else a CSV file the sidebar parsed
 * in the browser (the add-on bundles no CSV parser): its rows, header first, and the rows
 * whose quotes never close, as shared/calendar-import/read-table.ts's readTable gives them.
 *
 * @example
 * const { rows, unclosedQuoteRows } = readTable(await file.text())
 * google.script.run.importEvents({ table: rows, unclosedQuoteRows })
 */
export interface ImportRequest {
  table?: (string | number | boolean | null)[][]
  unclosedQuoteRows?: number[]
}

export type ImportSource = 'sheet' | 'file'

/** What the import did; plain JSON for the sidebar. */
export interface ImportReport {
  message: string
  source: ImportSource
  /** Events read without errors. */
  read: number
  /** Events appended to Events, and their ids. */
  added: number
  addedIds: string[]
  /** Events read whose id Events already has: left as they are there. */
  alreadyThere: number
  errors: number
  warnings: number
  /** Every problem; `tab` is 'Import' for the Import tab, null for a file. */
  problems: ActionProblem[]
}

type Table = (string | number | boolean)[][]

// The fields of the event object Apps Script may pass to a function run from the menu.
const TRIGGER_EVENT_KEYS = ['authMode', 'triggerUid', 'user', 'source', 'range', 'value']

// The calendar import reads dates as text or numbers; a Date cell is written as the
// spreadsheet shows it, in its own zone, so nothing depends on the script's zone.
function cellText(value: CellValue, timeZone: string): string | number | boolean {
  if (!isDate(value)) return value
  if (Number.isNaN(value.getTime())) return ''
  const date = isoDateInZone(value, timeZone)
  return date === '1899-12-30' ? clockTimeInZone(value, timeZone) : date
}

function tableFromTab(content: TabContent, timeZone: string): Table {
  const last = content.rows[content.rows.length - 1]?.rowNumber ?? 1
  const table: Table = Array.from({ length: last }, () => [])
  table[0] = [...content.headers]
  for (const row of content.rows)
    table[row.rowNumber - 1] = content.headers.map((header) =>
      header === '' ? '' : cellText(row.cells[header] ?? '', timeZone)
    )
  return table
}

function isCell(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/** What the import reads: the table, and the rows a CSV parser could not close. */
interface ImportInput {
  source: ImportSource
  rows: Table
  unclosedQuoteRows: number[]
}

const isRowNumber = (value: unknown) => Number.isInteger(value) && (value as number) >= 1

/** The request as the sidebar sent it, checked; null means "read the Import tab". */
function readRequest(request: unknown): ImportInput | null {
  if (request === undefined || request === null) return null
  if (typeof request !== 'object' || Array.isArray(request))
    throw new ActionError('invalid-input', 'actions.import.badRequest')
  const { table, unclosedQuoteRows = [] } = request as Record<string, unknown>
  if (table === undefined) {
    // A menu click may pass an event object: it asks for the Import tab. Anything else is a mistake.
    if (Object.keys(request).some((key) => !TRIGGER_EVENT_KEYS.includes(key)))
      throw new ActionError('invalid-input', 'actions.import.badRequest')
    return null
  }
  const valid =
    Array.isArray(table) &&
    table.every((row) => Array.isArray(row) && (row as unknown[]).every(isCell)) &&
    Array.isArray(unclosedQuoteRows) &&
    unclosedQuoteRows.every(isRowNumber)
  if (!valid) throw new ActionError('invalid-input', 'actions.import.badRequest')
  if (table.length > MAX_TABLE_ROWS)
    throw new ActionError('invalid-input', 'actions.import.tooManyRows', { limit: MAX_TABLE_ROWS })
  return {
    source: 'file',
    rows: (table as unknown[][]).map((row) =>
      row.map((cell) => (cell === null ? '' : cell))
    ) as Table,
    unclosedQuoteRows: unclosedQuoteRows as number[],
  }
}

function readImportTab(host: ActionHost): { content: TabContent; table: Table } {
  try {
    const content = host.workbook.readTab(IMPORT_TAB)
    return { content, table: tableFromTab(content, host.workbook.spreadsheetTimeZone()) }
  } catch (error) {
    if (error instanceof WorkbookError && error.key === 'workbook.error.missingTab')
      throw new ActionError('missing-tab', 'actions.import.noImportTab', { tab: IMPORT_TAB })
    throw error
  }
}

function isEmptyTable(rows: Table): boolean {
  return !rows.some((row) => row.some((cell) => String(cell).trim() !== ''))
}

function markImportTab(host: ActionHost, content: TabContent, problems: readonly ImportProblem[]) {
  const first = content.headers.find((header) => header !== '')
  const marks: CellMark[] = []
  for (const problem of problems) {
    const header =
      problem.column !== null && content.headers.includes(problem.column) ? problem.column : first
    if (header) marks.push({ rowNumber: problem.row, header, message: problem.message })
  }
  host.workbook.clearMarks(IMPORT_TAB)
  if (marks.length > 0) host.workbook.markCells(IMPORT_TAB, marks)
}

/**
 * Imports a calendar table into Events: every event the shared import reads without error and
 * whose id Events does not have yet is appended (recordToRow, so text from outside stays
 * text); importing the same data again adds nothing. In the Import tab, problem cells are
 * marked. Call it holding the lock.
 *
 * @example
 * importEvents(host, { table: [['Event Name', 'Date'], ['CaribNOG 25', '3/26/23']] }).addedIds
 * // ['caribnog-25-2023-03-26']
 */
export function importEvents(host: ActionHost, request?: unknown): ImportReport {
  const { workbook, locale } = host
  const fromRequest = readRequest(request)
  const sheet = fromRequest ? null : readImportTab(host)
  const input: ImportInput = fromRequest ?? {
    source: 'sheet',
    rows: (sheet as { table: Table }).table,
    unclosedQuoteRows: [],
  }
  const { source } = input
  if (isEmptyTable(input.rows))
    throw new ActionError(
      'empty',
      source === 'sheet' ? 'actions.import.emptyTab' : 'actions.import.emptyFile',
      { tab: IMPORT_TAB }
    )

  const table = { ...tableFromRows(input.rows), unclosedQuoteRows: input.unclosedQuoteRows }
  const result = importCalendarTable(table, { locale })
  const existing = new Set(
    workbook.readTab('Events').rows.map((row) => String(row.cells.ID ?? '').trim())
  )
  const fresh = result.events.filter((event) => {
    if (existing.has(event.id)) return false
    existing.add(event.id)
    return true
  })
  workbook.appendRows(
    'Events',
    fresh.map((event) => recordToRow('Events', event))
  )
  if (sheet) markImportTab(host, sheet.content, result.problems)

  const errors = result.problems.filter((problem) => problem.severity === 'error').length
  const warnings = result.problems.length - errors
  const alreadyThere = result.events.length - fresh.length
  return {
    message: t(locale, 'actions.import.done', {
      added: fresh.length,
      existing: alreadyThere,
      errors,
      warnings,
    }),
    source,
    read: result.events.length,
    added: fresh.length,
    addedIds: fresh.map((event) => event.id),
    alreadyThere,
    errors,
    warnings,
    problems: result.problems.map((problem) => ({
      tab: sheet ? IMPORT_TAB : null,
      row: problem.row,
      column: problem.column,
      message: problem.message,
      severity: problem.severity,
    })),
  }
}

/**
 * The menu and sidebar action: importEvents under the lock, with a toast.
 *
 * @example
 * export function importEvents(request) { return runImportEvents(appsScriptActionHost(), request) }
 */
export function runImportEvents(host: ActionHost, request?: unknown): ActionResult<ImportReport> {
  return runAction(host, { title: 'actions.menu.importEvents', lock: true }, () =>
    importEvents(host, request)
  )
}
