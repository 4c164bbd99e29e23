// A webinar as a calendar entry: the .ics download and the Google Calendar "add" link.
import { googleCalendarLink } from '../../../shared/calendar/links'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { PublishedEvent } from '../../../shared/schemas/event'
import { type PublicWebinar, webinarEndsAt } from '../../../shared/schemas/webinar'
import { renderIcs } from '../feed/render-ics'
import { pickText, webinarTitle } from './webinars-format'

/**
 * The path of a webinar's iCalendar file.
 *
 * @example
 * webinarIcsPath('dnssec-2026', 'es') // '/webinars/dnssec-2026.ics?lang=es'
 */
export function webinarIcsPath(slug: string, locale: Locale): string {
  return `/webinars/${encodeURIComponent(slug)}.ics?lang=${locale}`
}

function utcParts(instant: number): { date: string; time: string } {
  const iso = new Date(instant).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/**
 * The webinar as an outreach event of the calendar, so that the feed's iCalendar writer
 * and link builders serve it too. Its clock times are given in UTC, which is exact: both
 * write timed events as UTC instants. The join link is not part of a PublicWebinar, so it
 * cannot reach a calendar file; the event's link is the public registration page.
 *
 * @example
 * const event = webinarAsEvent(toPublicWebinar(webinar), { locale: 'es', pageUrl, updatedAt })
 */
export function webinarAsEvent(
  webinar: PublicWebinar,
  options: { locale: Locale; pageUrl: string; updatedAt: string }
): PublishedEvent {
  const start = utcParts(Date.parse(webinar.start))
  const end = utcParts(webinarEndsAt(webinar))
  return {
    id: `webinar-${webinar.slug}`,
    title: webinarTitle(webinar, options.locale).text,
    startDate: start.date,
    endDate: end.date,
    startTime: start.time,
    endTime: end.time,
    timeZone: 'UTC',
    city: null,
    country: null,
    subregion: null,
    category: 'webinar',
    format: 'virtual',
    status: 'confirmed',
    url: options.pageUrl,
    languages: [],
    cropEligible: false,
    description: pickText(webinar.descriptions, options.locale)?.text ?? null,
    sequence: 0,
    lastModified: options.updatedAt,
  }
}

/**
 * The webinar's .ics file: one VEVENT, its time in UTC, no join link.
 *
 * @example
 * c.body(webinarIcs(webinar, { locale: 'fr', pageUrl, updatedAt }), 200, { 'Content-Type': 'text/calendar; charset=utf-8' })
 */
export function webinarIcs(
  webinar: PublicWebinar,
  options: { locale: Locale; pageUrl: string; updatedAt: string }
): string {
  const event = webinarAsEvent(webinar, options)
  return renderIcs({
    events: [event],
    publishedAt: options.updatedAt,
    name: event.title,
    locale: options.locale,
  })
}

/**
 * A Google Calendar link that opens a new event filled in with the webinar.
 *
 * @example
 * webinarGoogleLink(webinar, { locale: 'pt', pageUrl, updatedAt })
 * // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=…'
 */
export function webinarGoogleLink(
  webinar: PublicWebinar,
  options: { locale: Locale; pageUrl: string; updatedAt: string }
): string {
  const event = webinarAsEvent(webinar, options)
  return (
    googleCalendarLink(event, { location: t(options.locale, 'feed.location.online') }) ??
    options.pageUrl
  )
}
