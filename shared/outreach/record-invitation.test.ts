import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROSPECT_STAGES } from '../schemas/candidate-suggestion-values'
import { stageDateField } from './pipeline-stages'
import { anyProspect, isoDay, prospect } from './prospect-fixture'
import { recordInvitation } from './record-invitation'

describe('recordInvitation', () => {
  it('moves a contacted prospect to invited, dated, with the session', () => {
    const contacted = prospect({ stage: 'contacted', contactedOn: '2026-02-10' })
    expect(recordInvitation(contacted, { on: '2026-02-20', session: 'dnssec-2026' })).toEqual({
      ok: true,
      prospect: {
        ...contacted,
        stage: 'invited',
        invitedOn: '2026-02-20',
        invitedTo: 'dnssec-2026',
      },
    })
  })

  it('invites again: the last invitation’s day and session, never a step back', () => {
    const attended = prospect({
      stage: 'attended',
      invitedOn: '2026-02-20',
      invitedTo: 'dnssec-2026',
      attendedOn: '2026-03-01',
    })
    const again = recordInvitation(attended, { on: '2026-03-15', session: 'lacigf-2026' })
    expect(again).toEqual({
      ok: true,
      prospect: { ...attended, invitedOn: '2026-03-15', invitedTo: 'lacigf-2026' },
    })
    // A later invitation already recorded keeps its day.
    const later = recordInvitation(prospect({ stage: 'invited', invitedOn: '2026-04-01' }), {
      on: '2026-03-15',
      session: 'lacigf-2026',
    })
    expect(later.ok && later.prospect.invitedOn).toBe('2026-04-01')
  })

  it('refuses joined and declined prospects, and dates before the steps already taken', () => {
    for (const stage of ['joined', 'declined'] as const)
      expect(recordInvitation(prospect({ stage }), { on: '2026-03-01', session: 'x' })).toEqual({
        ok: false,
        refusal: { code: 'final-stage', params: { stage } },
      })
    expect(
      recordInvitation(prospect({ stage: 'contacted', contactedOn: '2026-03-02' }), {
        on: '2026-03-01',
        session: 'x',
      })
    ).toEqual({
      ok: false,
      refusal: {
        code: 'before-earlier-step',
        params: { date: '2026-03-01', stage: 'contacted', stageDate: '2026-03-02' },
      },
    })
    expect(recordInvitation(prospect(), { on: '2026-01-01', session: 'x' })).toMatchObject({
      ok: false,
      refusal: { code: 'before-identified' },
    })
  })
})

describe('recordInvitation, for any prospect and day', () => {
  it('sets no date before Identified on, clears none, moves no one back; same input, same output', () => {
    fc.assert(
      fc.property(anyProspect, isoDay, (before, on) => {
        const copy = structuredClone(before)
        const invited = recordInvitation(before, { on, session: 'lacigf-2026' })
        expect(recordInvitation(copy, { on, session: 'lacigf-2026' })).toEqual(invited)
        expect(before).toEqual(copy)
        if (!invited.ok) return
        const after = invited.prospect
        expect(after.invitedOn !== null && after.invitedOn >= before.identifiedOn).toBe(true)
        expect(after.invitedTo).toBe('lacigf-2026')
        for (const stage of PROSPECT_STAGES) {
          const field = stageDateField(stage)
          if (field !== 'invitedOn') expect(after[field]).toBe(before[field])
        }
        expect(before.invitedOn === null || (after.invitedOn as string) >= before.invitedOn).toBe(
          true
        )
        expect(['invited', 'attended', 'applied']).toContain(after.stage)
        if (['attended', 'applied'].includes(before.stage)) expect(after.stage).toBe(before.stage)
      })
    )
  })
})
