// The participation record's value sets, without zod, for code that needs only the values.

export const PARTICIPATION_KINDS = ['monthly-call', 'vote', 'working-group', 'other'] as const
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number]
