// The At-Large Structure (ALS): one row of the ALS roster, an accredited organization in one country.
import * as z from 'zod/mini'
import { ALS_STATUSES } from './als-values'
import { regionCountryCode } from './country'
import { memberId, recordId } from './member'
import { isoDate, nfcText, webUrl } from './primitives'

export { ALS_STATUSES, type AlsStatus } from './als-values'

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
  accreditationDate: z._default(z.nullable(isoDate), null),
  website: z._default(z.nullable(webUrl), null),
  representatives: z._default(z.array(memberId).check(z.maxLength(20)), []),
})

export type Als = z.infer<typeof alsSchema>
export type AlsInput = z.input<typeof alsSchema>
