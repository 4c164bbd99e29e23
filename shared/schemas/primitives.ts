// Building blocks shared by the schemas: Unicode text, dates, times, codes, links.
import * as z from 'zod'

/** Text as people type it: trimmed, NFC-normalized, never case-changed or transliterated. */
export function nfcText(options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 1
  const max = options.max ?? 500
  return z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max))
}

/** Optional text: empty or missing becomes null. */
export function optionalText(max = 500) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    nfcText({ max }).nullable().default(null)
  )
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate, { message: 'invalid_date' })
export type IsoDate = z.infer<typeof isoDate>

/** A wall-clock time, HH:MM (24 h). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')

/** True when the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.length > 0
  } catch {
    return false
  }
}

/** An IANA time zone name such as America/Mexico_City. */
export const timeZone = z.string().refine(isTimeZone, { message: 'invalid_time_zone' })

/** An ISO 3166-1 alpha-2 code, upper case (events may take place outside the region). */
export const countryCode = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'invalid_country'))

// A plain pattern rather than z.url(): zod's check calls `new URL()`, which Apps Script lacks.
const WEB_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i

/** An http(s) link, trimmed. */
export const webUrl = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().max(2000).regex(WEB_URL, 'invalid_url'))

/** An instant, ISO 8601 with offset (what crosses JSON boundaries instead of Date objects). */
export const isoInstant = z.iso.datetime({ offset: true })
