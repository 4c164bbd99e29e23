// Links that put outreach events in people's calendars: one-event "add" links, feed subscriptions.
import type { Locale } from '../i18n/locales'
import type { OutreachEvent } from '../schemas/event'
import { eventSpan } from './event-span'
import { type EventFilters, filtersToQuery } from './filter-events'

type LinkedEvent = Pick<
  OutreachEvent,
  'title' | 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'timeZone' | 'description' | 'url'
>

/** What an "add to calendar" link fills in besides title and time. */
export interface AddLinkOptions {
  /** The place as one line (see eventLocation); omitted when null or missing. */
  location?: string | null
  /** The body text; by default the event's description and its web page. */
  details?: string | null
}

function query(params: [string, string | null | undefined][]): string {
  return params
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&')
}

/**
 * The event's description followed by its web page, the default body of an "add" link.
 *
 * @example
 * eventDetails({ description: 'Taller', url: 'https://example.org' }) // 'Taller\n\nhttps://example.org'
 */
export function eventDetails(event: Pick<OutreachEvent, 'description' | 'url'>): string {
  return [event.description, event.url].filter((part) => part !== null && part !== '').join('\n\n')
}

/** 2023-03-26T16:00:00.000Z → 20230326T160000Z (iCalendar's basic form, which Google reads). */
function basicInstant(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * The path of one event's iCalendar file, relative to the Worker's origin.
 *
 * @example
 * eventIcsPath('caribnog-25') // '/events/caribnog-25.ics'
 */
export function eventIcsPath(id: string): string {
  return `/events/${encodeURIComponent(id)}.ics`
}

/**
 * The path of the calendar feed for a set of filters (and a language for its labels).
 *
 * @example
 * calendarFeedPath({ subregion: ['caribbean'] }, 'es') // '/calendar.ics?subregion=caribbean&lang=es'
 */
export function calendarFeedPath(filters: EventFilters = {}, locale?: Locale): string {
  const search = [filtersToQuery(filters), locale ? `lang=${locale}` : ''].filter(Boolean).join('&')
  return search === '' ? '/calendar.ics' : `/calendar.ics?${search}`
}

/**
 * The webcal:// form of a feed URL: calendar apps (Apple, Outlook desktop) offer to subscribe.
 *
 * @example
 * webcalLink('https://outreach.example.org/calendar.ics') // 'webcal://outreach.example.org/calendar.ics'
 */
export function webcalLink(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//i, 'webcal://')
}

/**
 * A link that opens Google Calendar's "add by URL" for a feed.
 *
 * @example
 * googleSubscribeLink('https://outreach.example.org/calendar.ics')
 * // 'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Foutreach.example.org%2Fcalendar.ics'
 */
export function googleSubscribeLink(feedUrl: string): string {
  return `https://calendar.google.com/calendar/render?${query([['cid', webcalLink(feedUrl)]])}`
}

/**
 * A link that opens Outlook on the web's "subscribe from web" for a feed.
 *
 * @example
 * outlookSubscribeLink('https://outreach.example.org/calendar.ics', 'LACRALO – Outreach calendar')
 */
export function outlookSubscribeLink(feedUrl: string, name: string): string {
  return `https://outlook.live.com/calendar/0/addfromweb?${query([
    ['url', feedUrl],
    ['name', name],
  ])}`
}

/**
 * A Google Calendar link that opens a new event filled in with this one; null when the
 * event is undated. Timed events are given in UTC, so Google shows them in the reader's zone;
 * all-day events keep their dates (the end exclusive, as Google expects).
 *
 * @example
 * googleCalendarLink(event, { location: 'Ciudad de México, México' })
 * // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20230326T160000Z%2F20230326T180000Z&…'
 */
export function googleCalendarLink(
  event: LinkedEvent,
  options: AddLinkOptions = {}
): string | null {
  const span = eventSpan(event)
  if (span === null) return null
  const dates = span.allDay
    ? `${span.startDate.replace(/-/g, '')}/${span.endDateExclusive.replace(/-/g, '')}`
    : `${basicInstant(span.start)}/${basicInstant(span.end)}`
  return `https://calendar.google.com/calendar/render?${query([
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', dates],
    ['details', options.details === undefined ? eventDetails(event) : options.details],
    ['location', options.location],
  ])}`
}

/**
 * An Outlook on the web link that opens a new event filled in with this one; null when the
 * event is undated. `host` picks personal accounts (outlook.live.com, the default) or
 * work and school accounts (outlook.office.com).
 *
 * @example
 * outlookCalendarLink(event, { location: 'Bridgetown, Barbados', host: 'office' })
 */
export function outlookCalendarLink(
  event: LinkedEvent,
  options: AddLinkOptions & { host?: 'live' | 'office' } = {}
): string | null {
  const span = eventSpan(event)
  if (span === null) return null
  const host = options.host === 'office' ? 'outlook.office.com' : 'outlook.live.com'
  const [start, end] = span.allDay
    ? [span.startDate, span.endDateExclusive]
    : [span.start, span.end].map((instant) =>
        new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z')
      )
  return `https://${host}/calendar/0/deeplink/compose?${query([
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', event.title],
    ['startdt', start],
    ['enddt', end],
    ['allday', span.allDay ? 'true' : 'false'],
    ['body', options.details === undefined ? eventDetails(event) : options.details],
    ['location', options.location],
  ])}`
}
