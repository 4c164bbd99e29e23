// Building blocks shared by the schemas: Unicode text, dates, times, codes, links.
import * as z from 'zod/mini'
import './zod-english'

/** Text as people type it: trimmed, NFC-normalized, never case-changed or transliterated. */
export function nfcText(options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 1
  const max = options.max ?? 500
  return z.pipe(
    z.pipe(
      z.string(),
      z.transform((value) => value.normalize('NFC').trim())
    ),
    z.string().check(z.minLength(min), z.maxLength(max))
  )
}

/**
 * `schema` for a value that may be left out: missing, null or blank text becomes null before
 * `schema` sees it (zod classic's `z.preprocess(blankToNull, schema.nullable().default(null))`).
 *
 * @example
 * blankAsNull(webUrl).parse('  ') // null
 */
export function blankAsNull<T extends z.core.SomeType>(schema: T) {
  // null is what the nullable schema gives; through the generic, TypeScript cannot see it.
  const field = z._default(z.nullable(schema), null as never)
  // zod/mini has no preprocess: this is its pipe, typed as zod classic types a preprocess
  // (optional on the way in, as the default makes it at run time).
  return z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'string' && value.trim() === '' ? null : value
    ),
    field
  ) as unknown as z.ZodMiniType<
    z.output<typeof field>,
    unknown,
    z.core.$ZodPreprocessInternals<typeof field, unknown>
  >
}

/** Optional text: empty or missing becomes null. */
export function optionalText(max = 500) {
  return blankAsNull(nfcText({ max }))
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
export const isoDate = z.string().check(z.refine(isIsoDate, { message: 'invalid_date' }))
export type IsoDate = z.infer<typeof isoDate>

/** A wall-clock time, HH:MM (24 h). */
export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'))

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
export const timeZone = z.string().check(z.refine(isTimeZone, { message: 'invalid_time_zone' }))

/** An ISO 3166-1 alpha-2 code, upper case (events may take place outside the region). */
export const countryCode = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.trim().toUpperCase())
  ),
  z.string().check(z.regex(/^[A-Z]{2}$/, 'invalid_country'))
)

// A plain pattern rather than z.url(): zod's check calls `new URL()`, which Apps Script lacks.
const WEB_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i

/** An http(s) link, trimmed. */
export const webUrl = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.trim())
  ),
  z.string().check(z.maxLength(2000), z.regex(WEB_URL, 'invalid_url'))
)

/** An instant, ISO 8601 with offset (what crosses JSON boundaries instead of Date objects). */
export const isoInstant = z.iso.datetime({ offset: true })
