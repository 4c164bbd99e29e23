// When a step can be dated: not before the prospect was identified, not before a step before it.

import type { ProspectStage } from '../schemas/candidate-suggestion-values'
import { isIsoDate } from '../schemas/primitives'
import { type PipelineRefusal, refuse } from './pipeline-refusal'
import { PIPELINE_ORDER, type ProspectDates, stageDateField, stageRank } from './pipeline-stages'

/**
 * Why `stage` cannot be dated `on`, or null when it can. The date must be a calendar date, not
 * before Identified on, and not before the date of any step that comes before `stage` on the
 * pipeline (for 'declined', any step at all): dates read in the order the steps were taken.
 *
 * @example
 * stepDateRefusal({ identifiedOn: '2026-02-01', contactedOn: '2026-02-10', ... }, 'invited', '2026-02-05')
 * // { code: 'before-earlier-step', params: { date: '2026-02-05', stage: 'contacted', stageDate: '2026-02-10' } }
 */
export function stepDateRefusal(
  dates: ProspectDates,
  stage: ProspectStage,
  on: string
): PipelineRefusal | null {
  if (!isIsoDate(on)) return refuse('invalid-date', { date: on }).refusal
  if (on < dates.identifiedOn)
    return refuse('before-identified', { date: on, identifiedOn: dates.identifiedOn }).refusal
  const rank = stage === 'declined' ? PIPELINE_ORDER.length : stageRank(stage)
  let latest: { stage: ProspectStage; date: string } | null = null
  for (const earlier of PIPELINE_ORDER.slice(1, rank)) {
    const date = dates[stageDateField(earlier)]
    if (date !== null && date > on && (latest === null || date > latest.date))
      latest = { stage: earlier, date }
  }
  return latest === null
    ? null
    : refuse('before-earlier-step', { date: on, stage: latest.stage, stageDate: latest.date })
        .refusal
}
