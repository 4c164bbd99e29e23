// The words a person reads for an event's codes (category, status, format, sub-region, country).
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { countryName } from '../reference/countries'
import type { OutreachEvent } from '../schemas/event'

/** An event's codes, in words of one language. */
export interface EventLabels {
  category: string
  status: string
  format: string
  subregion: string | null
  country: string | null
}

type LabelledEvent = Pick<OutreachEvent, 'category' | 'status' | 'format' | 'subregion' | 'country'>

/**
 * The labels of an event's codes in `locale`.
 *
 * @example
 * eventLabels({ category: 'webinar', status: 'tentative', format: 'virtual', subregion: null, country: 'BR' }, 'es')
 * // { category: 'Seminario web', status: 'Por confirmar', format: 'En línea', subregion: null, country: 'Brasil' }
 */
export function eventLabels(event: LabelledEvent, locale: Locale): EventLabels {
  return {
    category: t(locale, `feed.category.${event.category}`),
    status: t(locale, `feed.status.${event.status}`),
    format: t(locale, `feed.format.${event.format}`),
    subregion: event.subregion === null ? null : t(locale, `feed.subregion.${event.subregion}`),
    country: event.country === null ? null : countryName(event.country, locale),
  }
}

/**
 * Where the event is, as one line: "City, Country"; "Online" for a virtual event with no
 * place; null when nothing is known.
 *
 * @example
 * eventLocation({ city: 'Ciudad de México', country: 'MX', format: 'in-person' }, 'fr') // 'Ciudad de México, Mexique'
 */
export function eventLocation(
  event: Pick<OutreachEvent, 'city' | 'country' | 'format'>,
  locale: Locale
): string | null {
  const parts = [event.city, event.country === null ? null : countryName(event.country, locale)]
  const place = parts.filter((part): part is string => part !== null && part !== '').join(', ')
  if (place !== '') return place
  return event.format === 'virtual' ? t(locale, 'feed.location.online') : null
}
