// The language a request asks for: `?lang=` first, then Accept-Language, English by default.
import type { Context } from 'hono'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales'

/**
 * The toolkit locale best matching an Accept-Language header (`pt-BR,pt;q=0.9,en;q=0.5`),
 * by quality then order; region subtags are ignored; null when none matches.
 *
 * @example
 * localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8') // 'fr'
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [range = '', ...parameters] = part.trim().split(';')
      const quality = parameters
        .map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined)
      return {
        language: range.trim().toLowerCase().split('-')[0] ?? '',
        quality: quality === undefined ? 1 : Number(quality),
        order,
      }
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
  return ranges.map((range) => range.language).find(isLocale) ?? null
}

/**
 * The locale for this request's messages.
 *
 * @example
 * const locale = requestLocale(c) // 'es' for /admin/events?lang=es
 */
export function requestLocale(c: Context): Locale {
  const fromQuery = c.req.query('lang')
  if (isLocale(fromQuery)) return fromQuery
  return localeFromAcceptLanguage(c.req.header('Accept-Language')) ?? DEFAULT_LOCALE
}
