// How the webinar pages word a webinar: its text in a language it exists in, its time, its seats.
import { t } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import { type Webinar, webinarEndsAt } from '../../../shared/schemas/webinar'

/** Text in some language, and which one (so the page can mark it with `lang`). */
export interface LocalizedText {
  text: string
  lang: Locale
}

/**
 * A title or description in `locale`, or else in the first of en, es, pt, fr that has it;
 * null when there is none at all.
 *
 * @example
 * pickText({ es: 'DNSSEC en la región' }, 'fr') // { text: 'DNSSEC en la región', lang: 'es' }
 */
export function pickText(
  texts: Partial<Record<Locale, string>>,
  locale: Locale
): LocalizedText | null {
  for (const lang of [locale, ...LOCALES]) {
    const text = texts[lang]
    if (text !== undefined && text.trim() !== '') return { text, lang }
  }
  return null
}

/** A webinar's title: there is always one (the schema requires it). */
export function webinarTitle(webinar: Pick<Webinar, 'titles' | 'slug'>, locale: Locale) {
  return pickText(webinar.titles, locale) ?? { text: webinar.slug, lang: locale }
}

/** A moment as text, and the machine-readable value for `<time datetime>`. */
export interface WhenText {
  text: string
  datetime: string
}

// Creating an Intl formatter costs far more than using one: keep one per locale, shape and zone.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>()

const SHAPES = {
  span: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  },
  moment: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  offset: { timeZoneName: 'shortOffset' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

function formatter(locale: Locale, shape: keyof typeof SHAPES, timeZone: string) {
  const key = `${locale}|${shape}|${timeZone}`
  let cached = FORMATTERS.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...SHAPES[shape], timeZone })
    FORMATTERS.set(key, cached)
  }
  return cached
}

/**
 * "GMT−5", "GMT+1", "UTC": the zone's offset at that moment, as the language writes it.
 *
 * @example
 * offsetName(new Date('2026-01-15T12:00:00Z'), 'es', 'America/Santiago') // 'GMT−3'
 */
export function offsetName(date: Date, locale: Locale, timeZone: string): string {
  // Intl writes UTC itself as "GMT+0" or "UTC+0"; the name everyone reads is plain UTC.
  if (timeZone === 'UTC') return 'UTC'
  const parts = formatter(locale, 'offset', timeZone).formatToParts(date)
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  // A true minus sign (as French already writes it): a line never breaks inside "GMT−5".
  return name.replace('-', '\u2212')
}

/**
 * When the webinar runs, from start to end, in `timeZone` and the reader's language, with
 * the zone's offset so that nobody has to guess which clock it means. (formatRange leaves
 * the zone out of a range, so the offset is added after it.)
 *
 * @example
 * webinarWhen(webinar, 'es', 'America/Bogota').text
 * // 'martes, 24 de noviembre de 2026, 18:00–19:30 (GMT−5)'
 */
export function webinarWhen(
  webinar: Pick<Webinar, 'start' | 'durationMinutes'>,
  locale: Locale,
  timeZone: string
): WhenText {
  const start = new Date(webinar.start)
  const end = new Date(webinarEndsAt(webinar))
  const range = formatter(locale, 'span', timeZone).formatRange(start, end)
  return {
    text: `${range} (${offsetName(start, locale, timeZone)})`,
    datetime: start.toISOString(),
  }
}

/**
 * One moment (a registration window's opening or closing) in `timeZone`, with its offset.
 *
 * @example
 * formatMoment('2026-11-24T22:00:00Z', 'pt', 'America/Sao_Paulo') // '24 de novembro de 2026 19:00 (GMT−3)'
 */
export function formatMoment(instant: string, locale: Locale, timeZone: string): WhenText {
  const date = new Date(instant)
  return {
    text: `${formatter(locale, 'moment', timeZone).format(date)} (${offsetName(date, locale, timeZone)})`,
    datetime: date.toISOString(),
  }
}

/**
 * "3 seats left" with the plural the language needs, or that the webinar is full.
 *
 * @example
 * seatsText(1, 'fr') // '1 place restante'
 */
export function seatsText(seatsLeft: number, locale: Locale): string {
  if (seatsLeft <= 0) return t(locale, 'webinarPage.seats.full')
  const count = new Intl.NumberFormat(locale).format(seatsLeft)
  const plural = new Intl.PluralRules(locale).select(seatsLeft)
  return t(locale, plural === 'one' ? 'webinarPage.seats.one' : 'webinarPage.seats.other', {
    count,
  })
}
