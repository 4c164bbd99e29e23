// Infers a sheet's date conventions (month or day first, the calendar's year) and reads dates by them.
import { checkedDate, type DateReading } from './parse-date'

/** How a sheet writes numeric dates: 5/8/23 is 8 May (month first) or 5 August (day first). */
export const DATE_ORDERS = ['month-first', 'day-first'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

// A year holding fewer than this share of a sheet's dates is out of place (a typo, maybe);
// a calendar that spans two years has a good share of dates in each.
const STRAY_YEAR_SHARE = 0.25

/** What the sheet's dates have in common. */
export interface DateConventions {
  order: DateOrder
  /** The year most of the dates are in, or null when no date states a year. */
  year: number | null
  /** True for a year too rare in the sheet to be what was meant: 2022 in a 2023 calendar. */
  isStrayYear(year: number): boolean
}

/**
 * Infers the conventions from the sheet's date cells. The order is the one its unambiguous
 * numeric dates follow (13/5/23 can only be day first, 5/13/23 month first); month first when
 * they are tied or none is unambiguous, as a Google Sheet in US English writes them.
 *
 * In a sheet's own values the dates it understood arrive as Dates; a numeric date left as text
 * is one its locale could not read, so it tells the opposite: 25/5/23 left as text among Dates
 * means the sheet is month first. (A tool that knows the sheet's locale passes `order`.)
 *
 * @example
 * inferDateConventions([readDateCell('1/16/23'), readDateCell('3/5/23')])
 * // { order: 'month-first', year: 2023, ... }
 */
export function inferDateConventions(
  readings: readonly DateReading[],
  options: { order?: DateOrder } = {}
): DateConventions {
  const sheetReadDates = readings.some((reading) => reading.kind === 'exact' && reading.fromSheet)
  let monthFirstVotes = 0
  let dayFirstVotes = 0
  for (const reading of readings) {
    if (reading.kind !== 'numeric') continue
    const year = reading.year ?? 2000
    const monthFirst = checkedDate(year, reading.first, reading.second) !== null
    const dayFirst = checkedDate(year, reading.second, reading.first) !== null
    if (monthFirst === dayFirst) continue
    const votesMonthFirst = sheetReadDates ? dayFirst : monthFirst
    if (votesMonthFirst) monthFirstVotes += 1
    else dayFirstVotes += 1
  }
  const order = options.order ?? (dayFirstVotes > monthFirstVotes ? 'day-first' : 'month-first')

  const yearCounts = new Map<number, number>()
  for (const reading of readings) {
    const resolved = resolveDate(reading, { order, year: null })
    if (resolved.ok) {
      const year = Number(resolved.date.slice(0, 4))
      yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1)
    }
  }
  let total = 0
  let year: number | null = null
  for (const [candidate, count] of yearCounts) {
    total += count
    const best = year === null ? 0 : (yearCounts.get(year) ?? 0)
    if (count > best || (count === best && year !== null && candidate > year)) year = candidate
  }
  return {
    order,
    year,
    isStrayYear: (candidate) =>
      year !== null &&
      candidate !== year &&
      (yearCounts.get(candidate) ?? 0) < total * STRAY_YEAR_SHARE,
  }
}

/** A date read by the sheet's conventions, or why it cannot be. */
export type DateResolution =
  | {
      ok: true
      date: string
      /** Read in the order opposite to the sheet's, the only way it makes a date (25/5/23). */
      againstOrder: boolean
      /** The cell has no year; the calendar's year was used. */
      yearAssumed: boolean
    }
  | { ok: false; reason: 'invalid' | 'noYear' }

/**
 * Reads a dated cell (kind exact, numeric or yearless) by the sheet's conventions.
 *
 * @example
 * resolveDate(readDateCell('25/5/23'), { order: 'month-first', year: 2023 })
 * // { ok: true, date: '2023-05-25', againstOrder: true, yearAssumed: false }
 */
export function resolveDate(
  reading: DateReading,
  conventions: Pick<DateConventions, 'order' | 'year'>
): DateResolution {
  const invalid = { ok: false, reason: 'invalid' } as const
  switch (reading.kind) {
    case 'exact':
      return { ok: true, date: reading.date, againstOrder: false, yearAssumed: false }
    case 'yearless': {
      if (conventions.year === null) return { ok: false, reason: 'noYear' }
      const date = checkedDate(conventions.year, reading.month, reading.day)
      return date ? { ok: true, date, againstOrder: false, yearAssumed: true } : invalid
    }
    case 'numeric': {
      const year = reading.year ?? conventions.year
      const probe = year ?? 2000
      const monthFirst = checkedDate(probe, reading.first, reading.second) !== null
      const dayFirst = checkedDate(probe, reading.second, reading.first) !== null
      if (!monthFirst && !dayFirst) return invalid
      if (year === null) return { ok: false, reason: 'noYear' }
      const [month, day, againstOrder] =
        conventions.order === 'month-first'
          ? monthFirst
            ? [reading.first, reading.second, false]
            : [reading.second, reading.first, true]
          : dayFirst
            ? [reading.second, reading.first, false]
            : [reading.first, reading.second, true]
      const date = checkedDate(year, month, day)
      return date ? { ok: true, date, againstOrder, yearAssumed: reading.year === null } : invalid
    }
    default:
      return invalid
  }
}
