// Moving a prospect to another stage of the outreach pipeline on a date: what is allowed, and
// which dates it sets or clears.
import type { ProspectStage } from '../schemas/candidate-suggestion-values'
import type { StageDateField } from '../schemas/prospect'
import { type PipelineOutcome, refuse } from './pipeline-refusal'
import {
  isFinalStage,
  PIPELINE_ORDER,
  type PipelineProspect,
  pipelinePosition,
  stageDateField,
  stageRank,
} from './pipeline-stages'
import { stepDateRefusal } from './step-date'

/** A move staff ask for. */
export interface StageMove {
  to: ProspectStage
  /** The day it happened (usually today), YYYY-MM-DD. */
  on: string
  /**
   * A correction: the prospect goes back to an earlier stage because a later one was recorded
   * by mistake, and the dates of the stages after it are cleared.
   */
  correct?: boolean
  /** Leaves joined or declined for an open stage (they changed their mind, or it was wrong). */
  reopen?: boolean
}

/**
 * The prospect moved to `move.to` on `move.on`, or why not. The rules:
 * - forward, one stage or several (identified → contacted → invited → attended → applied →
 *   joined): the new stage's date is set to `on`, unless the row already has one, which is
 *   kept; the stages skipped keep no date (nobody knows when they would have happened);
 * - declined, from any open stage, dated the same way;
 * - joined and declined are final: leaving them needs `reopen`, goes to an open stage, and
 *   clears the final stage's date (the decline or the joining no longer stands);
 * - back to an earlier stage only with `correct`: the dates of the stages after it are cleared
 *   (they were recorded by mistake) and no date is set; from a final stage, "earlier" means
 *   before the furthest stage it has a date for;
 * - a date is never set before Identified on or before a step taken earlier (see
 *   stepDateRefusal); Identified on and the dates of the stages up to the new one are never
 *   cleared, and without `correct` or `reopen` no date is cleared at all.
 *
 * @example
 * moveToStage(prospect, { to: 'contacted', on: '2026-03-02' })
 * // { ok: true, prospect: { ...prospect, stage: 'contacted', contactedOn: '2026-03-02' } }
 */
export function moveToStage<P extends PipelineProspect>(
  prospect: P,
  move: StageMove
): PipelineOutcome<P> {
  const from = prospect.stage
  const { to } = move
  if (to === from) return refuse('already-there', { stage: to })
  const next: P = { ...prospect, stage: to }
  const clear = (field: Exclude<StageDateField, 'identifiedOn'>) => {
    ;(next as PipelineProspect)[field] = null
  }
  const position = pipelinePosition(prospect)
  if (isFinalStage(from)) {
    if (move.reopen !== true) return refuse('final-stage', { stage: from })
    if (isFinalStage(to)) return refuse('reopen-to-open-stage', { stage: to })
    clear(from === 'joined' ? 'joinedOn' : 'declinedOn')
  }
  if (to !== 'declined' && stageRank(to) < position) {
    if (move.correct !== true) return refuse('move-back-needs-correct', { from, to })
    for (const later of PIPELINE_ORDER.slice(stageRank(to) + 1)) {
      const field = stageDateField(later)
      if (field !== 'identifiedOn') clear(field)
    }
    return { ok: true, prospect: next }
  }
  const field = stageDateField(to)
  if (next[field] === null) {
    const refusal = stepDateRefusal(next, to, move.on)
    if (refusal) return { ok: false, refusal }
    ;(next as PipelineProspect)[field] = move.on
  }
  return { ok: true, prospect: next }
}
