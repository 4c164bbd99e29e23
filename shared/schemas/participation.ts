// A participation record: one dated contribution of a member (a call attended, a vote cast...).
import * as z from 'zod/mini'
import { memberId, recordId } from './member'
import { PARTICIPATION_KINDS } from './participation-values'
import { isoDate, optionalText } from './primitives'

export { PARTICIPATION_KINDS, type ParticipationKind } from './participation-values'

/**
 * A participation record. "Active" is computed from these records by the rule in Settings,
 * never typed by hand.
 *
 * @example
 * participationSchema.parse({
 *   id: 'p-2023-0311',
 *   memberId: 'm-0042',
 *   date: '2023-03-13',
 *   kind: 'monthly-call',
 *   detail: 'LACRALO monthly call, March 2023',
 * })
 */
export const participationSchema = z.object({
  id: recordId,
  memberId,
  date: isoDate,
  kind: z.enum(PARTICIPATION_KINDS),
  detail: optionalText(500),
})

export type Participation = z.infer<typeof participationSchema>
export type ParticipationInput = z.input<typeof participationSchema>
