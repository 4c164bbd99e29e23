// Finds events entered twice: the same title on rows a few days apart (or undated).
import { foldText } from './fold-text'

/** Titles this many days apart or closer may be one event; a series (bimonthly calls) is further apart. */
export const REPEAT_WINDOW_DAYS = 14

export interface TitledRow {
  row: number
  /** The title without stand-in markers, so "LAC IGF (placeholder)" matches "LAC IGF". */
  title: string
  startDate: string | null
}

/** A later row whose title repeats an earlier row's. */
export interface RepeatedTitle {
  row: number
  otherRow: number
}

/**
 * Pairs each row with the earlier row of the same title (case and accents aside) that is
 * closest in date, when they are at most REPEAT_WINDOW_DAYS apart or one of them is undated.
 *
 * @example
 * findRepeatedTitles([
 *   { row: 21, title: 'CTU 34th Anniversary', startDate: '2023-04-24' },
 *   { row: 23, title: 'CTU 34th Anniversary', startDate: '2023-04-28' },
 * ]) // [{ row: 23, otherRow: 21 }]
 */
export function findRepeatedTitles(rows: readonly TitledRow[]): RepeatedTitle[] {
  const earlier = new Map<string, { row: number; day: number | null }[]>()
  const repeated: RepeatedTitle[] = []
  for (const current of rows) {
    const key = foldText(current.title)
    const day = current.startDate === null ? null : dayNumber(current.startDate)
    const previous = earlier.get(key) ?? []
    let closest: { row: number; days: number } | null = null
    for (const other of previous) {
      // An undated copy may be the same event whatever the date of the other.
      const days = day === null || other.day === null ? 0 : Math.abs(day - other.day)
      if (days <= REPEAT_WINDOW_DAYS && (closest === null || days < closest.days))
        closest = { row: other.row, days }
    }
    if (closest) repeated.push({ row: current.row, otherRow: closest.row })
    previous.push({ row: current.row, day })
    earlier.set(key, previous)
  }
  return repeated
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000
}
