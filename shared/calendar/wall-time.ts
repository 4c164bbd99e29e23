// Converts a wall-clock time in an IANA time zone to the UTC instant it names, using only Intl.

// Creating an Intl.DateTimeFormat is far costlier than using one; keep one per zone.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    FORMATTERS.set(timeZone, formatter)
  }
  return formatter
}

/**
 * The zone's offset from UTC at `instant`, in milliseconds (negative west of Greenwich).
 *
 * @example
 * zoneOffsetAt(Date.UTC(2023, 4, 10), 'America/Mexico_City') // -21600000
 */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0
  )
  // formatToParts drops milliseconds; compare whole seconds only.
  return wall - Math.floor(instant / 1000) * 1000
}

const DAY_MS = 86_400_000

/**
 * The UTC instant (epoch milliseconds) of `date` at `time` on the clocks of `timeZone`.
 * Ambiguous and skipped times resolve like Temporal's 'compatible' mode: the earlier of two
 * repeated times, and a time skipped by a clock change moves forward by the gap.
 *
 * @example
 * new Date(wallTimeToInstant('2023-03-26', '10:00', 'America/Mexico_City')).toISOString()
 * // '2023-03-26T16:00:00.000Z'
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): number {
  const key = `${date}T${time}|${timeZone}`
  let instant = INSTANTS.get(key)
  if (instant === undefined) {
    if (INSTANTS.size >= MEMO_SIZE) INSTANTS.clear()
    instant = resolveWallTime(date, time, timeZone)
    INSTANTS.set(key, instant)
  }
  return instant
}

// Rendering a feed asks for the same few hundred wall times again and again (the ICS, the
// JSON, each event's links); formatToParts is the costly step, so answers are remembered.
const INSTANTS = new Map<string, number>()
const MEMO_SIZE = 10_000

function resolveWallTime(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The offsets a day either side bracket any clock change near this wall time.
  const before = zoneOffsetAt(asIfUtc - DAY_MS, timeZone)
  const after = zoneOffsetAt(asIfUtc + DAY_MS, timeZone)
  // No change within a day either side (nearly always): the offset holds for this time.
  if (before === after) return asIfUtc - before
  const candidates = [asIfUtc - before, asIfUtc - after].filter(
    (instant) => instant + zoneOffsetAt(instant, timeZone) === asIfUtc
  )
  if (candidates.length > 0) return Math.min(...candidates)
  return asIfUtc - before
}
