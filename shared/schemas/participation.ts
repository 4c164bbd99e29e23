// A participation record: one dated contribution of a member (a call attended, a vote cast...).
import * as z from 'zod'
import { memberId, recordId } from './member'
import { isoDate, optionalText } from './primitives'

export const PARTICIPATION_KINDS = ['monthly-call', 'vote', 'working-group', 'other'] as const
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number]

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
