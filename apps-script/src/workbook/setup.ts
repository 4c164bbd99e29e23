// "Set up this spreadsheet": makes the spreadsheet the LACRALO Dashboard workbook, adding what is
// missing and never moving or deleting what staff have.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { COUNTRIES } from '../../../shared/reference/countries'
import type { CellValue } from '../../../shared/workbook/columns'
import { settingRows } from '../../../shared/workbook/settings-rows'
import { recordToRow, type TabName, workbookTabs } from '../../../shared/workbook/tabs'
import { quoteHeaders, type Workbook, WorkbookError } from './workbook'

/** What setting up changed, and the same in the user's language, for the sidebar. */
export interface SetupReport {
  tabsCreated: TabName[]
  /** Columns added to tabs that already existed (at their right end). */
  columnsAdded: { tab: TabName; headers: string[] }[]
  /** Tabs filled with their starting rows because they were empty. */
  rowsFilled: { tab: TabName; rows: number }[]
  /** False when the spreadsheet was already set up and nothing was written. */
  changed: boolean
  /** One sentence per change, in the user's language. */
  lines: string[]
}

type StartingRows = (locale: Locale) => Record<string, CellValue>[]

// The tabs that start with rows of their own, filled only while they hold no rows.
const STARTING_ROWS: [TabName, StartingRows][] = [
  ['Countries', () => COUNTRIES.map((country) => recordToRow('Countries', country))],
  ['Settings', (locale) => settingRows(locale)],
]

function describe(report: Omit<SetupReport, 'lines'>, locale: Locale): string[] {
  if (!report.changed) return [t(locale, 'workbook.setup.unchanged')]
  return [
    t(locale, 'workbook.setup.done'),
    ...report.tabsCreated.map((tab) => t(locale, 'workbook.setup.tabCreated', { tab })),
    ...report.columnsAdded.map(({ tab, headers }) =>
      t(locale, 'workbook.setup.columnsAdded', { tab, headers: quoteHeaders(headers) })
    ),
    ...report.rowsFilled.map(({ tab, rows }) =>
      t(locale, 'workbook.setup.rowsFilled', { tab, count: rows })
    ),
  ]
}

/**
 * Sets the workbook up, holding the document's lock: every tab created or completed (headers,
 * bold frozen protected header row, drop-downs, widths), Countries filled from the reference
 * data and Settings with the defaults while they are empty. Running it again changes nothing.
 *
 * @example
 * setUpWorkbook(createSheetWorkbook(fake.globals), { locale: 'es' }).lines
 * // ['La hoja de cálculo está configurada.', 'Se creó la pestaña Events.', ...]
 */
export function setUpWorkbook(workbook: Workbook, options: { locale: Locale }): SetupReport {
  const { locale } = options
  return workbook.withLock(() => {
    const protectionDescription = t(locale, 'workbook.headerProtection')
    const tabsCreated: TabName[] = []
    const columnsAdded: SetupReport['columnsAdded'] = []
    const rowsFilled: SetupReport['rowsFilled'] = []
    let formatted = false
    for (const tab of workbookTabs()) {
      const result = workbook.ensureTab(tab, { protectionDescription })
      if (result.created) tabsCreated.push(tab.name)
      else if (result.headersAdded.length > 0)
        columnsAdded.push({ tab: tab.name, headers: result.headersAdded })
      formatted ||= result.dropdownsAdded.length > 0 || result.frozeHeader || result.protectedHeader
    }
    for (const [tab, rowsFor] of STARTING_ROWS) {
      if (workbook.readTab(tab).rows.length > 0) continue
      const rows = rowsFor(locale)
      workbook.appendRows(tab, rows)
      rowsFilled.push({ tab, rows: rows.length })
    }
    const changed = formatted || tabsCreated.length + columnsAdded.length + rowsFilled.length > 0
    const report = { tabsCreated, columnsAdded, rowsFilled, changed }
    return { ...report, lines: describe(report, locale) }
  })
}

/**
 * The menu action: sets up the workbook and says what it did in a toast. A problem the user
 * can act on (another run holding the lock) is shown in their language and thrown again, so
 * that a sidebar calling through google.script.run sees it too.
 *
 * @example
 * export function setUpSpreadsheet() { return runSetUp(activeWorkbook(), locale) }
 */
export function runSetUp(workbook: Workbook, locale: Locale): SetupReport {
  const title = t(locale, 'addon.menu.setUpSpreadsheet')
  try {
    const report = setUpWorkbook(workbook, { locale })
    workbook.toast(report.lines.join('\n'), title)
    return report
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error
    const message = error.localized(locale)
    workbook.toast(message, title)
    throw new Error(message)
  }
}
