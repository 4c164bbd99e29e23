// Why the pipeline rules refuse a move or an invitation: a code and its facts, which the add-on
// words in the user's language ('prospects.refusal.<code>').

/**
 * - 'invalid-date': the date of the move is not a calendar date (YYYY-MM-DD).
 * - 'already-there': the prospect is at that stage already.
 * - 'final-stage': joined and declined end the pipeline; only an explicit reopen leaves them.
 * - 'reopen-to-open-stage': a reopen goes back to an open stage, not to joined or declined.
 * - 'move-back-needs-correct': going back a stage is a correction and must say so.
 * - 'before-identified': the date is before the prospect's Identified on.
 * - 'before-earlier-step': the date is before the date of a step the prospect took earlier.
 */
export const PIPELINE_REFUSALS = [
  'invalid-date',
  'already-there',
  'final-stage',
  'reopen-to-open-stage',
  'move-back-needs-correct',
  'before-identified',
  'before-earlier-step',
] as const
export type PipelineRefusalCode = (typeof PIPELINE_REFUSALS)[number]

/**
 * A refusal: its code and the facts a sentence needs, as plain strings (stage codes and ISO
 * dates; the add-on turns them into labels and the user's date format).
 */
export interface PipelineRefusal {
  code: PipelineRefusalCode
  params: Record<string, string>
}

/**
 * What a pipeline rule answers: the prospect after the change, or why there is none.
 * The prospect given is never changed.
 */
export type PipelineOutcome<P> = { ok: true; prospect: P } | { ok: false; refusal: PipelineRefusal }

/**
 * A refusal with its facts.
 *
 * @example
 * refuse('final-stage', { stage: 'joined' }) // { ok: false, refusal: { code: 'final-stage', params: { stage: 'joined' } } }
 */
export function refuse(
  code: PipelineRefusalCode,
  params: Record<string, string> = {}
): { ok: false; refusal: PipelineRefusal } {
  return { ok: false, refusal: { code, params } }
}
