// Reads a tab's rows through the shared schemas: the records that pass, and for the others
// each problem in the user's language, placed on its row and column.
import type * as z from 'zod'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { alsSchema } from '../../../shared/schemas/als'
import { countrySchema } from '../../../shared/schemas/country'
import { cropTripSchema } from '../../../shared/schemas/crop'
import { describeIssue } from '../../../shared/schemas/describe-issue'
import { outreachEventSchema } from '../../../shared/schemas/event'
import { memberSchema } from '../../../shared/schemas/member'
import { participationSchema } from '../../../shared/schemas/participation'
import { proposalReviewSchema } from '../../../shared/schemas/proposal-review'
import { prospectSchema } from '../../../shared/schemas/prospect'
import { registrationSchema } from '../../../shared/schemas/registration'
import { settingsSchema } from '../../../shared/schemas/settings'
import { webinarSchema } from '../../../shared/schemas/webinar'
import { settingsFromRows } from '../../../shared/workbook/settings-rows'
import {
  columnForPath,
  rowToRecord,
  type TabName,
  tabDefinition,
} from '../../../shared/workbook/tabs'
import { type CellValue, quoteHeaders, type TabContent } from '../workbook/workbook'

/** The tabs whose rows the shared schemas check, in the order reports list them. */
export const CHECKED_TABS = [
  'Events',
  'ALS',
  'Members',
  'Participation',
  'Countries',
  'Webinars',
  'Registrations',
  'Proposals',
  'Prospects',
  'CROP',
  'Settings',
] as const satisfies readonly TabName[]
export type CheckedTab = (typeof CHECKED_TABS)[number]

type RecordTab = Exclude<CheckedTab, 'Settings'>

const SCHEMAS = {
  Events: outreachEventSchema,
  ALS: alsSchema,
  Members: memberSchema,
  Participation: participationSchema,
  Countries: countrySchema,
  Webinars: webinarSchema,
  Registrations: registrationSchema,
  Proposals: proposalReviewSchema,
  Prospects: prospectSchema,
  CROP: cropTripSchema,
} as const

/** What the tab's schema returns for a valid row. */
export type TabRecord<Tab extends RecordTab> = z.core.output<(typeof SCHEMAS)[Tab]>

// What the checks need of a schema, whichever flavour of zod built it.
interface RowSchema {
  safeParse(
    input: unknown
  ): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } }
}

/** A problem in a tab: on a row (and a column), or on the tab as a whole (row null). */
export interface RowProblem {
  row: number | null
  column: string | null
  message: string
}

export interface TabCheck<T> {
  tab: CheckedTab
  /** How many rows hold something. */
  rows: number
  /** The rows that passed, as the schema returns them (defaults applied, text normalized). */
  records: { rowNumber: number; record: T }[]
  problems: RowProblem[]
}

export interface CheckOptions {
  /** The spreadsheet's time zone, in which date cells are read. */
  timeZone: string
  locale: Locale
}

function keyText(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value).trim()
}

/** Columns of the definition that the tab lacks; reading rows is pointless if one is required. */
function missingColumns(tab: CheckedTab, content: TabContent, locale: Locale) {
  const present = new Set(content.headers)
  const missing = tabDefinition(tab).columns.filter((column) => !present.has(column.header))
  const problems: RowProblem[] =
    missing.length === 0
      ? []
      : [
          {
            row: null,
            column: null,
            message: t(locale, 'workbook.error.missingColumn', {
              tab,
              headers: quoteHeaders(missing.map((column) => column.header)),
            }),
          },
        ]
  return { problems, blocking: missing.some((column) => column.required) }
}

/** The same key in two rows: each row after the first gets a problem on its key cell. */
function duplicateKeys(tab: CheckedTab, content: TabContent, locale: Locale): RowProblem[] {
  const header = tabDefinition(tab).keyHeader
  if (!header) return []
  const first = new Map<string, number>()
  const problems: RowProblem[] = []
  for (const row of content.rows) {
    const key = keyText(row.cells[header])
    if (key === '') continue
    const seen = first.get(key)
    if (seen === undefined) first.set(key, row.rowNumber)
    else
      problems.push({
        row: row.rowNumber,
        column: header,
        message: t(locale, 'actions.validate.duplicateKey', { header, value: key, first: seen }),
      })
  }
  return problems
}

function issueProblems(
  tab: CheckedTab,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  row: number | null,
  locale: Locale
): RowProblem[] {
  const entity = tabDefinition(tab).entity ?? undefined
  return issues.map((issue) => ({
    row,
    column: tab === 'Settings' ? 'Value' : (columnForPath(tab, issue.path)?.header ?? null),
    message: describeIssue(issue, locale, { entity, input }).message,
  }))
}

/**
 * An erased registration, as the sync leaves it: cancelled, with its email cells blank. Its
 * personal cells are empty on purpose, so the schema would call them missing.
 *
 * @example
 * isErasedRegistration(rowToRecord('Registrations', row.cells, { timeZone })) // true
 */
export function isErasedRegistration(record: Readonly<Record<string, unknown>>): boolean {
  return (
    record.status === 'cancelled' && record.email === undefined && record.emailKey === undefined
  )
}

/**
 * Checks every row of a records tab with its schema (rows are read with rowToRecord), and
 * reports missing columns and repeated keys too.
 *
 * @example
 * const { records, problems } = checkRecords('Events', workbook.readTab('Events'), { timeZone, locale: 'es' })
 */
export function checkRecords<Tab extends RecordTab>(
  tab: Tab,
  content: TabContent,
  options: CheckOptions
): TabCheck<TabRecord<Tab>> {
  const { locale, timeZone } = options
  const columns = missingColumns(tab, content, locale)
  const check: TabCheck<TabRecord<Tab>> = {
    tab,
    rows: content.rows.length,
    records: [],
    problems: [...columns.problems],
  }
  if (columns.blocking) return check
  const schema: RowSchema = SCHEMAS[tab]
  for (const row of content.rows) {
    const record = rowToRecord(tab, row.cells, { timeZone })
    if (tab === 'Registrations' && isErasedRegistration(record)) continue
    const parsed = schema.safeParse(record)
    if (parsed.success)
      check.records.push({
        rowNumber: row.rowNumber,
        record: parsed.data as TabRecord<Tab>,
      })
    else
      check.problems.push(...issueProblems(tab, parsed.error.issues, record, row.rowNumber, locale))
  }
  check.problems.push(...duplicateKeys(tab, content, locale))
  return check
}

/**
 * Checks the Settings tab: unknown settings on their row, and the values the settings schema
 * refuses on the row of their setting.
 *
 * @example
 * checkSettings(workbook.readTab('Settings'), { timeZone, locale: 'fr' }).problems
 */
export function checkSettings(
  content: TabContent,
  options: CheckOptions
): TabCheck<z.core.output<typeof settingsSchema>> {
  const { locale, timeZone } = options
  const columns = missingColumns('Settings', content, locale)
  const check: TabCheck<z.core.output<typeof settingsSchema>> = {
    tab: 'Settings',
    rows: content.rows.length,
    records: [],
    problems: [...columns.problems],
  }
  if (columns.blocking) return check
  const rowOf = new Map<string, number>()
  for (const row of content.rows) {
    const key = keyText(row.cells.Setting)
    if (key !== '' && !rowOf.has(key)) rowOf.set(key, row.rowNumber)
  }
  const { input, unknownKeys } = settingsFromRows(
    content.rows.map((row) => row.cells),
    { timeZone }
  )
  for (const key of unknownKeys)
    check.problems.push({
      row: rowOf.get(key) ?? null,
      column: 'Setting',
      message: t(locale, 'actions.validate.unknownSetting', { key }),
    })
  const parsed = settingsSchema.safeParse(input)
  if (parsed.success) check.records.push({ rowNumber: 2, record: parsed.data })
  else
    for (const issue of parsed.error.issues)
      check.problems.push(
        ...issueProblems(
          'Settings',
          [issue],
          input,
          rowOf.get(issue.path.join('.')) ?? null,
          locale
        )
      )
  check.problems.push(...duplicateKeys('Settings', content, locale))
  return check
}

/**
 * Checks any of the CHECKED_TABS.
 *
 * @example
 * checkTab('CROP', workbook.readTab('CROP'), { timeZone, locale: 'pt' }).problems.length
 */
export function checkTab(
  tab: CheckedTab,
  content: TabContent,
  options: CheckOptions
): TabCheck<unknown> {
  return tab === 'Settings' ? checkSettings(content, options) : checkRecords(tab, content, options)
}
