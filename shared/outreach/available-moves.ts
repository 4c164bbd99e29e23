// The moves the pipeline rules allow a prospect, for offering them as buttons (no date checks).
import type { ProspectStage } from '../schemas/candidate-suggestion-values'
import {
  isFinalStage,
  type OpenStage,
  PIPELINE_ORDER,
  type PipelineProspect,
  pipelinePosition,
  stageRank,
} from './pipeline-stages'

/** What staff may do next with a prospect. */
export interface AvailableMoves {
  /** The stages further on, nearest first (moveToStage without flags). */
  forward: ProspectStage[]
  /** Declined is open to them (any open stage). */
  decline: boolean
  /** For joined or declined: the open stage a reopen goes back to (the furthest one dated). */
  reopenTo: OpenStage | null
  /** The earlier stages a correction may go back to, nearest first (with `correct`). */
  correctTo: ProspectStage[]
}

/**
 * The moves moveToStage accepts for `prospect` (date rules aside).
 *
 * @example
 * availableMoves({ stage: 'contacted', ... })
 * // { forward: ['invited', 'attended', 'applied', 'joined'], decline: true, reopenTo: null, correctTo: ['identified'] }
 */
export function availableMoves(prospect: PipelineProspect): AvailableMoves {
  const position = pipelinePosition(prospect)
  const earlier = PIPELINE_ORDER.slice(0, position).reverse()
  if (isFinalStage(prospect.stage)) {
    return {
      forward: [],
      decline: false,
      reopenTo: PIPELINE_ORDER[position] as OpenStage,
      correctTo: earlier,
    }
  }
  return {
    forward: PIPELINE_ORDER.slice(stageRank(prospect.stage) + 1),
    decline: true,
    reopenTo: null,
    correctTo: earlier,
  }
}
