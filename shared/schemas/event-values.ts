// The outreach event's value sets, without zod, for code that needs only the values (the add-on).

/**
 * 'proposed': put forward by a member through the public form and not yet reviewed by staff.
 * The calendar keeps it (so the dashboard and the CROP planning can see it), but it is never
 * published: the Worker refuses a publish that contains one.
 */
export const EVENT_STATUSES = ['confirmed', 'tentative', 'cancelled', 'proposed'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/** The statuses the public feeds may carry: every status but 'proposed'. */
export const PUBLISHABLE_EVENT_STATUSES = [
  'confirmed',
  'tentative',
  'cancelled',
] as const satisfies readonly EventStatus[]
export type PublishableEventStatus = (typeof PUBLISHABLE_EVENT_STATUSES)[number]

export const EVENT_FORMATS = ['in-person', 'virtual', 'hybrid'] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]

export const EVENT_CATEGORIES = [
  'icann-meeting',
  'lacralo-meeting',
  'webinar',
  'capacity-building',
  'roadshow',
  'technical-community',
  'governance-forum',
  'telecom-policy',
  'other',
] as const
export type EventCategory = (typeof EVENT_CATEGORIES)[number]
