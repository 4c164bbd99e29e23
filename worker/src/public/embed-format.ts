// How the embed page words an event's date and languages, in the reader's language (Intl).
import { eventSpan } from '../../../shared/calendar/event-span'
import type { Locale } from '../../../shared/i18n/locales'
import type { OutreachEvent } from '../../../shared/schemas/event'

/** An event's date as text, and the machine-readable value for `<time datetime>`. */
export interface EventWhen {
  text: string
  datetime: string
}

// Creating an Intl formatter costs far more than using one: keep one per locale and shape.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, key: string, options: Intl.DateTimeFormatOptions) {
  const cacheKey = `${locale}|${key}|${options.timeZone ?? ''}`
  let cached = FORMATTERS.get(cacheKey)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options)
    FORMATTERS.set(cacheKey, cached)
  }
  return cached
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`)
}

/**
 * When the event takes place, worded for `locale`: one day with its weekday, a range of days
 * as the language writes ranges, and a timed event on its own zone's clock, with the offset.
 * Undated events have no date (null).
 *
 * @example
 * formatEventWhen({ startDate: '2026-11-25', endDate: '2026-11-27', ... }, 'es')
 * // { text: '25–27 de noviembre de 2026', datetime: '2026-11-25' }
 */
export function formatEventWhen(
  event: Pick<OutreachEvent, 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'timeZone'>,
  locale: Locale
): EventWhen | null {
  const span = eventSpan(event)
  if (span === null || event.startDate === null) return null
  if (span.allDay) {
    const lastDate = event.endDate ?? event.startDate
    if (lastDate === event.startDate) {
      const oneDay = formatter(locale, 'day', {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      return { text: oneDay.format(utcDate(event.startDate)), datetime: event.startDate }
    }
    const days = formatter(locale, 'days', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    return {
      text: days.formatRange(utcDate(event.startDate), utcDate(lastDate)),
      datetime: event.startDate,
    }
  }
  const zone = event.timeZone ?? 'UTC'
  const timed = formatter(locale, 'timed', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  })
  // ICU leaves the zone out of a same-day range, so the offset is added once, at the end.
  const offset = formatter(locale, 'offset', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(span.start))
    .find((part) => part.type === 'timeZoneName')?.value
  const range = timed.formatRange(new Date(span.start), new Date(span.end))
  return {
    text: offset ? `${range} (${offset})` : range,
    datetime: new Date(span.start).toISOString(),
  }
}

/**
 * The event's languages as a list in the reader's language ("español e inglés"); null
 * when the sheet gives none.
 *
 * @example
 * formatEventLanguages(['es', 'en'], 'es') // 'español e inglés'
 */
export function formatEventLanguages(languages: readonly Locale[], locale: Locale): string | null {
  if (languages.length === 0) return null
  const names = new Intl.DisplayNames([locale], { type: 'language' })
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
  return list.format(languages.map((language) => names.of(language) ?? language))
}

/**
 * A date (YYYY-MM-DD or an ISO instant) as the reader's language writes it, for "Updated …".
 *
 * @example
 * formatDay('2026-11-22T10:00:00Z', 'pt') // '22 de novembro de 2026'
 */
export function formatDay(isoDateOrInstant: string, locale: Locale): string {
  const date =
    isoDateOrInstant.length === 10 ? utcDate(isoDateOrInstant) : new Date(isoDateOrInstant)
  return formatter(locale, 'updated', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
