// The outreach event's value sets, without zod, for code that needs only the values (the add-on).

export const EVENT_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

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
