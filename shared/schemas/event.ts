// The outreach event: one row of the Outreach Calendar, as published to the feeds.
import * as z from 'zod/mini'
import { LOCALES } from '../i18n/locales'
import { SUBREGIONS } from '../reference/subregions'
import { EVENT_CATEGORIES, EVENT_FORMATS, EVENT_STATUSES } from './event-values'
import {
  clockTime,
  countryCode,
  isoDate,
  nfcText,
  optionalText,
  timeZone,
  webUrl,
} from './primitives'

export {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  type EventCategory,
  type EventFormat,
  type EventStatus,
  PUBLISHABLE_EVENT_STATUSES,
  type PublishableEventStatus,
} from './event-values'

/** A stable event id: lower-case letters, digits and hyphens (the sheet's ID column). */
export const eventId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'invalid_event_id'))

/**
 * An outreach event. Dates are calendar dates; `endDate` is the last day (inclusive).
 * An event with `startTime` is timed and needs a `timeZone`; without it, it is all-day.
 * An event without `startDate` is undated: it stays on the calendar as tentative.
 *
 * @example
 * outreachEventSchema.parse({ id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26' })
 */
export const outreachEventSchema = z
  .object({
    id: eventId,
    title: nfcText({ max: 300 }),
    startDate: z._default(z.nullable(isoDate), null),
    endDate: z._default(z.nullable(isoDate), null),
    startTime: z._default(z.nullable(clockTime), null),
    endTime: z._default(z.nullable(clockTime), null),
    timeZone: z._default(z.nullable(timeZone), null),
    city: optionalText(120),
    country: z._default(z.nullable(countryCode), null),
    subregion: z._default(z.nullable(z.enum(SUBREGIONS)), null),
    category: z._default(z.enum(EVENT_CATEGORIES), 'other'),
    format: z._default(z.enum(EVENT_FORMATS), 'in-person'),
    status: z._default(z.enum(EVENT_STATUSES), 'confirmed'),
    url: z._default(z.nullable(webUrl), null),
    languages: z._default(z.array(z.enum(LOCALES)), []),
    cropEligible: z._default(z.boolean(), false),
    description: optionalText(4000),
  })
  .check(
    z.superRefine((event, ctx) => {
      if (event.startDate === null) {
        if (event.endDate !== null)
          ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_without_start' })
        if (event.status === 'confirmed')
          ctx.addIssue({ code: 'custom', path: ['status'], message: 'undated_confirmed' })
      }
      if (event.startDate && event.endDate && event.endDate < event.startDate)
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' })
      if (event.startTime !== null) {
        if (event.startDate === null)
          ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'time_without_date' })
        if (event.timeZone === null)
          ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'time_without_zone' })
      }
      if (event.endTime !== null && event.startTime === null)
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'end_time_without_start' })
    })
  )

export type OutreachEvent = z.infer<typeof outreachEventSchema>
export type OutreachEventInput = z.input<typeof outreachEventSchema>

/** The body of a publish: the whole calendar, as one snapshot. */
export const calendarSnapshotSchema = z.object({
  events: z.array(outreachEventSchema).check(z.maxLength(20000)),
})
export type CalendarSnapshot = z.infer<typeof calendarSnapshotSchema>

/** True when the event has no time of day (an all-day event in feeds). */
export function isAllDay(event: Pick<OutreachEvent, 'startTime'>): boolean {
  return event.startTime === null
}

/** An event as the Worker serves it: the sheet's fields plus its revision for subscribers. */
export type PublishedEvent = OutreachEvent & {
  /** iCalendar SEQUENCE: 0 when first published, +1 each time the event changes. */
  sequence: number
  /** When the event last changed, ISO 8601 UTC (iCalendar LAST-MODIFIED). */
  lastModified: string
}

/** The published calendar: one snapshot, as the feeds render it. */
export interface PublishedCalendar {
  version: number
  /** When this version was published, ISO 8601 UTC; the feeds' DTSTAMP. */
  publishedAt: string
  events: PublishedEvent[]
}
