// Answers a feed request from the cache: one version query, then the body or a 304 by ETag.
import type { Context } from 'hono'
import type { PublishedCalendar } from '../../../shared/schemas/event'
import { getCalendarVersion, getPublishedCalendar } from '../db/calendar'
import type { AppEnv } from '../env'
import { etagMatches, type FeedCache, feedCache } from './feed-cache'

/** Browsers, calendar apps and proxies may keep a feed this long, then revalidate by ETag. */
export const FEED_CACHE_CONTROL = 'public, max-age=300'

export interface ServeFeedOptions {
  /** What the body depends on besides the calendar version (kind, language, filters, origin). */
  cacheKey: string
  contentType: string
  /** Extra response headers (Content-Disposition). */
  headers?: Record<string, string>
  /** Renders the body from the published calendar (null before the first publish). */
  render: (calendar: PublishedCalendar | null) => string | Promise<string>
  cache?: FeedCache
}

/**
 * A feed response. The current version comes from the cache (re-read from D1 at most every
 * 2 s, at once after this isolate's own publish); the body is rendered once per
 * (version, cacheKey) in this isolate and reused afterwards; an If-None-Match naming its
 * ETag gets a 304 with no body.
 *
 * @example
 * return serveFeed(c, { cacheKey: `ics|${query.cacheKey}`, contentType: 'text/calendar; charset=utf-8', render })
 */
export async function serveFeed(c: Context<AppEnv>, options: ServeFeedOptions): Promise<Response> {
  const cache = options.cache ?? feedCache
  const db = c.env.DB
  const current = await cache.currentVersion(() => getCalendarVersion(db))
  const feed = await cache.rendered(current, options.cacheKey, async () =>
    options.render(current ? await cache.calendar(current, () => getPublishedCalendar(db)) : null)
  )
  const headers: Record<string, string> = {
    'Cache-Control': FEED_CACHE_CONTROL,
    ETag: feed.etag,
    // Labels and messages follow Accept-Language when the URL has no `lang`.
    Vary: 'Accept-Language',
  }
  if (etagMatches(c.req.header('If-None-Match'), feed.etag)) {
    return c.body(null, 304, headers)
  }
  return c.body(feed.body, 200, {
    ...headers,
    'Content-Type': options.contentType,
    ...options.headers,
  })
}
