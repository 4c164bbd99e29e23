// When an outreach event takes place, in the shape calendars need: dates or UTC instants.
import type { OutreachEvent } from '../schemas/event'
import { wallTimeToInstant } from './wall-time'

/** An all-day event: calendar dates, the end exclusive (the day after the last day). */
export interface AllDaySpan {
  allDay: true
  startDate: string
  /** The day after the event's last day, as iCalendar and calendar links expect. */
  endDateExclusive: string
}

/** A timed event: UTC instants (epoch milliseconds). */
export interface TimedSpan {
  allDay: false
  start: number
  end: number
}

export type EventSpan = AllDaySpan | TimedSpan

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

/**
 * The date `days` after an ISO date (UTC arithmetic, so no clock change can shift it).
 *
 * @example
 * addDays('2023-12-31', 1) // '2024-01-01'
 */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Where an event sits in time, or null when it is undated (not on any calendar yet).
 * A timed event without an end time lasts one hour; one whose end time is not after its
 * start on the same day runs past midnight.
 *
 * @example
 * eventSpan({ startDate: '2023-03-26', endDate: '2023-03-28', startTime: null, ... })
 * // { allDay: true, startDate: '2023-03-26', endDateExclusive: '2023-03-29' }
 */
export function eventSpan(
  event: Pick<OutreachEvent, 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'timeZone'>
): EventSpan | null {
  const { startDate, startTime, timeZone } = event
  if (startDate === null) return null
  const lastDate = event.endDate ?? startDate
  if (startTime === null || timeZone === null) {
    return { allDay: true, startDate, endDateExclusive: addDays(lastDate, 1) }
  }
  const start = wallTimeToInstant(startDate, startTime, timeZone)
  let end =
    event.endTime === null
      ? wallTimeToInstant(lastDate, startTime, timeZone) + HOUR_MS
      : wallTimeToInstant(lastDate, event.endTime, timeZone)
  if (end <= start && lastDate === startDate) end += DAY_MS
  if (end <= start) end = start + HOUR_MS
  return { allDay: false, start, end }
}
