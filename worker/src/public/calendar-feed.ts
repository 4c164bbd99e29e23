// GET /calendar.ics (the filtered feed subscribers poll) and GET /events/:id.ics (one event).
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { calendarName } from '../../../shared/calendar/calendar-name'
import { filterEvents } from '../../../shared/calendar/filter-events'
import { eventId } from '../../../shared/schemas/event'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { readFeedQuery } from '../feed/feed-query'
import { serveFeed } from '../feed/feed-response'
import { renderIcs } from '../feed/render-ics'
import { requestLocale } from '../request-locale'

const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8'

/**
 * Mount with `app.route('/', calendarFeedApp)`.
 *
 * @example
 * app.route('/', calendarFeedApp)
 */
export const calendarFeedApp = new Hono<AppEnv>()

// Web calendar widgets read feeds from other origins; the feeds are public and read-only.
calendarFeedApp.use(
  '*',
  cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] })
)

calendarFeedApp.get('/calendar.ics', (c) => {
  const { filters, locale, cacheKey } = readFeedQuery(c)
  return serveFeed(c, {
    cacheKey: `calendar.ics|${cacheKey}`,
    contentType: ICS_CONTENT_TYPE,
    headers: { 'Content-Disposition': 'inline; filename="lacralo-outreach.ics"' },
    render: (calendar) =>
      renderIcs({
        events: filterEvents(calendar?.events ?? [], filters),
        publishedAt: calendar?.publishedAt ?? new Date(0).toISOString(),
        name: calendarName(filters, locale),
        locale,
      }),
  })
})

calendarFeedApp.get('/events/:file{[^/]+\\.ics}', async (c) => {
  const id = c.req.param('file').slice(0, -'.ics'.length)
  // Only the language matters for one event's file; filters have nothing to select.
  const locale = requestLocale(c)
  const notFound = () =>
    new ApiError(404, {
      code: 'event_not_found',
      messageKey: 'feed.error.eventNotFound',
      params: { id },
    })
  if (!eventId.safeParse(id).success) throw notFound()
  // The lookup runs inside the render, so a known event is read once per version; an
  // unknown or undated id is answered by the error, which is never cached.
  return serveFeed(c, {
    cacheKey: `event.ics|${id}|${locale}`,
    contentType: ICS_CONTENT_TYPE,
    headers: { 'Content-Disposition': `inline; filename="${id}.ics"` },
    render: (calendar) => {
      const event = calendar?.events.find((candidate) => candidate.id === id)
      if (!calendar || !event) throw notFound()
      if (event.startDate === null) {
        throw new ApiError(404, {
          code: 'event_undated',
          messageKey: 'feed.error.eventUndated',
          params: { id },
        })
      }
      return renderIcs({
        events: [event],
        publishedAt: calendar.publishedAt,
        name: `${calendarName({}, locale)}: ${event.title}`,
        locale,
      })
    },
  })
})
