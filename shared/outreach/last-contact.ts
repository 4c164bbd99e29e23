// When LACRALO was last in touch with a prospect, and how long ago.
import { daysBetween } from '../participation/date-math'
import { PIPELINE_ORDER, type ProspectDates, stageDateField } from './pipeline-stages'

const CONTACT_FIELDS = [...PIPELINE_ORDER.slice(1), 'declined' as const].map(stageDateField)

/**
 * The latest date of a step after identified (contacted, invited, attended, applied, joined,
 * declined), or null when there has been none yet.
 *
 * @example
 * lastContactDate({ identifiedOn: '2026-01-05', contactedOn: '2026-01-20', invitedOn: '2026-02-03', ... })
 * // '2026-02-03'
 */
export function lastContactDate(dates: ProspectDates): string | null {
  let latest: string | null = null
  for (const field of CONTACT_FIELDS) {
    const date = dates[field]
    if (date !== null && (latest === null || date > latest)) latest = date
  }
  return latest
}

/** The last contact and the whole days from it to today. */
export interface LastContact {
  date: string
  /** Days from `date` to today; 0 on the day, negative for a date still ahead. */
  days: number
}

/**
 * The last contact with its days since, or null when there has been none.
 *
 * @example
 * lastContact(prospect, '2026-02-13') // { date: '2026-02-03', days: 10 }
 */
export function lastContact(dates: ProspectDates, today: string): LastContact | null {
  const date = lastContactDate(dates)
  return date === null ? null : { date, days: daysBetween(date, today) }
}
