// Problems an import finds in a calendar table, located the way the person sees the sheet.
import * as z from 'zod/mini'
import '../schemas/zod-english'
import { type MessageKey, type MessageParams, t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'

export const IMPORT_SEVERITIES = ['error', 'warning'] as const
export type ImportSeverity = (typeof IMPORT_SEVERITIES)[number]

/** What can be wrong; each code has the message `import.<code>` in the catalogue. */
export const IMPORT_PROBLEM_CODES = [
  'csv.quotes',
  'header.noTitle',
  'header.noDate',
  'header.unknown',
  'header.duplicate',
  'title.missing',
  'title.placeholder',
  'title.repeated',
  'text.tooLong',
  'date.dayFirst',
  'date.monthFirst',
  'date.otherYear',
  'date.yearAssumed',
  'date.noYear',
  'date.placeholder',
  'date.missing',
  'date.invalid',
  'date.endBeforeStart',
  'date.endWithoutStart',
  'date.endUnknown',
  'time.invalid',
  'time.noZone',
  'time.undated',
  'time.endWithoutStart',
  'timeZone.invalid',
  'country.unknown',
  'country.suggested',
  'url.invalid',
  'url.schemeAdded',
  'status.invalid',
  'status.undatedConfirmed',
  'category.invalid',
  'format.invalid',
  'languages.invalid',
  'crop.invalid',
  'id.invalid',
  'id.duplicate',
  'event.invalid',
] as const
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number]

/**
 * One problem. `row` counts as the sheet does (the header is row 1); `column` is the header
 * as written, or null when the problem is about the whole row or table. `suggestion` is a
 * value the import used or proposes, for a tool that offers to write it into the sheet.
 */
export const importProblemSchema = z.object({
  row: z.number().check(z.int(), z.minimum(1)),
  column: z.nullable(z.string()),
  severity: z.enum(IMPORT_SEVERITIES),
  code: z.enum(IMPORT_PROBLEM_CODES),
  message: z.string(),
  suggestion: z.optional(z.object({ field: z.string(), value: z.string() })),
})
export type ImportProblem = z.infer<typeof importProblemSchema>

/** What a step of the import reports; `describeProblem` turns it into an ImportProblem. */
export interface ProblemReport {
  row: number
  column: string | null
  severity: ImportSeverity
  code: ImportProblemCode
  params?: MessageParams
  /** A variant wording of the code's message. */
  key?: MessageKey
  suggestion?: ImportProblem['suggestion']
}

/**
 * Words a problem in `locale`: where it is, what is wrong and how to fix it.
 *
 * @example
 * describeProblem('en', { row: 17, column: 'Date', severity: 'warning', code: 'date.dayFirst',
 *   params: { value: '25/5/23', date: '25 May 2023' } }).message
 * // "Row 17, column Date: '25/5/23' reads as 25 May 2023 (day first); ..."
 */
export function describeProblem(locale: Locale, report: ProblemReport): ImportProblem {
  const key = report.key ?? (`import.${report.code}` as const)
  const message = `${location(locale, report)} ${t(locale, key, report.params)}`
  return {
    row: report.row,
    column: report.column,
    severity: report.severity,
    code: report.code,
    message,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
  }
}

/**
 * The message without its leading "Row n, column c:", capitalized, for a table that shows the
 * row and column in columns of their own.
 *
 * @example
 * problemDetail(problem, 'en') // "'25/5/23' reads as 25 May 2023 (day first); ..."
 */
export function problemDetail(problem: ImportProblem, locale: Locale): string {
  const prefix = `${location(locale, problem)} `
  if (!problem.message.startsWith(prefix)) return problem.message
  const detail = problem.message.slice(prefix.length)
  return detail.charAt(0).toLocaleUpperCase(locale) + detail.slice(1)
}

function location(locale: Locale, at: { row: number; column: string | null }): string {
  return at.column === null
    ? t(locale, 'import.at.row', { row: at.row })
    : t(locale, 'import.at.cell', { row: at.row, column: at.column })
}

const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es', pt: 'pt-BR', fr: 'fr' }

/**
 * A calendar date written out in words, so a message cannot be misread either way round.
 *
 * @example
 * longDate('2023-05-25', 'en') // '25 May 2023'
 * longDate('2023-05-25', 'es') // '25 de mayo de 2023'
 */
export function longDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return dateFormat(locale).format(new Date(Date.UTC(year, month - 1, day)))
}

// Building a DateTimeFormat is slow; a table with thousands of problems reuses one per locale.
const DATE_FORMATS = new Map<Locale, Intl.DateTimeFormat>()

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    DATE_FORMATS.set(locale, format)
  }
  return format
}
