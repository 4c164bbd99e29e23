// The capacity-building webinar: what the registration page shows and the Worker stores.
import * as z from 'zod/mini'
import { LOCALES } from '../i18n/locales'
import { isoInstant, nfcText, timeZone, webUrl } from './primitives'

/** A webinar's slug, its address on the site: lower-case letters and digits in hyphenated words. */
export const webinarSlug = z
  .string()
  .check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'invalid_slug'))

/** Text in some of the four languages: `{ es: '...', en: '...' }`. */
function localizedText(max: number) {
  return z.partialRecord(z.enum(LOCALES), nfcText({ max }))
}

// The shape without the cross-field rules, so that the public variant can omit the join link.
const webinarShape = z.object({
  slug: webinarSlug,
  titles: localizedText(300).check(
    z.refine((titles) => Object.keys(titles).length > 0, { message: 'title_required' }),
    z.meta({ minProperties: 1 })
  ),
  descriptions: z._default(localizedText(4000), {}),
  /**
   * When it starts: an ISO 8601 instant with its UTC offset, e.g. 2023-02-27T18:00:00-05:00.
   * An instant (not a date and a wall-clock time) so that every reader agrees on the moment;
   * `timeZone` is the zone the page shows it in first.
   */
  start: isoInstant,
  timeZone,
  durationMinutes: z.number().check(z.int(), z.minimum(5), z.maximum(720)),
  capacity: z.number().check(z.int(), z.positive(), z.maximum(100_000)),
  registrationOpens: isoInstant,
  registrationCloses: isoInstant,
  /** The video-conference link; sent to registrants only, never published. */
  joinUrl: webUrl,
})

type WebinarTimes = Pick<
  z.infer<typeof webinarShape>,
  'start' | 'durationMinutes' | 'registrationOpens' | 'registrationCloses'
>

/**
 * When the webinar ends, as epoch milliseconds.
 *
 * @example
 * new Date(webinarEndsAt(webinar)).toISOString()
 */
export function webinarEndsAt(webinar: Pick<WebinarTimes, 'start' | 'durationMinutes'>): number {
  return Date.parse(webinar.start) + webinar.durationMinutes * 60_000
}

function checkRegistrationWindow(webinar: WebinarTimes, ctx: z.core.$RefinementCtx): void {
  // Refinements also run when a field has already failed; compare only well-formed instants.
  const instants = [webinar.start, webinar.registrationOpens, webinar.registrationCloses]
  if (!instants.every((instant) => isoInstant.safeParse(instant).success)) return
  if (!Number.isInteger(webinar.durationMinutes)) return
  const opens = Date.parse(webinar.registrationOpens)
  const closes = Date.parse(webinar.registrationCloses)
  if (closes <= opens)
    ctx.addIssue({
      code: 'custom',
      path: ['registrationCloses'],
      message: 'registration_closes_before_opens',
      input: webinar.registrationCloses,
    })
  else if (closes > webinarEndsAt(webinar))
    ctx.addIssue({
      code: 'custom',
      path: ['registrationCloses'],
      message: 'registration_closes_after_end',
      input: webinar.registrationCloses,
    })
}

/**
 * A webinar, as staff define it (with its join link).
 *
 * @example
 * webinarSchema.parse({
 *   slug: 'dnssec-2023',
 *   titles: { es: 'DNSSEC en América Latina', en: 'DNSSEC in Latin America' },
 *   start: '2023-04-24T18:00:00-05:00',
 *   timeZone: 'America/Bogota',
 *   durationMinutes: 90,
 *   capacity: 300,
 *   registrationOpens: '2023-03-24T00:00:00Z',
 *   registrationCloses: '2023-04-24T17:00:00-05:00',
 *   joinUrl: 'https://icann.zoom.us/j/123456789',
 * })
 */
export const webinarSchema = webinarShape.check(z.superRefine(checkRegistrationWindow))
export type Webinar = z.infer<typeof webinarSchema>
export type WebinarInput = z.input<typeof webinarSchema>

/** A webinar as the public sees it: everything but the join link. */
export const publicWebinarSchema = z
  .omit(webinarShape, { joinUrl: true })
  .check(z.superRefine(checkRegistrationWindow))
export type PublicWebinar = z.infer<typeof publicWebinarSchema>

/**
 * The webinar without its join link, for pages, feeds and public JSON.
 *
 * @example
 * c.json(toPublicWebinar(webinar))
 */
export function toPublicWebinar(webinar: Webinar): PublicWebinar {
  const { joinUrl: _joinUrl, ...publicFields } = webinar
  return publicFields
}
