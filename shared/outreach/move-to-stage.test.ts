import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROSPECT_STAGES, type ProspectStage } from '../schemas/candidate-suggestion-values'
import type { StageDateField } from '../schemas/prospect'
import { moveToStage, type StageMove } from './move-to-stage'
import {
  PIPELINE_ORDER,
  type PipelineProspect,
  pipelinePosition,
  stageDateField,
  stageRank,
} from './pipeline-stages'
import { anyProspect, isoDay, prospect, UNDATED } from './prospect-fixture'

describe('moveToStage', () => {
  it('moves forward one stage, dated the day of the move', () => {
    expect(moveToStage(prospect(), { to: 'contacted', on: '2026-02-10' })).toEqual({
      ok: true,
      prospect: prospect({ stage: 'contacted', contactedOn: '2026-02-10' }),
    })
  })

  it('moves forward several stages, leaving the skipped ones undated', () => {
    const moved = moveToStage(prospect({ stage: 'contacted', contactedOn: '2026-02-10' }), {
      to: 'applied',
      on: '2026-03-01',
    })
    expect(moved).toEqual({
      ok: true,
      prospect: prospect({ stage: 'applied', contactedOn: '2026-02-10', appliedOn: '2026-03-01' }),
    })
  })

  it('keeps a date the row already has for the new stage', () => {
    const moved = moveToStage(prospect({ invitedOn: '2026-02-05' }), {
      to: 'invited',
      on: '2026-02-20',
    })
    expect(moved.ok && moved.prospect.invitedOn).toBe('2026-02-05')
  })

  it('declines from any open stage, and refuses to decline twice', () => {
    for (const stage of ['identified', 'contacted', 'invited', 'attended', 'applied'] as const) {
      const moved = moveToStage(prospect({ stage }), { to: 'declined', on: '2026-03-01' })
      expect(moved).toEqual({
        ok: true,
        prospect: prospect({ stage: 'declined', declinedOn: '2026-03-01' }),
      })
    }
    expect(
      moveToStage(prospect({ stage: 'declined' }), { to: 'declined', on: '2026-03-01' })
    ).toEqual({ ok: false, refusal: { code: 'already-there', params: { stage: 'declined' } } })
  })

  it('refuses to leave joined or declined without an explicit reopen', () => {
    for (const stage of ['joined', 'declined'] as const) {
      expect(moveToStage(prospect({ stage }), { to: 'applied', on: '2026-03-01' })).toEqual({
        ok: false,
        refusal: { code: 'final-stage', params: { stage } },
      })
    }
    expect(
      moveToStage(prospect({ stage: 'joined', joinedOn: '2026-03-01' }), {
        to: 'declined',
        on: '2026-03-05',
        reopen: true,
      })
    ).toEqual({
      ok: false,
      refusal: { code: 'reopen-to-open-stage', params: { stage: 'declined' } },
    })
  })

  it('reopens a decline back where the prospect had got to, the decline’s date cleared', () => {
    const declined = prospect({
      stage: 'declined',
      contactedOn: '2026-02-10',
      invitedOn: '2026-02-15',
      declinedOn: '2026-02-20',
    })
    expect(moveToStage(declined, { to: 'invited', on: '2026-04-01', reopen: true })).toEqual({
      ok: true,
      prospect: prospect({ stage: 'invited', contactedOn: '2026-02-10', invitedOn: '2026-02-15' }),
    })
    // Going further than that is a step forward, dated as one.
    const further = moveToStage(declined, { to: 'attended', on: '2026-04-01', reopen: true })
    expect(further.ok && further.prospect.attendedOn).toBe('2026-04-01')
    // Going back past a dated step is a correction too.
    expect(moveToStage(declined, { to: 'contacted', on: '2026-04-01', reopen: true })).toEqual({
      ok: false,
      refusal: { code: 'move-back-needs-correct', params: { from: 'declined', to: 'contacted' } },
    })
  })

  it('moves back only as a correction, clearing the dates recorded by mistake', () => {
    const invited = prospect({
      stage: 'attended',
      contactedOn: '2026-02-10',
      invitedOn: '2026-02-15',
      attendedOn: '2026-02-16',
    })
    expect(moveToStage(invited, { to: 'contacted', on: '2026-02-20' })).toEqual({
      ok: false,
      refusal: { code: 'move-back-needs-correct', params: { from: 'attended', to: 'contacted' } },
    })
    expect(moveToStage(invited, { to: 'contacted', on: '2026-02-20', correct: true })).toEqual({
      ok: true,
      prospect: prospect({ stage: 'contacted', contactedOn: '2026-02-10' }),
    })
  })

  it('corrects a joining recorded by mistake with reopen and correct together', () => {
    const joined = prospect({ stage: 'joined', appliedOn: '2026-03-01', joinedOn: '2026-03-02' })
    expect(moveToStage(joined, { to: 'applied', on: '2026-03-03', reopen: true })).toEqual({
      ok: true,
      prospect: prospect({ stage: 'applied', appliedOn: '2026-03-01' }),
    })
    expect(
      moveToStage(joined, { to: 'identified', on: '2026-03-03', reopen: true, correct: true })
    ).toEqual({ ok: true, prospect: prospect() })
  })

  it('never dates a step before Identified on or before an earlier step', () => {
    expect(moveToStage(prospect(), { to: 'contacted', on: '2026-01-31' })).toEqual({
      ok: false,
      refusal: {
        code: 'before-identified',
        params: { date: '2026-01-31', identifiedOn: '2026-02-01' },
      },
    })
    expect(
      moveToStage(
        prospect({ stage: 'invited', contactedOn: '2026-02-10', invitedOn: '2026-02-12' }),
        {
          to: 'declined',
          on: '2026-02-11',
        }
      )
    ).toEqual({
      ok: false,
      refusal: {
        code: 'before-earlier-step',
        params: { date: '2026-02-11', stage: 'invited', stageDate: '2026-02-12' },
      },
    })
    expect(moveToStage(prospect(), { to: 'contacted', on: '10/02/2026' })).toEqual({
      ok: false,
      refusal: { code: 'invalid-date', params: { date: '10/02/2026' } },
    })
  })
})

const DATE_FIELDS: readonly StageDateField[] = PROSPECT_STAGES.map(stageDateField)

const anyMove: fc.Arbitrary<StageMove> = fc.record({
  to: fc.constantFrom(...PROSPECT_STAGES),
  on: isoDay,
  correct: fc.boolean(),
  reopen: fc.boolean(),
})

const STORY = [...PIPELINE_ORDER.map(stageDateField), 'declinedOn' as const]

/** The stages a prospect has been through, as its stage (and for a decline, its dates) say. */
function reachedStages(candidate: PipelineProspect): ProspectStage[] {
  if (candidate.stage === 'joined') return [...PIPELINE_ORDER]
  if (candidate.stage === 'declined')
    return [...PIPELINE_ORDER.slice(0, pipelinePosition(candidate) + 1), 'declined']
  return PIPELINE_ORDER.slice(0, stageRank(candidate.stage) + 1)
}

/**
 * Dates in the order of the steps, and none for a stage the prospect has not reached: the
 * rows the add-on writes (a row typed by hand may be otherwise).
 */
function isConsistent(candidate: PipelineProspect): boolean {
  const dates = STORY.map((field) => candidate[field]).filter((date) => date !== null)
  const inOrder = dates.every((date, index) => index === 0 || (dates[index - 1] as string) <= date)
  const reached = reachedStages(candidate)
  return (
    inOrder &&
    PROSPECT_STAGES.every(
      (stage) => reached.includes(stage) || candidate[stageDateField(stage)] === null
    )
  )
}

/** A row as the add-on leaves it: dates rising along the stages reached, some left empty. */
const consistentProspect: fc.Arbitrary<PipelineProspect> = fc
  .record({
    stage: fc.constantFrom(...PROSPECT_STAGES),
    declinedAt: fc.integer({ min: 0, max: 4 }),
    start: isoDay,
    gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 7, maxLength: 7 }),
    dated: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  })
  .map(({ stage, declinedAt, start, gaps, dated }) => {
    const reached: readonly ProspectStage[] =
      stage === 'declined'
        ? [...PIPELINE_ORDER.slice(0, declinedAt + 1), 'declined']
        : stage === 'joined'
          ? PIPELINE_ORDER
          : PIPELINE_ORDER.slice(0, stageRank(stage) + 1)
    const candidate: PipelineProspect = {
      stage,
      identifiedOn: start,
      ...UNDATED,
      invitedTo: null,
    }
    let day = Date.parse(`${start}T00:00:00Z`)
    reached.forEach((step, index) => {
      day += (gaps[index] ?? 0) * 86_400_000
      const field = stageDateField(step)
      // The stage itself is always dated (a decline too); the steps before it may not be.
      if (field !== 'identifiedOn' && (dated[index] || step === stage))
        candidate[field] = new Date(day).toISOString().slice(0, 10)
    })
    return candidate
  })

/** The date fields of the stages a move to `to` does not leave behind. */
function keptFields(to: ProspectStage): StageDateField[] {
  const rank = to === 'declined' ? PIPELINE_ORDER.length - 1 : stageRank(to)
  return PIPELINE_ORDER.slice(0, rank + 1).map(stageDateField)
}

describe('moveToStage, for any prospect and any move', () => {
  it('sets no date before Identified on', () => {
    fc.assert(
      fc.property(anyProspect, anyMove, (before, move) => {
        const moved = moveToStage(before, move)
        if (!moved.ok) return
        for (const field of DATE_FIELDS) {
          const date = moved.prospect[field]
          if (date !== before[field])
            expect(date === null || date >= before.identifiedOn).toBe(true)
        }
      })
    )
  })

  it('never clears a date of a stage up to the new one, nor any date without correct or reopen', () => {
    fc.assert(
      fc.property(anyProspect, anyMove, (before, move) => {
        const moved = moveToStage(before, move)
        if (!moved.ok) return
        expect(moved.prospect.stage).toBe(move.to)
        expect(moved.prospect.identifiedOn).toBe(before.identifiedOn)
        for (const field of keptFields(move.to))
          if (before[field] !== null) expect(moved.prospect[field]).toBe(before[field])
        for (const field of DATE_FIELDS) {
          // A date already there is never replaced by another.
          if (before[field] !== null && moved.prospect[field] !== null)
            expect(moved.prospect[field]).toBe(before[field])
        }
        const plain = moveToStage(before, { ...move, correct: false, reopen: false })
        if (plain.ok)
          for (const field of DATE_FIELDS)
            if (before[field] !== null) expect(plain.prospect[field]).toBe(before[field])
      })
    )
  })

  it('keeps a row whose dates tell its story that way: in order, none past its stage', () => {
    fc.assert(
      fc.property(consistentProspect, anyMove, (before, move) => {
        expect(isConsistent(before)).toBe(true)
        const moved = moveToStage(before, move)
        if (moved.ok) expect(isConsistent(moved.prospect)).toBe(true)
      })
    )
  })

  it('gives the same answer for the same input and leaves the input as it was', () => {
    fc.assert(
      fc.property(anyProspect, anyMove, (before, move) => {
        const copy = structuredClone(before)
        const first = moveToStage(before, move)
        expect(moveToStage(copy, move)).toEqual(first)
        expect(before).toEqual(copy)
      })
    )
  })
})
