// The At-Large Structure (ALS): one row of the ALS roster, an accredited organization in one country.
import * as z from 'zod'
import { regionCountryCode } from './country'
import { memberId, recordId } from './member'
import { isoDate, nfcText, webUrl } from './primitives'

export const ALS_STATUSES = [
  'applicant',
  'active',
  'inactive',
  'under-review',
  'decertified',
] as const
export type AlsStatus = (typeof ALS_STATUSES)[number]

/** An ALS's ID (see `recordId`). */
export const alsId = recordId

/**
 * An ALS. `representatives` are member IDs; `accreditationDate` stays null for applicants.
 *
 * @example
 * alsSchema.parse({
 *   id: 'ALS-AR-01',
 *   name: 'Asociación Argentina de Usuarios de Internet',
 *   country: 'AR',
 *   status: 'active',
 *   accreditationDate: '2009-06-12',
 * })
 */
export const alsSchema = z.object({
  id: alsId,
  name: nfcText({ max: 300 }),
  country: regionCountryCode,
  status: z.enum(ALS_STATUSES),
  accreditationDate: isoDate.nullable().default(null),
  website: webUrl.nullable().default(null),
  representatives: z.array(memberId).max(20).default([]),
})

export type Als = z.infer<typeof alsSchema>
export type AlsInput = z.input<typeof alsSchema>
