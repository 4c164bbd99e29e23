// Prospects for the pipeline rules' tests: one built from a few fields, and any prospect at all
// for the property tests. Test support only; no product code imports it.
import fc from 'fast-check'
import { PROSPECT_STAGES } from '../schemas/candidate-suggestion-values'
import type { PipelineProspect, ProspectDates } from './pipeline-stages'

/**
 * The dates of the steps after Identified on, none recorded yet.
 *
 * @example
 * pipelinePosition({ stage: 'invited', identifiedOn: '2026-01-01', ...UNDATED }) // 2
 */
export const UNDATED = {
  contactedOn: null,
  invitedOn: null,
  attendedOn: null,
  appliedOn: null,
  joinedOn: null,
  declinedOn: null,
} as const satisfies Omit<ProspectDates, 'identifiedOn'>

/**
 * A prospect identified on 1 February 2026 and nothing since, with `fields` over it.
 *
 * @example
 * prospect({ stage: 'contacted', contactedOn: '2026-02-10' })
 */
export function prospect(fields: Partial<PipelineProspect> = {}): PipelineProspect {
  return {
    stage: 'identified',
    identifiedOn: '2026-02-01',
    ...UNDATED,
    invitedTo: null,
    ...fields,
  }
}

/**
 * Any day from 2025 to 2027, as an ISO date.
 *
 * @example
 * fc.assert(fc.property(isoDay, (on) => recordInvitation(prospect(), { on, session: 'x' }).ok !== undefined))
 */
export const isoDay: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((days) => new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10))

/**
 * Any prospect: any stage, any dates or none, in any order, invited to a session or not.
 *
 * @example
 * fc.assert(fc.property(anyProspect, isoDay, (before, on) => { ... }))
 */
export const anyProspect: fc.Arbitrary<PipelineProspect> = fc.record({
  stage: fc.constantFrom(...PROSPECT_STAGES),
  identifiedOn: isoDay,
  contactedOn: fc.option(isoDay, { nil: null }),
  invitedOn: fc.option(isoDay, { nil: null }),
  attendedOn: fc.option(isoDay, { nil: null }),
  appliedOn: fc.option(isoDay, { nil: null }),
  joinedOn: fc.option(isoDay, { nil: null }),
  declinedOn: fc.option(isoDay, { nil: null }),
  invitedTo: fc.option(fc.constantFrom('dnssec-2026', 'lacigf-2026'), { nil: null }),
})
