// The order of the outreach pipeline's stages: which are open, which are final, which come first.
import { PROSPECT_STAGES, type ProspectStage } from '../schemas/candidate-suggestion-values'
import { type Prospect, STAGE_DATE_FIELDS, type StageDateField } from '../schemas/prospect'

/**
 * The stages a prospect walks through, in order: each is a step further than the one before.
 * 'declined' is not on this line: it can end any open stage.
 */
export const PIPELINE_ORDER = [
  'identified',
  'contacted',
  'invited',
  'attended',
  'applied',
  'joined',
] as const satisfies readonly ProspectStage[]
export type PipelineStage = (typeof PIPELINE_ORDER)[number]

/** The stages that end the pipeline: only an explicit reopen leaves them. */
export const FINAL_STAGES = ['joined', 'declined'] as const satisfies readonly ProspectStage[]
export type FinalStage = (typeof FINAL_STAGES)[number]

/** The stages a prospect can still move on from. */
export const OPEN_STAGES = PROSPECT_STAGES.filter(
  (stage): stage is Exclude<ProspectStage, FinalStage> => !isFinalStage(stage)
)
export type OpenStage = Exclude<ProspectStage, FinalStage>

/** The dates of a prospect, by field: identifiedOn always set, the others when reached. */
export type ProspectDates = Pick<Prospect, StageDateField>

/** What the pipeline rules read and change of a prospect. */
export type PipelineProspect = ProspectDates & Pick<Prospect, 'stage' | 'invitedTo'>

/** True for 'joined' and 'declined'. */
export function isFinalStage(stage: ProspectStage): stage is FinalStage {
  return stage === 'joined' || stage === 'declined'
}

/**
 * A stage's place on the pipeline (identified 0 … joined 5); -1 for 'declined'.
 *
 * @example
 * stageRank('invited') // 2
 */
export function stageRank(stage: ProspectStage): number {
  return (PIPELINE_ORDER as readonly ProspectStage[]).indexOf(stage)
}

/**
 * The date field of a stage (STAGE_DATE_FIELDS), e.g. 'invitedOn' for 'invited'.
 *
 * @example
 * stageDateField('declined') // 'declinedOn'
 */
export function stageDateField(stage: ProspectStage): StageDateField {
  return STAGE_DATE_FIELDS[stage]
}

/**
 * How far a prospect has come on the pipeline, as a rank. For an open stage it is the stage's
 * own; for a final one, the furthest open stage it has a date for (where a reopen goes back
 * to), identified at least.
 *
 * @example
 * pipelinePosition({ stage: 'declined', contactedOn: '2026-01-10', invitedOn: null, ... }) // 1
 */
export function pipelinePosition(
  prospect: Pick<PipelineProspect, 'stage'> & ProspectDates
): number {
  if (!isFinalStage(prospect.stage)) return stageRank(prospect.stage)
  let position = 0
  for (const stage of PIPELINE_ORDER) {
    if (isFinalStage(stage)) continue
    if (prospect[stageDateField(stage)] !== null) position = stageRank(stage)
  }
  return position
}
