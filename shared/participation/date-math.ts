// Calendar arithmetic on ISO dates (YYYY-MM-DD) for the participation, dashboard and CROP rules.
import { addDays } from '../calendar/event-span'

export { addDays }

const DAY_MS = 86_400_000

function utc(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-03-01', '2026-03-10') // 9
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS)
}

/**
 * The same day `months` months later (or earlier), on the month's last day when it is shorter.
 *
 * @example
 * addMonths('2026-03-31', -1) // '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  const d = Math.min(day, lastDay)
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * Whole months from `from` to `to`, counting a month only once its day is reached.
 *
 * @example
 * monthsBetween('2025-01-15', '2026-01-14') // 11
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  const months = (ty - fy) * 12 + (tm - fm)
  return td >= fd ? months : months - 1
}

/**
 * The month of a date, YYYY-MM.
 *
 * @example
 * monthOf('2026-03-10') // '2026-03'
 */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/**
 * The `count` months ending with the month of `date`, oldest first, as YYYY-MM.
 *
 * @example
 * lastMonths('2026-02-10', 3) // ['2025-12', '2026-01', '2026-02']
 */
export function lastMonths(date: string, count: number): string[] {
  const first = `${monthOf(date)}-01`
  return Array.from({ length: count }, (_, index) => monthOf(addMonths(first, index - count + 1)))
}

/**
 * The last day of a month given as YYYY-MM.
 *
 * @example
 * lastDayOfMonth('2024-02') // '2024-02-29'
 */
export function lastDayOfMonth(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1)
}
