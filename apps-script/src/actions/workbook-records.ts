// Reads the tabs the dashboard, participation and CROP actions work from, each with one
// readTab, through the shared schemas: valid rows as records, the rest counted and left out.
import { t } from '../../../shared/i18n/catalogue'
import { COUNTRIES } from '../../../shared/reference/countries'
import type { Country } from '../../../shared/schemas/country'
import type { Settings } from '../../../shared/schemas/settings'
import { isoDateInZone } from '../../../shared/workbook/zoned-date'
import { type TabContent, WorkbookError } from '../workbook/workbook'
import { ActionError, type ActionProblem } from './action-error'
import type { ActionHost } from './action-host'
import { checkRecords, checkSettings, type TabRecord } from './tab-check'

type RecordTab = Parameters<typeof checkRecords>[0]

/** A tab as read: its content (for writing back by row) and its valid records. */
export interface LoadedTab<T> {
  content: TabContent
  records: { rowNumber: number; record: T }[]
  /** Rows left out because the schema refused them. */
  skipped: number
}

/** Reads tabs for one action, and collects what staff should know about rows left out. */
export interface RecordReader {
  /** The spreadsheet's date today, in its own time zone. */
  readonly today: string
  readonly timeZone: string
  /** Sentences about rows left out, in the user's language. */
  readonly notes: string[]
  /**
   * A records tab; a missing tab is an error unless `optional` (then it reads as empty).
   * A tab whose required columns are missing is an error with its problems.
   */
  tab<Tab extends RecordTab>(tab: Tab, options?: { optional?: boolean }): LoadedTab<TabRecord<Tab>>
  /** The Settings tab through its schema; any problem there is an error. */
  settings(): Settings
  /** The Countries tab's rows, or the reference data while the tab holds none. */
  countries(): Country[]
}

function problemsOf(
  tab: string,
  problems: { row: number | null; column: string | null; message: string }[]
): ActionProblem[] {
  return problems.map((problem) => ({ tab, ...problem, severity: 'error' }))
}

/**
 * A reader over the host's workbook.
 *
 * @example
 * const reader = recordReader(host)
 * const members = reader.tab('Members').records.map(({ record }) => record)
 */
export function recordReader(host: ActionHost): RecordReader {
  const { workbook, locale } = host
  const timeZone = workbook.spreadsheetTimeZone()
  const notes: string[] = []
  // Each tab is read once per action, however many steps ask for it.
  const loaded = new Map<string, LoadedTab<unknown>>()

  const read = (tab: string, optional: boolean): TabContent | null => {
    try {
      return workbook.readTab(tab)
    } catch (error) {
      if (optional && error instanceof WorkbookError && error.key === 'workbook.error.missingTab')
        return null
      throw error
    }
  }

  function readRecords<Tab extends RecordTab>(
    tab: Tab,
    optional: boolean
  ): LoadedTab<TabRecord<Tab>> {
    const content = read(tab, optional)
    if (content === null) return { content: { headers: [], rows: [] }, records: [], skipped: 0 }
    const check = checkRecords(tab, content, { timeZone, locale })
    const tabProblems = check.problems.filter((problem) => problem.row === null)
    if (tabProblems.length > 0 && check.records.length === 0 && content.rows.length > 0)
      throw new ActionError(
        'invalid-rows',
        'insights.error.unreadableTab',
        { tab },
        problemsOf(tab, tabProblems)
      )
    const skipped = content.rows.length - check.records.length
    if (skipped > 0) notes.push(t(locale, 'insights.note.skippedRows', { tab, count: skipped }))
    return { content, records: check.records, skipped }
  }

  const reader: RecordReader = {
    today: isoDateInZone(host.now(), timeZone),
    timeZone,
    notes,
    tab<Tab extends RecordTab>(tab: Tab, options: { optional?: boolean } = {}) {
      const cached = loaded.get(tab)
      if (cached) return cached as LoadedTab<TabRecord<Tab>>
      const result = readRecords(tab, options.optional === true)
      loaded.set(tab, result)
      return result
    },
    settings() {
      const content = read('Settings', true)
      if (content === null)
        throw new WorkbookError('workbook.error.missingTab', { tab: 'Settings' })
      const check = checkSettings(content, { timeZone, locale })
      const record = check.records[0]?.record
      if (check.problems.length > 0 || !record)
        throw new ActionError(
          'invalid-rows',
          'insights.error.settings',
          {},
          problemsOf('Settings', check.problems)
        )
      return record
    },
    countries() {
      const loaded = reader.tab('Countries', { optional: true })
      return loaded.records.length > 0 ? loaded.records.map(({ record }) => record) : [...COUNTRIES]
    },
  }
  return reader
}
