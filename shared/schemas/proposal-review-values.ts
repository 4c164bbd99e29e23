// The proposal review's value set, without zod, for code that needs only the values (the add-on).

/**
 * Where staff stand on a member's event proposal: not yet looked at, accepted into the
 * calendar (the Events row leaves 'proposed'), or rejected (the Events row goes; the proposer
 * is told either way).
 */
export const PROPOSAL_DECISIONS = ['pending', 'accepted', 'rejected'] as const
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number]
