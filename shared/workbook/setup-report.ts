// What setting up the workbook changed, and how the add-on and the CLI say it to the person.
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import type { TabName } from './tabs'

/** What setting up changed, and the same in the user's language. */
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

function quoted(headers: readonly string[]): string {
  return headers.map((header) => `'${header}'`).join(', ')
}

/**
 * The report's sentences in `locale`: that the spreadsheet is set up (or already was), then
 * each tab created, each tab's added columns and each tab filled.
 *
 * @example
 * describeSetup({ tabsCreated: ['Events'], columnsAdded: [], rowsFilled: [], changed: true }, 'es')
 * // ['La hoja de cálculo está configurada.', 'Se creó la pestaña Events.']
 */
export function describeSetup(report: Omit<SetupReport, 'lines'>, locale: Locale): string[] {
  if (!report.changed) return [t(locale, 'workbook.setup.unchanged')]
  return [
    t(locale, 'workbook.setup.done'),
    ...report.tabsCreated.map((tab) => t(locale, 'workbook.setup.tabCreated', { tab })),
    ...report.columnsAdded.map(({ tab, headers }) =>
      t(locale, 'workbook.setup.columnsAdded', { tab, headers: quoted(headers) })
    ),
    ...report.rowsFilled.map(({ tab, rows }) =>
      t(locale, 'workbook.setup.rowsFilled', { tab, count: rows })
    ),
  ]
}
