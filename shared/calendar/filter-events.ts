// Filters for the public calendar: read from a query string, applied to events, written back.
import * as z from 'zod/mini'
import type { MessageKey, MessageParams } from '../i18n/catalogue'
import { SUBREGIONS } from '../reference/subregions'
import {
  EVENT_CATEGORIES,
  EVENT_STATUSES,
  type EventCategory,
  type EventStatus,
  type OutreachEvent,
} from '../schemas/event'
import { countryCode, isoDate, nfcText } from '../schemas/primitives'

/** The query parameters that filter the calendar, in the order a canonical query lists them. */
export const FILTER_PARAMETERS = [
  'category',
  'country',
  'from',
  'q',
  'status',
  'subregion',
  'to',
] as const
export type FilterParameter = (typeof FILTER_PARAMETERS)[number]

export const SEARCH_MAX_LENGTH = 200

/**
 * A set of filters: every one given must match (AND); a list matches any of its values (OR).
 * `from`/`to` keep the events that overlap the range, both ends inclusive.
 */
export const eventFiltersSchema = z.object({
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  country: z.optional(z.array(countryCode).check(z.minLength(1))),
  subregion: z.optional(z.array(z.enum(SUBREGIONS)).check(z.minLength(1))),
  category: z.optional(z.array(z.enum(EVENT_CATEGORIES)).check(z.minLength(1))),
  status: z.optional(z.array(z.enum(EVENT_STATUSES)).check(z.minLength(1))),
  q: z.optional(nfcText({ max: SEARCH_MAX_LENGTH })),
})
export type EventFilters = z.infer<typeof eventFiltersSchema>

/** Why a query could not be read: a catalogue key and its parameters, for any language. */
export interface FilterError {
  /** The query parameter at fault. */
  parameter: string
  key: MessageKey
  params: MessageParams
}

export type FilterParseResult =
  | { ok: true; filters: EventFilters }
  | { ok: false; error: FilterError }

const LIST_VALUES = {
  subregion: SUBREGIONS,
  category: EVENT_CATEGORIES,
  status: EVENT_STATUSES,
} as const

function isFilterParameter(name: string): name is FilterParameter {
  return (FILTER_PARAMETERS as readonly string[]).includes(name)
}

function splitList(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((item) => item.trim())
}

function sortedUnique<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort()
}

/**
 * Reads filters from query-string pairs. Lists may be comma-separated or repeated
 * (`country=MX,AR` equals `country=AR&country=MX`); the result is normalized (lists sorted
 * and de-duplicated, codes upper-cased, text NFC) so equivalent queries compare equal.
 * Unknown parameters and invalid values are errors, never silently ignored.
 *
 * @example
 * parseEventFilters([['country', 'mx,ar'], ['from', '2023-01-01']])
 * // { ok: true, filters: { country: ['AR', 'MX'], from: '2023-01-01' } }
 */
export function parseEventFilters(pairs: Iterable<readonly [string, string]>): FilterParseResult {
  const given = new Map<FilterParameter, string[]>()
  for (const [name, value] of pairs) {
    if (!isFilterParameter(name)) {
      return {
        ok: false,
        error: { parameter: name, key: 'feed.error.unknownParameter', params: { name } },
      }
    }
    given.set(name, [...(given.get(name) ?? []), value])
  }

  const filters: EventFilters = {}
  for (const [name, values] of given) {
    if (name === 'from' || name === 'to' || name === 'q') {
      const distinct = [...new Set(values)]
      if (distinct.length > 1) {
        return {
          ok: false,
          error: { parameter: name, key: 'feed.error.repeatedParameter', params: { name } },
        }
      }
      const value = (distinct[0] ?? '').trim()
      if (value === '') continue
      if (name === 'q') {
        const q = value.normalize('NFC').replace(/\s+/g, ' ')
        if (q.length > SEARCH_MAX_LENGTH) {
          return {
            ok: false,
            error: {
              parameter: name,
              key: 'feed.error.searchTooLong',
              params: { length: q.length, max: SEARCH_MAX_LENGTH },
            },
          }
        }
        filters.q = q
      } else {
        if (!isoDate.safeParse(value).success) {
          return {
            ok: false,
            error: { parameter: name, key: 'feed.error.invalidDate', params: { name, value } },
          }
        }
        filters[name] = value
      }
      continue
    }

    const items = splitList(values).filter((item) => item !== '')
    if (items.length === 0) continue
    if (name === 'country') {
      const codes: string[] = []
      for (const item of items) {
        const parsed = countryCode.safeParse(item)
        if (!parsed.success) {
          return {
            ok: false,
            error: { parameter: name, key: 'feed.error.invalidCountry', params: { value: item } },
          }
        }
        codes.push(parsed.data)
      }
      filters.country = sortedUnique(codes)
      continue
    }
    const allowed: readonly string[] = LIST_VALUES[name]
    const unknown = items.find((item) => !allowed.includes(item))
    if (unknown !== undefined) {
      return {
        ok: false,
        error: {
          parameter: name,
          key: 'feed.error.invalidChoice',
          params: { name, value: unknown, allowed: allowed.join(', ') },
        },
      }
    }
    // The checks above make these casts sound; the schema below re-checks the whole object.
    if (name === 'subregion')
      filters.subregion = sortedUnique(items as (typeof SUBREGIONS)[number][])
    if (name === 'category') filters.category = sortedUnique(items as EventCategory[])
    if (name === 'status') filters.status = sortedUnique(items as EventStatus[])
  }

  if (filters.from && filters.to && filters.from > filters.to) {
    return {
      ok: false,
      error: {
        parameter: 'from',
        key: 'feed.error.rangeReversed',
        params: { from: filters.from, to: filters.to },
      },
    }
  }
  return { ok: true, filters: eventFiltersSchema.parse(filters) }
}

/**
 * The canonical query string of a set of filters (no leading `?`): parameters in a fixed
 * order and lists sorted, so equivalent filters give the same string (a cache key, a link).
 *
 * @example
 * filtersToQuery({ subregion: ['caribbean'], country: ['MX', 'AR'] }) // 'country=AR,MX&subregion=caribbean'
 */
export function filtersToQuery(filters: EventFilters): string {
  const parts: string[] = []
  for (const name of FILTER_PARAMETERS) {
    const value = filters[name]
    if (value === undefined) continue
    const encoded = Array.isArray(value)
      ? [...value].sort().map(encodeURIComponent).join(',')
      : encodeURIComponent(value)
    parts.push(`${name}=${encoded}`)
  }
  return parts.join('&')
}

/**
 * True when at least one filter is set (false means the whole calendar).
 *
 * @example
 * hasFilters({}) // false
 */
export function hasFilters(filters: EventFilters): boolean {
  return FILTER_PARAMETERS.some((name) => filters[name] !== undefined)
}

/**
 * Text folded for matching: decomposed, marks removed, lower case.
 *
 * @example
 * foldForSearch('Bogotá') // 'bogota'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

type FilterableEvent = Pick<
  OutreachEvent,
  | 'title'
  | 'city'
  | 'description'
  | 'startDate'
  | 'endDate'
  | 'country'
  | 'subregion'
  | 'category'
  | 'status'
>

/**
 * True when the event passes every filter. Undated events pass only when no date range is set.
 * The search matches every word of `q` somewhere in the title, city or description,
 * ignoring case and accents.
 *
 * @example
 * matchesFilters({ title: 'Foro de Gobernanza', startDate: null, ... }, { q: 'gobernanza' }) // true
 */
export function matchesFilters(event: FilterableEvent, filters: EventFilters): boolean {
  if (filters.from !== undefined || filters.to !== undefined) {
    if (event.startDate === null) return false
    const lastDate = event.endDate ?? event.startDate
    if (filters.to !== undefined && event.startDate > filters.to) return false
    if (filters.from !== undefined && lastDate < filters.from) return false
  }
  if (filters.country && !(event.country !== null && filters.country.includes(event.country)))
    return false
  if (
    filters.subregion &&
    !(event.subregion !== null && filters.subregion.includes(event.subregion))
  )
    return false
  if (filters.category && !filters.category.includes(event.category)) return false
  if (filters.status && !filters.status.includes(event.status)) return false
  if (filters.q !== undefined) {
    const haystack = foldForSearch(
      [event.title, event.city ?? '', event.description ?? ''].join('\n')
    )
    const words = foldForSearch(filters.q).split(/\s+/).filter(Boolean)
    if (!words.every((word) => haystack.includes(word))) return false
  }
  return true
}

/**
 * The events that pass the filters, in their original order.
 *
 * @example
 * filterEvents(calendar.events, { subregion: ['caribbean'], status: ['confirmed'] })
 */
export function filterEvents<E extends FilterableEvent>(
  events: readonly E[],
  filters: EventFilters
): E[] {
  return events.filter((event) => matchesFilters(event, filters))
}

/**
 * Orders events as a calendar lists them: by start date, all-day before timed, then by
 * start time, title and id; undated events last.
 *
 * @example
 * [...events].sort(compareChronologically)
 */
export function compareChronologically(
  a: Pick<OutreachEvent, 'id' | 'title' | 'startDate' | 'startTime'>,
  b: Pick<OutreachEvent, 'id' | 'title' | 'startDate' | 'startTime'>
): number {
  const keyOf = (event: typeof a) => [
    event.startDate ?? '\uffff',
    event.startTime ?? '',
    event.title,
    event.id,
  ]
  const [ka, kb] = [keyOf(a), keyOf(b)]
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] as string, kb[i] as string]
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}
