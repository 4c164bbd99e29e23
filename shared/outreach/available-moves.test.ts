import { describe, expect, it } from 'vitest'
import { availableMoves } from './available-moves'
import { moveToStage } from './move-to-stage'
import { prospect } from './prospect-fixture'

describe('availableMoves', () => {
  it('offers the stages further on, declined, and the earlier stages to correct to', () => {
    expect(availableMoves(prospect({ stage: 'contacted', contactedOn: '2026-02-03' }))).toEqual({
      forward: ['invited', 'attended', 'applied', 'joined'],
      decline: true,
      reopenTo: null,
      correctTo: ['identified'],
    })
    expect(availableMoves(prospect())).toMatchObject({ forward: expect.any(Array), correctTo: [] })
  })

  it('offers a reopen to where a declined prospect had got to, and nothing forward', () => {
    const declined = prospect({
      stage: 'declined',
      contactedOn: '2026-02-03',
      invitedOn: '2026-02-09',
      declinedOn: '2026-02-20',
    })
    expect(availableMoves(declined)).toEqual({
      forward: [],
      decline: false,
      reopenTo: 'invited',
      correctTo: ['contacted', 'identified'],
    })
    expect(availableMoves(prospect({ stage: 'joined', joinedOn: '2026-03-01' })).reopenTo).toBe(
      'identified'
    )
  })

  it('offers only moves that moveToStage accepts with the matching flags', () => {
    const rows = [
      prospect(),
      prospect({ stage: 'invited', contactedOn: '2026-02-03', invitedOn: '2026-02-04' }),
      prospect({ stage: 'declined', attendedOn: '2026-02-05', declinedOn: '2026-02-06' }),
      prospect({ stage: 'joined', appliedOn: '2026-02-05', joinedOn: '2026-02-07' }),
    ]
    const on = '2026-03-01'
    for (const row of rows) {
      const moves = availableMoves(row)
      for (const to of moves.forward) expect(moveToStage(row, { to, on }).ok).toBe(true)
      if (moves.decline) expect(moveToStage(row, { to: 'declined', on }).ok).toBe(true)
      if (moves.reopenTo)
        expect(moveToStage(row, { to: moves.reopenTo, on, reopen: true }).ok).toBe(true)
      for (const to of moves.correctTo) {
        const reopen = moves.reopenTo !== null
        expect(moveToStage(row, { to, on, reopen }).ok).toBe(false)
        expect(moveToStage(row, { to, on, reopen, correct: true }).ok).toBe(true)
      }
    }
  })
})
