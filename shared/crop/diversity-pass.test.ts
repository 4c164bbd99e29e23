import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DiversityCandidate, diversityPass } from './diversity-pass'

const c = (
  country: string,
  alsId: string | null = null,
  gender: string | null = null,
  tier: 1 | 2 = 1
): DiversityCandidate => ({ tier, country, alsId, gender })

describe('diversityPass', () => {
  it('gives the first place to the top-ranked candidate, then prefers a new country', () => {
    const result = diversityPass([c('BR'), c('BR'), c('AR')], 2)
    expect(result.order).toEqual([0, 2, 1])
    expect(result.picks).toBe(2)
    expect(result.moves.get(2)).toEqual({ from: 3, to: 2, direction: 'up', traits: ['country'] })
    expect(result.moves.get(1)).toEqual({ from: 2, to: 3, direction: 'down', traits: ['country'] })
  })

  it('prefers whoever repeats the fewest of country, ALS and declared gender; ties to the higher rank', () => {
    const ranked = [
      c('BR', 'ALS-1', 'mujer'),
      c('BR', 'ALS-1', null), // repeats country and ALS
      c('BR', null, 'mujer'), // repeats country and gender
      c('BR', 'ALS-2', 'hombre'), // repeats country only
    ]
    expect(diversityPass(ranked, 2).order).toEqual([0, 3, 1, 2])
  })

  it('never counts a missing ALS or gender as a repeat', () => {
    const result = diversityPass([c('BR'), c('BR'), c('AR')], 3)
    expect(result.order).toEqual([0, 2, 1])
    expect(result.moves.get(2)?.traits).toEqual(['country'])
  })

  it('changes nothing when the top picks already differ', () => {
    const result = diversityPass([c('BR', 'A'), c('AR', 'B'), c('BR', 'A')], 2)
    expect(result.order).toEqual([0, 1, 2])
    expect(result.moves.size).toBe(0)
  })

  it('fills tier 1 before tier 2, whatever tier 2 would add', () => {
    const result = diversityPass(
      [c('BR', null, null, 1), c('BR', null, null, 1), c('JM', null, null, 2)],
      2
    )
    expect(result.order).toEqual([0, 1, 2])
  })

  it('keeps every candidate once, tier 1 before tier 2, and the first place unchanged', () => {
    const candidate = fc.record({
      country: fc.constantFrom('BR', 'AR', 'UY', 'JM'),
      alsId: fc.constantFrom(null, 'A', 'B'),
      gender: fc.constantFrom(null, 'f', 'm', 'x'),
      tier: fc.constantFrom(1 as const, 2 as const),
    })
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 30 }),
        fc.integer({ min: 0, max: 8 }),
        (list, slots) => {
          const ranked = [...list].sort((a, b) => a.tier - b.tier)
          const { order, picks } = diversityPass(ranked, slots)
          const tiers = order.map((index) => ranked[index]!.tier)
          return (
            [...order].sort((a, b) => a - b).join() === ranked.map((_, i) => i).join() &&
            tiers.every((tier, i) => i === 0 || tiers[i - 1]! <= tier) &&
            (ranked.length === 0 || slots === 0 || order[0] === 0) &&
            picks === Math.min(slots, ranked.length)
          )
        }
      )
    )
  })
})
