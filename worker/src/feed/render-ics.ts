// Renders published outreach events as an iCalendar (RFC 5545) document with ical-generator.
import ical, {
  escape as escapeText,
  foldLines,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator'
import { eventLabels, eventLocation } from '../../../shared/calendar/event-labels'
import { eventSpan } from '../../../shared/calendar/event-span'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { EventStatus, PublishedEvent } from '../../../shared/schemas/event'

/** How often subscribers should re-read the feed (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
const REFRESH_INTERVAL_SECONDS = 6 * 3600

const STATUS: Record<EventStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
  // Never in a feed: PUT /admin/events refuses a proposed event. Were one ever stored, it
  // would at most be tentative.
  proposed: ICalEventStatus.TENTATIVE,
}

export interface RenderIcsOptions {
  /** The events to include; undated ones are left out (they have no place on a calendar). */
  events: readonly PublishedEvent[]
  /** The publish time, ISO 8601: every DTSTAMP, so the same version renders byte for byte alike. */
  publishedAt: string
  /** The calendar's display name (X-WR-CALNAME), already localized. */
  name: string
  locale: Locale
}

/** The UID of an event: stable across publishes, so subscribers update it in place. */
function eventUid(id: string): string {
  return `${id}@lacralo`
}

function dateAtUtcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

// A URL content line as ical-generator folds it: the line and any continuation lines.
const URL_LINE = /^URL;VALUE=URI:(?:[^\r]|\r\n[ \t])*/gm

/**
 * Finishes ical-generator's output. It folds at 75 octets without splitting a UTF-8
 * sequence (it counts octets per code point) and escapes TEXT values, but two things
 * need fixing: the document must end in CRLF like every other line; and URL is a URI
 * value, which takes no TEXT escaping (a `\,` would corrupt a link with a comma), so each
 * URL line is unfolded, unescaped and folded again by the same rule. The calendar name,
 * which it writes unescaped, is escaped before it is handed over.
 */
function finish(document: string): string {
  const fixed = document.replace(URL_LINE, (line) =>
    foldLines(line.replace(/\r\n[ \t]/g, '').replace(/\\([\\;,])/g, '$1'))
  )
  return `${fixed}\r\n`
}

/**
 * One iCalendar document for these events.
 * Timed events are written in UTC (`DTSTART:20230326T160000Z`) rather than with a TZID:
 * a TZID needs a VTIMEZONE block with the zone's rules, which Outlook requires and which
 * workerd cannot produce without a time-zone database; UTC instants, converted from the
 * event's IANA zone with Intl, are placed correctly by Outlook, Google and Apple alike.
 * The cost is that a later change to a zone's rules needs a republish, which re-renders.
 *
 * @example
 * const body = renderIcs({ events, publishedAt: calendar.publishedAt, name: 'LACRALO – Outreach calendar', locale: 'en' })
 */
export function renderIcs(options: RenderIcsOptions): string {
  const { locale } = options
  const calendar = ical({
    prodId: { company: 'LACRALO', product: 'Outreach Toolkit', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: escapeText(options.name, false),
    description: escapeText(t(locale, 'feed.calendarDescription'), false),
    ttl: REFRESH_INTERVAL_SECONDS,
  })
  const stamp = new Date(options.publishedAt)

  for (const event of options.events) {
    const span = eventSpan(event)
    if (span === null) continue
    const location = eventLocation(event, locale)
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.sequence,
      stamp,
      lastModified: new Date(event.lastModified),
      allDay: span.allDay,
      start: span.allDay ? dateAtUtcMidnight(span.startDate) : new Date(span.start),
      end: span.allDay ? dateAtUtcMidnight(span.endDateExclusive) : new Date(span.end),
      summary: event.title,
      description: event.description,
      location: location === null ? null : { title: location },
      url: event.url,
      status: STATUS[event.status],
      categories: [{ name: eventLabels(event, locale).category }],
      // Subscribing to the region's calendar must not mark anyone busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    })
  }
  return finish(calendar.toString())
}
