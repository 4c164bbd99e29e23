// GET /api/events (the calendar as JSON, filtered and localized) and GET /api/schema.json.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { eventsFeedJsonSchema } from '../../../shared/calendar/events-feed-schema'
import type { AppEnv } from '../env'
import { readFeedQuery } from '../feed/feed-query'
import { FEED_CACHE_CONTROL, serveFeed } from '../feed/feed-response'
import { renderEventsJson } from '../feed/render-events-json'

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

/**
 * Mount with `app.route('/api', eventsApiApp)`.
 *
 * @example
 * app.route('/api', eventsApiApp)
 */
export const eventsApiApp = new Hono<AppEnv>()

// Any site may read the public calendar (the wiki's scripts, partners' pages).
eventsApiApp.use(
  '*',
  cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] })
)

eventsApiApp.get('/events', (c) => {
  const { filters, locale, cacheKey } = readFeedQuery(c)
  const { origin } = new URL(c.req.url)
  // Links in the body are absolute, so the origin is part of what the body depends on.
  return serveFeed(c, {
    cacheKey: `events.json|${origin}|${cacheKey}`,
    contentType: JSON_CONTENT_TYPE,
    render: (calendar) => JSON.stringify(renderEventsJson({ calendar, filters, locale, origin })),
  })
})

// The schema changes only with a deploy; the shared module builds it once per isolate.
eventsApiApp.get('/schema.json', (c) =>
  c.body(JSON.stringify(eventsFeedJsonSchema(), null, 2), 200, {
    'Content-Type': 'application/schema+json; charset=utf-8',
    'Cache-Control': FEED_CACHE_CONTROL,
  })
)
