// The dashboard's upcoming events: the next days' events, with their CROP request deadlines.

import { cropRequestDeadline } from '../crop/request-deadline'
import type { Locale } from '../i18n/locales'
import { addDays } from '../participation/date-math'
import type { OutreachEvent } from '../schemas/event'
import type { Settings } from '../schemas/settings'

/** An upcoming event; the deadline fields are null for a virtual event (no travel to fund). */
export interface UpcomingEvent {
  id: string
  title: string
  startDate: string
  endDate: string | null
  country: string | null
  subregion: OutreachEvent['subregion']
  format: OutreachEvent['format']
  status: OutreachEvent['status']
  cropEligible: boolean
  cropDeadline: string | null
  /** The CROP request deadline has passed. */
  late: boolean
  daysToDeadline: number | null
  /** The deadline as a sentence, or null. */
  message: string | null
}

export interface UpcomingEventsResult {
  events: UpcomingEvent[]
  /** Events with no date yet (left out of the list; they have no deadline either). */
  undated: number
}

/** What the list needs of an event (a row of the Events tab). */
export type UpcomingEventSource = Pick<
  OutreachEvent,
  | 'id'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'country'
  | 'subregion'
  | 'format'
  | 'status'
  | 'cropEligible'
>

/**
 * The events starting from `today` up to `days` days ahead (90 by default), cancelled ones
 * left out, by start date then ID. Every event someone could travel to (in person or hybrid,
 * or marked CROP eligible) carries its CROP request deadline (start minus the lead time in
 * Settings) and `late` once that day has passed; `cropEligible` says whether staff marked it.
 *
 * @example
 * upcomingEvents(events, settings, '2026-06-30', { locale: 'en' }).events[0]?.cropDeadline // '2026-07-20'
 */
export function upcomingEvents(
  events: readonly UpcomingEventSource[],
  settings: Pick<Settings, 'crop'>,
  today: string,
  options: { days?: number; locale: Locale }
): UpcomingEventsResult {
  const until = addDays(today, options.days ?? 90)
  const upcoming: UpcomingEvent[] = []
  let undated = 0
  for (const event of events) {
    if (event.startDate === null) {
      undated++
      continue
    }
    if (event.status === 'cancelled' || event.startDate < today || event.startDate > until) continue
    const deadline =
      event.cropEligible || event.format !== 'virtual'
        ? cropRequestDeadline(event, settings, today, { locale: options.locale })
        : null
    upcoming.push({
      id: event.id,
      title: event.title,
      startDate: event.startDate,
      endDate: event.endDate,
      country: event.country,
      subregion: event.subregion,
      format: event.format,
      status: event.status,
      cropEligible: event.cropEligible,
      cropDeadline: deadline?.deadline ?? null,
      late: deadline?.late ?? false,
      daysToDeadline: deadline?.daysLeft ?? null,
      message: deadline?.message ?? null,
    })
  }
  upcoming.sort((a, b) =>
    a.startDate === b.startDate ? (a.id < b.id ? -1 : 1) : a.startDate < b.startDate ? -1 : 1
  )
  return { events: upcoming, undated }
}
