import { describe, expect, it } from 'vitest'
import { PROSPECT_STAGES } from '../schemas/candidate-suggestion-values'
import { STAGE_DATE_FIELDS } from '../schemas/prospect'
import {
  FINAL_STAGES,
  isFinalStage,
  OPEN_STAGES,
  PIPELINE_ORDER,
  pipelinePosition,
  stageRank,
} from './pipeline-stages'
import { UNDATED } from './prospect-fixture'

describe('the pipeline’s stages', () => {
  it('splits every stage into open and final, with declined off the line', () => {
    expect([...OPEN_STAGES, ...FINAL_STAGES].sort()).toEqual([...PROSPECT_STAGES].sort())
    expect(OPEN_STAGES.some(isFinalStage)).toBe(false)
    expect(PIPELINE_ORDER.map(stageRank)).toEqual([0, 1, 2, 3, 4, 5])
    expect(stageRank('declined')).toBe(-1)
    expect(Object.keys(STAGE_DATE_FIELDS).sort()).toEqual([...PROSPECT_STAGES].sort())
  })

  it('places a declined prospect at the furthest step it has a date for', () => {
    const base = { identifiedOn: '2026-01-01', ...UNDATED }
    expect(pipelinePosition({ ...base, stage: 'invited' })).toBe(2)
    expect(
      pipelinePosition({
        ...base,
        stage: 'declined',
        attendedOn: '2026-02-01',
        declinedOn: '2026-02-02',
      })
    ).toBe(3)
    expect(pipelinePosition({ ...base, stage: 'declined', declinedOn: '2026-02-02' })).toBe(0)
    // A joined prospect goes back to the last open step it has a date for.
    expect(pipelinePosition({ ...base, stage: 'joined', joinedOn: '2026-03-01' })).toBe(0)
  })
})
