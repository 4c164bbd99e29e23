// The CROP shortlist's diversity pass: reorders the first picks so they repeat as little as can be.

/** What a pick should not repeat: country, ALS and, where the member declared one, gender. */
export const DIVERSITY_TRAITS = ['country', 'als', 'gender'] as const
export type DiversityTrait = (typeof DIVERSITY_TRAITS)[number]

/** A ranked candidate as the pass sees it; a null ALS or gender never counts as a repeat. */
export interface DiversityCandidate {
  tier: 1 | 2
  country: string
  alsId: string | null
  /** The declared gender, folded for comparison, or null when none is declared. */
  gender: string | null
}

/** How the pass moved a candidate, by 1-based place. */
export interface DiversityMove {
  from: number
  to: number
  direction: 'up' | 'down'
  /**
   * Up: the traits the candidate brought that no earlier pick had. Down: the traits it shared
   * with the picks when a lower-ranked candidate was preferred to it.
   */
  traits: DiversityTrait[]
}

export interface DiversityResult {
  /** Indexes into the ranked input, in their final order. */
  order: number[]
  /** How many of `order` are picks (the first `slots`, or fewer candidates). */
  picks: number
  /** The candidates that changed place, by index into the ranked input. */
  moves: Map<number, DiversityMove>
}

function sharedTraits(candidate: DiversityCandidate, picked: PickedTraits): DiversityTrait[] {
  const traits: DiversityTrait[] = []
  if (picked.countries.has(candidate.country)) traits.push('country')
  if (candidate.alsId !== null && picked.alses.has(candidate.alsId)) traits.push('als')
  if (candidate.gender !== null && picked.genders.has(candidate.gender)) traits.push('gender')
  return traits
}

function newTraits(candidate: DiversityCandidate, picked: PickedTraits): DiversityTrait[] {
  const traits: DiversityTrait[] = []
  if (!picked.countries.has(candidate.country)) traits.push('country')
  if (candidate.alsId !== null && !picked.alses.has(candidate.alsId)) traits.push('als')
  if (candidate.gender !== null && !picked.genders.has(candidate.gender)) traits.push('gender')
  return traits
}

interface PickedTraits {
  countries: Set<string>
  alses: Set<string>
  genders: Set<string>
}

/**
 * The greedy diversity rule. `ranked` is in ranking order, every tier-1 candidate before every
 * tier-2 one. For each of the first `slots` places, in turn: among the remaining candidates of
 * the tier being filled (tier 1 until all of it is picked, then tier 2), take the one that
 * shares the fewest of {country, ALS, declared gender} with the candidates already picked
 * (each trait counts 0 or 1); on a tie, the higher-ranked. The first place therefore always
 * goes to the top-ranked candidate. Everyone not picked follows in ranking order, so no
 * tier-2 candidate ever comes before a tier-1 one. O(slots × candidates).
 *
 * @example
 * diversityPass([brazil1, brazil2, argentina], 2).order // [0, 2, 1]
 */
export function diversityPass(
  ranked: readonly DiversityCandidate[],
  slots: number
): DiversityResult {
  const remaining = ranked.map((_, index) => index)
  const picked: PickedTraits = { countries: new Set(), alses: new Set(), genders: new Set() }
  const order: number[] = []
  const passedOver = new Map<number, DiversityTrait[]>()
  const broughtNew = new Map<number, DiversityTrait[]>()
  const places = Math.min(Math.max(0, slots), ranked.length)
  for (let place = 0; place < places; place++) {
    const tier = (ranked[remaining[0] as number] as DiversityCandidate).tier
    let best = -1
    let bestShared: DiversityTrait[] = []
    for (let position = 0; position < remaining.length; position++) {
      const candidate = ranked[remaining[position] as number] as DiversityCandidate
      if (candidate.tier !== tier) break
      const shared = sharedTraits(candidate, picked)
      if (best < 0 || shared.length < bestShared.length) {
        best = position
        bestShared = shared
        if (shared.length === 0) break
      }
    }
    const chosen = remaining[best] as number
    // Everyone ranked above the chosen one was passed over for what they share with the picks.
    for (let position = 0; position < best; position++) {
      const index = remaining[position] as number
      if (!passedOver.has(index))
        passedOver.set(index, sharedTraits(ranked[index] as DiversityCandidate, picked))
    }
    const candidate = ranked[chosen] as DiversityCandidate
    broughtNew.set(chosen, newTraits(candidate, picked))
    picked.countries.add(candidate.country)
    if (candidate.alsId !== null) picked.alses.add(candidate.alsId)
    if (candidate.gender !== null) picked.genders.add(candidate.gender)
    order.push(chosen)
    remaining.splice(best, 1)
  }
  order.push(...remaining)
  const moves = new Map<number, DiversityMove>()
  order.forEach((index, position) => {
    const from = index + 1
    const to = position + 1
    if (to < from)
      moves.set(index, { from, to, direction: 'up', traits: broughtNew.get(index) ?? [] })
    else if (to > from)
      moves.set(index, { from, to, direction: 'down', traits: passedOver.get(index) ?? [] })
  })
  return { order, picks: places, moves }
}
