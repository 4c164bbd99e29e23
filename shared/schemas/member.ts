// The member: one row of the Members tab (an individual in LACRALO, with or without an ALS).
import * as z from 'zod/mini'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import { regionCountryCode } from './country'
import { eventId } from './event'
import { blankAsNull, isoDate, nfcText, optionalText } from './primitives'

/**
 * The ID column of the roster tabs (members, ALSes, participation): letters, digits, hyphens
 * and underscores, up to 64, as staff already write them (ALS-AR-01, m-0042) or a UUID.
 *
 * @example
 * recordId.parse(' ALS-AR-01 ') // 'ALS-AR-01'
 */
export const recordId = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.trim())
  ),
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'invalid_id'))
)

/** A member's ID (see `recordId`). */
export const memberId = recordId

/** A declared conflict of interest; a "no-go" one excludes the member from representing. */
export const conflictOfInterestSchema = z.object({
  description: nfcText({ max: 1000 }),
  noGo: z._default(z.boolean(), false),
})
export type ConflictOfInterest = z.infer<typeof conflictOfInterestSchema>

/** A CROP trip the member has taken: the outreach event and the first day of travel. */
export const memberCropTripSchema = z.object({
  eventId,
  date: isoDate,
})
export type MemberCropTrip = z.infer<typeof memberCropTripSchema>

// An email cell may be empty; when filled it must pass the shared Universal Acceptance rules.
const memberEmail = blankAsNull(
  z.pipe(
    emailAddressSchema,
    z.transform((email) => email.address)
  )
)

/**
 * A member. `name` is kept exactly as the person writes it (NFC only, never changed);
 * `gender` is an optional self-description in the member's own words.
 *
 * @example
 * memberSchema.parse({ id: 'm-0042', name: 'Sofía Núñez', country: 'UY', alsId: 'ALS-UY-02' })
 */
export const memberSchema = z.object({
  id: memberId,
  name: nfcText({ max: 200 }),
  email: memberEmail,
  country: regionCountryCode,
  alsId: z._default(z.nullable(recordId), null),
  languages: z._default(z.array(z.enum(LOCALES)), []),
  gender: optionalText(100),
  expertise: z._default(z.array(nfcText({ max: 120 })).check(z.maxLength(50)), []),
  conflicts: z._default(z.array(conflictOfInterestSchema).check(z.maxLength(50)), []),
  cropTrips: z._default(z.array(memberCropTripSchema).check(z.maxLength(200)), []),
})

export type Member = z.infer<typeof memberSchema>
export type MemberInput = z.input<typeof memberSchema>

/**
 * What the CROP shortlist needs of a member's travel: how many trips, and the last one's date.
 *
 * @example
 * cropTripSummary(member) // { count: 2, lastDate: '2023-03-26' }
 */
export function cropTripSummary(member: Pick<Member, 'cropTrips'>): {
  count: number
  lastDate: string | null
} {
  const dates = member.cropTrips.map((trip) => trip.date).sort()
  return { count: dates.length, lastDate: dates[dates.length - 1] ?? null }
}

/** True when the member has declared a conflict of interest marked "no-go". */
export function hasNoGoConflict(member: Pick<Member, 'conflicts'>): boolean {
  return member.conflicts.some((conflict) => conflict.noGo)
}
