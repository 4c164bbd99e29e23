// Reads a feed request's filters and language, refusing invalid ones with a localized 400.
import type { Context } from 'hono'
import {
  type EventFilters,
  filtersToQuery,
  parseEventFilters,
} from '../../../shared/calendar/filter-events'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { ApiError } from '../errors'
import { requestLocale } from '../request-locale'

/** What a feed request asks for. */
export interface FeedQuery {
  filters: EventFilters
  /** `?lang=` when it names a toolkit language, else Accept-Language, else English. */
  locale: Locale
  /** The filters and language in one canonical string: equivalent URLs give the same one. */
  cacheKey: string
}

/**
 * The filters and language of a feed request (`lang` is the one parameter that is not a
 * filter). Throws a 400 ApiError naming the parameter and the fix when a filter is invalid.
 *
 * @example
 * const { filters, locale, cacheKey } = readFeedQuery(c) // for /calendar.ics?country=MX,AR&lang=es
 */
export function readFeedQuery(c: Context): FeedQuery {
  const pairs = [...new URL(c.req.url).searchParams].filter(([name]) => name !== 'lang')
  const parsed = parseEventFilters(pairs)
  const locale = requestLocale(c)
  if (!parsed.ok) {
    const { parameter, key, params } = parsed.error
    throw new ApiError(400, {
      code: 'invalid_filter',
      messageKey: key,
      params,
      problems: [{ field: parameter, message: t(locale, key, params) }],
    })
  }
  return {
    filters: parsed.filters,
    locale,
    cacheKey: `${locale}|${filtersToQuery(parsed.filters)}`,
  }
}
