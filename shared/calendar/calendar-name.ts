// The calendar's display name, naming the filters a feed applies ("… (Caribe · Seminario web)").
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { countryName } from '../reference/countries'
import type { EventFilters } from './filter-events'

function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/**
 * The filters in words, or null when there are none: countries, sub-regions, categories,
 * statuses, the date range and the search, each part separated by " · ".
 *
 * @example
 * describeFilters({ subregion: ['caribbean'], category: ['webinar'] }, 'es') // 'Caribe · Seminario web'
 */
export function describeFilters(filters: EventFilters, locale: Locale): string | null {
  const parts: string[] = []
  if (filters.country)
    parts.push(filters.country.map((code) => countryName(code, locale)).join(', '))
  if (filters.subregion)
    parts.push(filters.subregion.map((code) => t(locale, `feed.subregion.${code}`)).join(', '))
  if (filters.category)
    parts.push(filters.category.map((code) => t(locale, `feed.category.${code}`)).join(', '))
  if (filters.status)
    parts.push(filters.status.map((code) => t(locale, `feed.status.${code}`)).join(', '))
  if (filters.from && filters.to) {
    parts.push(
      t(locale, 'feed.filter.range', {
        from: formatDate(filters.from, locale),
        to: formatDate(filters.to, locale),
      })
    )
  } else if (filters.from) {
    parts.push(t(locale, 'feed.filter.from', { date: formatDate(filters.from, locale) }))
  } else if (filters.to) {
    parts.push(t(locale, 'feed.filter.to', { date: formatDate(filters.to, locale) }))
  }
  if (filters.q) parts.push(t(locale, 'feed.filter.search', { q: filters.q }))
  return parts.length > 0 ? parts.join(' · ') : null
}

/**
 * The calendar's name in `locale`, with the filters named when there are any.
 *
 * @example
 * calendarName({}, 'es') // 'LACRALO – Calendario de alcance'
 * calendarName({ subregion: ['caribbean'] }, 'es') // 'LACRALO – Calendario de alcance (Caribe)'
 */
export function calendarName(filters: EventFilters, locale: Locale): string {
  const filter = describeFilters(filters, locale)
  return filter === null
    ? t(locale, 'feed.calendarName')
    : t(locale, 'feed.calendarNameFiltered', { filter })
}
