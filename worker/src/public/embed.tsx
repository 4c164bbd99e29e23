// GET /embed: the upcoming-events page the community wiki frames; plain HTML, no JavaScript.
import { Hono } from 'hono'
import { calendarName } from '../../../shared/calendar/calendar-name'
import {
  compareChronologically,
  type EventFilters,
  FILTER_PARAMETERS,
  filterEvents,
  hasFilters,
  parseEventFilters,
} from '../../../shared/calendar/filter-events'
import {
  calendarFeedPath,
  googleSubscribeLink,
  outlookSubscribeLink,
  webcalLink,
} from '../../../shared/calendar/links'
import { t } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import type { PublishedCalendar } from '../../../shared/schemas/event'
import type { AppEnv } from '../env'
import { serveFeed } from '../feed/feed-response'
import { requestLocale } from '../request-locale'
import { frameAncestorsSource, pageSecurityHeaders, styleHashSource } from '../security-headers'
import { EmbedErrorPage, type EmbedListing, EmbedPage, type LanguageLink } from './embed-page'
import { EMBED_CSS } from './embed-styles'

/** How many events the page lists unless `?limit=` says otherwise, and the most it will. */
export const EMBED_DEFAULT_LIMIT = 10
export const EMBED_MAX_LIMIT = 50

const PAGE_PARAMETERS = ['lang', 'limit'] as const
const KNOWN_PARAMETERS: readonly string[] = [...PAGE_PARAMETERS, ...FILTER_PARAMETERS]

let styleSource: Promise<string> | undefined

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10)
}

function languageLinks(url: URL): LanguageLink[] {
  return LOCALES.map((locale) => {
    const params = new URLSearchParams(url.search)
    params.set('lang', locale)
    return { locale, href: `?${params}` }
  })
}

type QueryCheck =
  | { ok: true; filters: EventFilters; limit: number }
  | { ok: false; message: string }

function readQuery(url: URL, locale: Locale): QueryCheck {
  const pairs = [...url.searchParams]
  const unknown = pairs.find(([name]) => !KNOWN_PARAMETERS.includes(name))
  if (unknown)
    return { ok: false, message: t(locale, 'embed.error.unknownParameter', { name: unknown[0] }) }
  const limitText = url.searchParams.get('limit')?.trim() || String(EMBED_DEFAULT_LIMIT)
  const limit = Number(limitText)
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > EMBED_MAX_LIMIT)
    return {
      ok: false,
      message: t(locale, 'embed.error.badLimit', { max: EMBED_MAX_LIMIT, value: limitText }),
    }
  const parsed = parseEventFilters(
    pairs.filter(([name]) => !(PAGE_PARAMETERS as readonly string[]).includes(name))
  )
  if (!parsed.ok) return { ok: false, message: t(locale, parsed.error.key, parsed.error.params) }
  return { ok: true, filters: parsed.filters, limit }
}

function upcomingListing(
  calendar: PublishedCalendar | null,
  filters: EventFilters,
  limit: number,
  today: string
): EmbedListing {
  if (calendar === null) return { kind: 'unpublished' }
  // "Upcoming" is what has not ended yet; an explicit `from` moves that start.
  const events = filterEvents(calendar.events, { ...filters, from: filters.from ?? today })
    .sort(compareChronologically)
    .slice(0, limit)
  if (events.length > 0) return { kind: 'events', events }
  return { kind: hasFilters(filters) ? 'noMatch' : 'noUpcoming' }
}

function subscribeLinks(origin: string, filters: EventFilters, locale: Locale) {
  // The subscription follows the page's selection but not its date window.
  const { from: _from, to: _to, ...selection } = filters
  const feedUrl = origin + calendarFeedPath(selection, locale)
  return {
    feedUrl,
    webcal: webcalLink(feedUrl),
    google: googleSubscribeLink(feedUrl),
    outlook: outlookSubscribeLink(feedUrl, calendarName(selection, locale)),
  }
}

/** The /embed route group, mounted at the root. */
export const embedRoutes = new Hono<AppEnv>()

embedRoutes.get('/embed', async (c) => {
  const url = new URL(c.req.url)
  const locale = requestLocale(c)
  styleSource ??= styleHashSource(EMBED_CSS)
  const security = pageSecurityHeaders({
    styleSources: [await styleSource],
    frameAncestors: frameAncestorsSource(c.env.EMBED_FRAME_ANCESTORS),
  })
  for (const [name, value] of Object.entries(security)) c.header(name, value)

  const query = readQuery(url, locale)
  if (!query.ok) {
    c.header('Cache-Control', 'no-store')
    c.header('Vary', 'Accept-Language')
    const page = await EmbedErrorPage({
      locale,
      message: query.message,
      languageLinks: languageLinks(url),
    }).toString()
    return c.html(`<!DOCTYPE html>${page}`, 400)
  }

  // Served like the feeds: one version query, the page rendered once per version and key
  // in this isolate, a 304 for a matching If-None-Match. The day is part of the key because
  // it changes what "upcoming" means.
  const today = todayUtc()
  return serveFeed(c, {
    cacheKey: `embed|${today}|${locale}|${url.origin}${url.search}`,
    contentType: 'text/html; charset=utf-8',
    render: async (calendar) => {
      const body = await EmbedPage({
        locale,
        listing: upcomingListing(calendar, query.filters, query.limit, today),
        languageLinks: languageLinks(url),
        subscribe: subscribeLinks(url.origin, query.filters, locale),
        publishedAt: calendar?.publishedAt ?? null,
      }).toString()
      return `<!DOCTYPE html>${body}`
    },
  })
})
