// "Check the spreadsheet": every tab through its schema, problem cells marked with a note and a
// fill, marks of fixed cells taken away; each tab read once and marked in one batch.
import { t } from '../../../shared/i18n/catalogue'
import type { CellMark, TabContent, Workbook } from '../workbook/workbook'
import { WorkbookError } from '../workbook/workbook'
import { ActionError, type ActionProblem } from './action-error'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'
import { CHECKED_TABS, type CheckedTab, checkTab, type RowProblem } from './tab-check'

/** The most problems a report lists; the marks in the sheet show all of them. */
export const MAX_PROBLEMS_LISTED = 500

/** One tab's outcome. */
export interface TabSummary {
  tab: CheckedTab
  /** Rows that hold something. */
  rows: number
  problems: number
  /** The tab does not exist. */
  missing: boolean
}

/** What "Check the spreadsheet" found; plain JSON for the sidebar. */
export interface ValidationReport {
  message: string
  /** No problem anywhere. */
  valid: boolean
  problemCount: number
  /** The problems in tab and row order, at most MAX_PROBLEMS_LISTED of them. */
  problems: ActionProblem[]
  tabs: TabSummary[]
  /** When the check ran (ISO 8601). */
  checkedAt: string
}

function markedHeader(problem: RowProblem, content: TabContent): string {
  if (problem.column !== null && content.headers.includes(problem.column)) return problem.column
  return content.headers.find((header) => header !== '') ?? ''
}

function remark(workbook: Workbook, tab: CheckedTab, content: TabContent, problems: RowProblem[]) {
  workbook.clearMarks(tab)
  const marks: CellMark[] = []
  for (const problem of problems) {
    if (problem.row === null) continue
    const header = markedHeader(problem, content)
    if (header !== '') marks.push({ rowNumber: problem.row, header, message: problem.message })
  }
  if (marks.length > 0) workbook.markCells(tab, marks)
}

/**
 * Checks every tab of CHECKED_TABS and marks what is wrong; a tab that is missing is a problem
 * too, not a stop. Call it holding the lock (it writes the marks).
 *
 * @example
 * validateWorkbook(host).problems[0]
 * // { tab: 'Events', row: 14, column: 'Start date', message: 'Start date: …', severity: 'error' }
 */
export function validateWorkbook(host: ActionHost): ValidationReport {
  const { workbook, locale } = host
  const timeZone = workbook.spreadsheetTimeZone()
  const problems: ActionProblem[] = []
  const tabs: TabSummary[] = []
  for (const tab of CHECKED_TABS) {
    let content: TabContent
    try {
      content = workbook.readTab(tab)
    } catch (error) {
      if (!(error instanceof WorkbookError && error.key === 'workbook.error.missingTab'))
        throw error
      problems.push({
        tab,
        row: null,
        column: null,
        message: error.localized(locale),
        severity: 'error',
      })
      tabs.push({ tab, rows: 0, problems: 1, missing: true })
      continue
    }
    const check = checkTab(tab, content, { timeZone, locale })
    remark(workbook, tab, content, check.problems)
    const sorted = [...check.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    for (const problem of sorted) problems.push({ tab, ...problem, severity: 'error' })
    tabs.push({ tab, rows: check.rows, problems: check.problems.length, missing: false })
  }
  const rows = tabs.reduce((sum, tab) => sum + tab.rows, 0)
  return {
    message:
      problems.length === 0
        ? t(locale, 'actions.validate.clean', { rows, tabs: tabs.length })
        : t(locale, 'actions.validate.found', { count: problems.length }),
    valid: problems.length === 0,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_PROBLEMS_LISTED),
    tabs,
    checkedAt: host.now().toISOString(),
  }
}

/**
 * The menu and sidebar action: validateWorkbook under the lock, with a toast.
 *
 * @example
 * export function validateSpreadsheet() { return runValidation(appsScriptActionHost()) }
 */
export function runValidation(host: ActionHost): ActionResult<ValidationReport> {
  return runAction(host, { title: 'actions.menu.validate', lock: true }, () =>
    validateWorkbook(host)
  )
}

/** Where "go to the problem" put the cursor. */
export interface SelectedCell {
  message: string
  tab: string
  row: number
  column: string | null
}

/**
 * Activates the cell of a problem the sidebar lists (tab, row, column header), so that staff
 * land on it. Changes nothing and shows no toast.
 *
 * @example
 * runSelectCell(host, 'Events', 14, 'Start date') // { ok: true, tab: 'Events', row: 14, ... }
 */
export function runSelectCell(
  host: ActionHost,
  tab: unknown,
  row: unknown,
  column: unknown
): ActionResult<SelectedCell> {
  return runAction(host, { title: 'actions.menu.validate', lock: false, toast: false }, () => {
    const validColumn = column === null || column === undefined || typeof column === 'string'
    if (
      typeof tab !== 'string' ||
      tab === '' ||
      !Number.isInteger(row) ||
      (row as number) < 1 ||
      !validColumn
    )
      throw new ActionError('invalid-input', 'actions.select.badAddress')
    const address = {
      tab,
      row: row as number,
      column: (column as string | null | undefined) ?? null,
    }
    if (!host.cells.select(address))
      throw new ActionError('invalid-input', 'actions.select.noCell', {
        tab,
        row: address.row,
        column: address.column ?? '',
      })
    return { message: '', ...address }
  })
}
