// The member: one row of the Members tab (an individual in LACRALO, with or without an ALS).
import * as z from 'zod'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import { regionCountryCode } from './country'
import { eventId } from './event'
import { isoDate, nfcText, optionalText } from './primitives'

/**
 * The ID column of the roster tabs (members, ALSes, participation): letters, digits, hyphens
 * and underscores, up to 64, as staff already write them (ALS-AR-01, m-0042) or a UUID.
 *
 * @example
 * recordId.parse(' ALS-AR-01 ') // 'ALS-AR-01'
 */
export const recordId = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'invalid_id'))

/** A member's ID (see `recordId`). */
export const memberId = recordId

/** A declared conflict of interest; a "no-go" one excludes the member from representing. */
export const conflictOfInterestSchema = z.object({
  description: nfcText({ max: 1000 }),
  noGo: z.boolean().default(false),
})
export type ConflictOfInterest = z.infer<typeof conflictOfInterestSchema>

/** A CROP trip the member has taken: the outreach event and the first day of travel. */
export const memberCropTripSchema = z.object({
  eventId,
  date: isoDate,
})
export type MemberCropTrip = z.infer<typeof memberCropTripSchema>

// An email cell may be empty; when filled it must pass the shared Universal Acceptance rules.
const memberEmail = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  emailAddressSchema
    .transform((email) => email.address)
    .nullable()
    .default(null)
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
  alsId: recordId.nullable().default(null),
  languages: z.array(z.enum(LOCALES)).default([]),
  gender: optionalText(100),
  expertise: z
    .array(nfcText({ max: 120 }))
    .max(50)
    .default([]),
  conflicts: z.array(conflictOfInterestSchema).max(50).default([]),
  cropTrips: z.array(memberCropTripSchema).max(200).default([]),
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
