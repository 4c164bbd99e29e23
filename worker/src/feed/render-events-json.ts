// Renders the published calendar as the public JSON feed: events with labels and calendar links.
import { calendarName } from '../../../shared/calendar/calendar-name'
import { eventLabels, eventLocation } from '../../../shared/calendar/event-labels'
import type { EventsFeed } from '../../../shared/calendar/events-feed-schema'
import {
  compareChronologically,
  type EventFilters,
  filterEvents,
} from '../../../shared/calendar/filter-events'
import {
  calendarFeedPath,
  eventIcsPath,
  googleCalendarLink,
  googleSubscribeLink,
  outlookCalendarLink,
  outlookSubscribeLink,
  webcalLink,
} from '../../../shared/calendar/links'
import type { Locale } from '../../../shared/i18n/locales'
import type { PublishedCalendar } from '../../../shared/schemas/event'

export interface RenderEventsJsonOptions {
  /** The published calendar, or null before the first publish (an empty list, not an error). */
  calendar: PublishedCalendar | null
  filters: EventFilters
  locale: Locale
  /** The Worker's origin (https://host), so links work wherever the JSON is read. */
  origin: string
}

/**
 * The JSON feed for these filters: events in chronological order (undated last), each with
 * labels in `locale`, its iCalendar file and Google/Outlook "add" links (null when undated),
 * plus subscription links for the same filters.
 *
 * @example
 * const body = JSON.stringify(renderEventsJson({ calendar, filters: {}, locale: 'es', origin }))
 */
export function renderEventsJson(options: RenderEventsJsonOptions): EventsFeed {
  const { calendar, filters, locale, origin } = options
  const name = calendarName(filters, locale)
  const feedUrl = `${origin}${calendarFeedPath(filters, locale)}`
  const events = [...filterEvents(calendar?.events ?? [], filters)].sort(compareChronologically)
  return {
    version: calendar?.version ?? null,
    publishedAt: calendar?.publishedAt ?? null,
    locale,
    name,
    feeds: {
      ics: feedUrl,
      webcal: webcalLink(feedUrl),
      google: googleSubscribeLink(feedUrl),
      outlook: outlookSubscribeLink(feedUrl, name),
    },
    events: events.map((event) => {
      const location = eventLocation(event, locale)
      const dated = event.startDate !== null
      return {
        ...event,
        labels: eventLabels(event, locale),
        location,
        links: {
          ics: dated ? `${origin}${eventIcsPath(event.id)}?lang=${locale}` : null,
          google: googleCalendarLink(event, { location }),
          outlook: outlookCalendarLink(event, { location }),
        },
      }
    }),
  }
}
