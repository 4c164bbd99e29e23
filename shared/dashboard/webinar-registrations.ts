// The dashboard's webinar view: registrations per webinar against its capacity.
import type { Locale } from '../i18n/locales'
import type { Registration } from '../schemas/registration'
import type { Webinar } from '../schemas/webinar'

/** One webinar's registrations. */
export interface WebinarRegistrationCount {
  slug: string
  /** The title in the dashboard's language, or in another when it has none in that one. */
  title: string
  start: string
  capacity: number
  registered: number
  waitlisted: number
  cancelled: number
  seatsLeft: number
  full: boolean
}

export interface WebinarRegistrationsResult {
  webinars: WebinarRegistrationCount[]
  /** Registrations for a slug that is not on the Webinars tab (renamed or deleted webinars). */
  unknownWebinars: { slug: string; registrations: number }[]
}

/**
 * Registered, waitlisted and cancelled per webinar, seats left and whether it is full; webinars
 * by start, then slug.
 *
 * @example
 * webinarRegistrations(webinars, registrations, 'pt').webinars[0]
 * // { slug: 'dnssec-2026', title: 'DNSSEC na América Latina', capacity: 300, registered: 212, ... }
 */
export function webinarRegistrations(
  webinars: readonly Pick<Webinar, 'slug' | 'titles' | 'start' | 'capacity'>[],
  registrations: readonly Pick<Registration, 'webinarSlug' | 'status'>[],
  locale: Locale
): WebinarRegistrationsResult {
  const counts = new Map<string, Record<Registration['status'], number>>()
  for (const registration of registrations) {
    let count = counts.get(registration.webinarSlug)
    if (!count) {
      count = { registered: 0, waitlisted: 0, cancelled: 0 }
      counts.set(registration.webinarSlug, count)
    }
    count[registration.status]++
  }
  const known = new Set<string>()
  const result = webinars.map((webinar): WebinarRegistrationCount => {
    known.add(webinar.slug)
    const count = counts.get(webinar.slug) ?? { registered: 0, waitlisted: 0, cancelled: 0 }
    const title =
      webinar.titles[locale] ??
      webinar.titles.en ??
      webinar.titles.es ??
      webinar.titles.pt ??
      webinar.titles.fr ??
      webinar.slug
    return {
      slug: webinar.slug,
      title,
      start: webinar.start,
      capacity: webinar.capacity,
      ...count,
      seatsLeft: Math.max(0, webinar.capacity - count.registered),
      full: count.registered >= webinar.capacity,
    }
  })
  result.sort((a, b) => {
    const start = Date.parse(a.start) - Date.parse(b.start)
    return start !== 0 ? start : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
  })
  const unknownWebinars = [...counts.entries()]
    .filter(([slug]) => !known.has(slug))
    .map(([slug, count]) => ({
      slug,
      registrations: count.registered + count.waitlisted + count.cancelled,
    }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
  return { webinars: result, unknownWebinars }
}
