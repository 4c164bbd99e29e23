// The shape of the public JSON feed (GET /api/events): the published events with labels and links.
import * as z from 'zod/mini'
import { LOCALES } from '../i18n/locales'
import { outreachEventSchema } from '../schemas/event'
import { type JsonSchema, publicJsonSchema } from '../schemas/json-schema'
import { isoInstant } from '../schemas/primitives'

const link = z.url({ protocol: /^https?$/ })

/** One event of the feed: the published event, its labels in the feed's language, its links. */
export const feedEventSchema = z.safeExtend(outreachEventSchema, {
  sequence: z
    .int()
    .check(z.minimum(0), z.describe('iCalendar SEQUENCE: 0 when first published, +1 per change')),
  lastModified: isoInstant.check(z.describe('When the event last changed (UTC)')),
  labels: z
    .object({
      category: z.string(),
      status: z.string(),
      format: z.string(),
      subregion: z.nullable(z.string()),
      country: z.nullable(z.string()),
    })
    .check(z.describe("The event's codes in words of the feed's language")),
  location: z
    .nullable(z.string())
    .check(z.describe('City and country as one line; null when unknown')),
  links: z.object({
    ics: z.nullable(link).check(z.describe("The event's iCalendar file; null while it is undated")),
    google: z
      .nullable(link)
      .check(z.describe('Google Calendar "add event" link; null while undated')),
    outlook: z
      .nullable(link)
      .check(z.describe('Outlook on the web "add event" link; null while undated')),
  }),
})
export type FeedEvent = z.infer<typeof feedEventSchema>

/** The whole feed: which published version it shows, how to subscribe to it, its events. */
export const eventsFeedSchema = z.object({
  version: z
    .nullable(z.int().check(z.minimum(1)))
    .check(z.describe('The published version; null before any publish')),
  publishedAt: z.nullable(isoInstant),
  locale: z.enum(LOCALES),
  name: z.string().check(z.describe('The calendar name, naming the filters')),
  feeds: z
    .object({
      ics: link,
      webcal: z.string().check(z.regex(/^webcal:\/\//)),
      google: link,
      outlook: link,
    })
    .check(z.describe('Subscription links for the same filters')),
  events: z.array(feedEventSchema),
})
export type EventsFeed = z.infer<typeof eventsFeedSchema>

let generated: JsonSchema | undefined

/**
 * The JSON Schema (draft 2020-12) of the JSON feed, served at /api/schema.json. An event's
 * own fields are described by the shared public schema of the outreach event (so both
 * documents say the same about them); the feed's additions come from `feedEventSchema`.
 *
 * @example
 * c.json(eventsFeedJsonSchema())
 */
export function eventsFeedJsonSchema(): JsonSchema {
  if (generated) return generated
  const schema = z.toJSONSchema(eventsFeedSchema, { io: 'output', target: 'draft-2020-12' })
  const event = publicJsonSchema('outreach-event')
  const items = (schema.properties?.events as JsonSchema | undefined)?.items as JsonSchema
  items.properties = { ...items.properties, ...event.properties }
  generated = { ...schema, title: 'LACRALO outreach calendar (GET /api/events)' }
  return generated
}
