// Writes a span of dates as the months it covers, the way a person says it: "Jan – Jun 2026".
import type { Locale } from '../i18n/locales'

const FORMATS = new Map<Locale, Intl.DateTimeFormat>()
// Every member's sentence names the same window of calls: format it once per language. Keyed
// by language, then the dates as given, so a look-up builds no key string.
const RANGES = new Map<Locale, Map<string, Map<string, string>>>()
const MAX_RANGES = 1000
let rangeCount = 0

function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let format = FORMATS.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    FORMATS.set(locale, format)
  }
  return format
}

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day))
}

/**
 * The months from `from` to `to` (ISO dates) in `locale`; one month when both fall in it.
 * Falls back to two months joined by a dash where the runtime lacks `formatRange`.
 *
 * @example
 * formatMonthRange('2026-01-14', '2026-06-10', 'en') // 'Jan – Jun 2026'
 * formatMonthRange('2025-11-12', '2026-04-08', 'es') // 'nov 2025 – abr 2026'
 */
export function formatMonthRange(from: string, to: string, locale: Locale): string {
  let byStart = RANGES.get(locale)
  if (!byStart) {
    byStart = new Map()
    RANGES.set(locale, byStart)
  }
  let byEnd = byStart.get(from)
  if (!byEnd) {
    byEnd = new Map()
    byStart.set(from, byEnd)
  }
  let text = byEnd.get(to)
  if (text === undefined) {
    text = monthRange(from, to, locale)
    // A long-running host meets many windows: start afresh rather than grow without end.
    if (++rangeCount > MAX_RANGES) {
      RANGES.clear()
      rangeCount = 0
    } else byEnd.set(to, text)
  }
  return text
}

function monthRange(from: string, to: string, locale: Locale): string {
  const format = monthFormat(locale)
  const start = utcDate(from)
  const end = utcDate(to)
  if (from.slice(0, 7) === to.slice(0, 7)) return format.format(start)
  if (typeof format.formatRange === 'function') return format.formatRange(start, end)
  return `${format.format(start)} – ${format.format(end)}`
}

/**
 * A month (YYYY-MM) as a chart label in `locale`.
 *
 * @example
 * formatMonth('2026-03', 'fr') // 'mars 2026'
 */
export function formatMonth(month: string, locale: Locale): string {
  return monthFormat(locale).format(utcDate(`${month}-01`))
}
