// The CROP trip (Community Regional Outreach Program) and ICANN's fiscal year it counts against.
import * as z from 'zod/mini'
import { CROP_TRIP_STATUSES } from './crop-values'
import { eventId } from './event'
import { memberId } from './member'
import { isIsoDate, isoDate } from './primitives'

export { CROP_TRIP_STATUSES, type CropTripStatus } from './crop-values'

/** An ICANN fiscal year, written as ICANN does: FY and the last two digits of the year it ends. */
export const fiscalYear = z.string().check(z.regex(/^FY\d{2}$/, 'invalid_fiscal_year'))
export type FiscalYear = z.infer<typeof fiscalYear>

/**
 * The ICANN fiscal year a date falls in. ICANN's fiscal year runs from 1 July to 30 June and is
 * named for the year it ends in.
 *
 * @example
 * fiscalYearOf('2023-07-01') // 'FY24'
 * fiscalYearOf('2024-06-30') // 'FY24'
 */
export function fiscalYearOf(date: string): FiscalYear {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`)
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const endsIn = month >= 7 ? year + 1 : year
  return `FY${String(endsIn % 100).padStart(2, '0')}`
}

/**
 * The first and last day of a fiscal year, for "trips this fiscal year". Two-digit years are
 * read as 2000-2099.
 *
 * @example
 * fiscalYearRange('FY24') // { start: '2023-07-01', end: '2024-06-30' }
 */
export function fiscalYearRange(year: FiscalYear): { start: string; end: string } {
  const endsIn = 2000 + Number(fiscalYear.parse(year).slice(2))
  return { start: `${endsIn - 1}-07-01`, end: `${endsIn}-06-30` }
}

/**
 * A CROP trip: a member travelling to an outreach event. When `travelDate` is known it must
 * fall in `fiscalYear`.
 *
 * @example
 * cropTripSchema.parse({
 *   memberId: 'm-0042',
 *   eventId: 'caribnog-26',
 *   fiscalYear: 'FY24',
 *   travelDate: '2023-09-12',
 *   status: 'approved',
 * })
 */
export const cropTripSchema = z
  .object({
    memberId,
    eventId,
    fiscalYear,
    travelDate: z._default(z.nullable(isoDate), null),
    status: z._default(z.enum(CROP_TRIP_STATUSES), 'proposed'),
  })
  .check(
    z.superRefine((trip, ctx) => {
      // Refinements also run when a field has already failed; check only a well-formed pair.
      if (trip.travelDate === null || !isIsoDate(trip.travelDate)) return
      if (!fiscalYear.safeParse(trip.fiscalYear).success) return
      const expected = fiscalYearOf(trip.travelDate)
      if (expected !== trip.fiscalYear)
        ctx.addIssue({
          code: 'custom',
          path: ['fiscalYear'],
          message: 'fiscal_year_mismatch',
          input: trip.fiscalYear,
          params: { expected, travelDate: trip.travelDate },
        })
    })
  )

export type CropTrip = z.infer<typeof cropTripSchema>
export type CropTripInput = z.input<typeof cropTripSchema>
