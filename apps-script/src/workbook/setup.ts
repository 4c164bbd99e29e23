// "Set up this spreadsheet": makes the spreadsheet the LACRALO Dashboard workbook, adding what is
// missing and never moving or deleting what staff have.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { describeSetup, type SetupReport } from '../../../shared/workbook/setup-report'
import { startingRows, TABS_WITH_STARTING_ROWS } from '../../../shared/workbook/starting-rows'
import { type TabName, workbookTabs } from '../../../shared/workbook/tabs'
import { type Workbook, WorkbookError } from './workbook'

export type { SetupReport }

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
    for (const tab of TABS_WITH_STARTING_ROWS) {
      if (workbook.readTab(tab).rows.length > 0) continue
      const rows = startingRows(tab, locale)
      workbook.appendRows(tab, rows)
      rowsFilled.push({ tab, rows: rows.length })
    }
    const changed = formatted || tabsCreated.length + columnsAdded.length + rowsFilled.length > 0
    const report = { tabsCreated, columnsAdded, rowsFilled, changed }
    return { ...report, lines: describeSetup(report, locale) }
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
