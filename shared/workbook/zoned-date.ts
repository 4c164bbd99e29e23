// Reads a Date from a sheet cell as the spreadsheet shows it: date, time or instant in its zone.
import { zoneOffsetAt } from '../calendar/wall-time'

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

// A sheet repeats the same few hundred dates; formatToParts, behind zoneOffsetAt, is the
// costly step, so offsets are remembered.
const OFFSETS = new Map<string, number>()
const MEMO_SIZE = 10_000

// The Date's wall clock in `timeZone`, as the UTC fields of a shifted Date, so that nothing
// depends on the zone of the host the code runs in.
function wallClock(date: Date, timeZone: string): { wall: Date; offsetMs: number } {
  const instant = date.getTime()
  const key = `${instant}|${timeZone}`
  let offsetMs = OFFSETS.get(key)
  if (offsetMs === undefined) {
    if (OFFSETS.size >= MEMO_SIZE) OFFSETS.clear()
    offsetMs = zoneOffsetAt(instant, timeZone)
    OFFSETS.set(key, offsetMs)
  }
  return { wall: new Date(instant + offsetMs), offsetMs }
}

/**
 * The calendar date a Date cell shows in a spreadsheet whose time zone is `timeZone`.
 *
 * @example
 * isoDateInZone(new Date('2023-03-26T03:00:00Z'), 'America/Montevideo') // '2023-03-26'
 */
export function isoDateInZone(date: Date, timeZone: string): string {
  const { wall } = wallClock(date, timeZone)
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`
}

/**
 * The time of day a Date cell shows, HH:MM, to the nearest minute. Sheets keeps a time as a
 * Date on 30 December 1899, when many zones still kept local mean time (offsets with
 * seconds); rounding absorbs the seconds.
 *
 * @example
 * clockTimeInZone(new Date('2023-03-26T13:30:00Z'), 'America/Montevideo') // '10:30'
 */
export function clockTimeInZone(date: Date, timeZone: string): string {
  const { wall } = wallClock(date, timeZone)
  const rounded = new Date(Math.round(wall.getTime() / 60_000) * 60_000)
  return `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}`
}

/**
 * The instant of a Date cell as ISO 8601 with the zone's offset, for text fields that hold an
 * instant (a webinar's start) when Sheets has turned what staff typed into a date.
 *
 * @example
 * isoInstantInZone(new Date('2023-04-24T23:00:00Z'), 'America/Bogota')
 * // '2023-04-24T18:00:00-05:00'
 */
export function isoInstantInZone(date: Date, timeZone: string): string {
  const { wall, offsetMs } = wallClock(date, timeZone)
  const offsetMinutes = Math.round(offsetMs / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const absolute = Math.abs(offsetMinutes)
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
  return `${isoDateInZone(date, timeZone)}T${time}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

/** True for a Date, including one made in another realm (the add-on's tests run it in a `vm`). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]'
}
