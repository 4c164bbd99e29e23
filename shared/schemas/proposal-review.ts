// A row of the Proposals tab: a member's event proposal as staff review it in the workbook.
import * as z from 'zod/mini'
import { LOCALES } from '../i18n/locales'
import { eventId } from './event'
import { recordId } from './member'
import { isoInstant, nfcText, optionalText } from './primitives'
import { PROPOSAL_DECISIONS } from './proposal-review-values'

export { PROPOSAL_DECISIONS, type ProposalDecision } from './proposal-review-values'

/**
 * A proposal under review. The event itself is a row of Events (status 'proposed' until
 * accepted, under `eventId`); this row keeps who proposed it, in which language to answer
 * them, and the decision. Proposer fields are null once the proposer asked to be erased.
 *
 * @example
 * proposalReviewSchema.parse({
 *   id: 'prop-7f3a', eventId: 'foro-gobernanza-bolivia-2026', title: 'Foro de Gobernanza',
 *   receivedAt: '2026-11-20T14:03:00.000Z', proposerName: 'Ana Quispe',
 *   proposerEmail: 'ana@ejemplo.bo', language: 'es', why: 'No ALS in Bolivia yet.',
 * })
 * // { ..., cropSuitable: false, decision: 'pending', decidedAt: null, note: null }
 */
export const proposalReviewSchema = z.object({
  id: recordId,
  eventId,
  title: nfcText({ max: 300 }),
  receivedAt: isoInstant,
  proposerName: optionalText(200),
  proposerEmail: optionalText(512),
  language: z.enum(LOCALES),
  why: optionalText(2000),
  cropSuitable: z._default(z.boolean(), false),
  decision: z._default(z.enum(PROPOSAL_DECISIONS), 'pending'),
  decidedAt: z._default(z.nullable(isoInstant), null),
  /** What staff want the proposer to read with the decision (a reason for a rejection). */
  note: optionalText(1000),
})

export type ProposalReview = z.infer<typeof proposalReviewSchema>
export type ProposalReviewInput = z.input<typeof proposalReviewSchema>
