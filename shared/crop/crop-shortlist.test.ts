import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMemberActive } from '../participation/member-activity'
import type { CropTrip } from '../schemas/crop'
import type { Participation } from '../schemas/participation'
import { DEFAULT_SETTINGS, settingsSchema } from '../schemas/settings'
import { CropInputError } from './crop-input-error'
import { type CropShortlistInput, cropShortlist, type ShortlistMember } from './crop-shortlist'

const TODAY = '2026-06-30'
const CALLS = ['2026-01-14', '2026-02-11', '2026-03-11', '2026-04-08', '2026-05-13', '2026-06-10']
const EVENT: CropShortlistInput['event'] = {
  id: 'caribnog-27',
  title: 'CaribNOG 27',
  startDate: '2026-09-14',
  country: 'TT',
  subregion: 'caribbean',
  status: 'confirmed',
  cropEligible: true,
}

function member(
  id: string,
  country: string | null,
  extra: Partial<ShortlistMember> = {}
): ShortlistMember {
  return {
    id,
    name: `Member ${id}`,
    country,
    alsId: null,
    gender: null,
    conflicts: [],
    cropTrips: [],
    ...extra,
  }
}
// `calls` of the last six monthly calls, the most recent ones.
function attended(memberId: string, calls: number): Participation[] {
  return CALLS.slice(CALLS.length - calls).map((date) => ({
    id: `p-${memberId}-${date}`,
    memberId,
    date,
    kind: 'monthly-call',
    detail: null,
  }))
}
const chair = attended('chair', 6)

const MEMBERS = [
  member('tt-1', 'TT', { name: 'Kwame Joseph', alsId: 'ALS-TT-01' }),
  member('tt-2', 'TT', { name: 'Asha Ramdial', alsId: 'ALS-TT-01' }),
  member('jm-1', 'JM', { name: 'Marcia Brown', alsId: 'ALS-JM-01', gender: 'Female' }),
  member('bb-1', 'BB', {
    name: 'Dwayne King',
    cropTrips: [{ eventId: 'canto-2025', date: '2025-08-10' }],
  }),
  member('gd-1', 'GD', { name: 'Keisha Charles' }),
  member('ht-1', 'HT', {
    name: 'Jean Pierre',
    conflicts: [{ description: 'CEO of an ISP', noGo: true }],
  }),
  member('br-1', 'BR', { name: 'João Silva' }),
  member('ar-1', 'AR', {
    name: 'Ana Pérez',
    conflicts: [{ description: 'Advises a ccTLD registry', noGo: false }],
  }),
  member('xx-1', null, { name: 'Zoë Saldaña' }),
  member('us-1', 'US', { name: 'John Smith' }),
  member('dm-1', 'DM', { name: 'Ruth Laville' }),
]
const RECORDS = [
  ...chair,
  ...attended('tt-1', 6),
  ...attended('tt-2', 5),
  ...attended('jm-1', 4),
  ...attended('bb-1', 3),
  ...attended('gd-1', 1),
  ...attended('ht-1', 6),
  ...attended('br-1', 6),
  ...attended('ar-1', 6),
  ...attended('xx-1', 6),
  ...attended('us-1', 6),
  ...attended('dm-1', 6),
]
const TRIPS: CropTrip[] = [
  {
    memberId: 'dm-1',
    eventId: 'caribnog-27',
    fiscalYear: 'FY27',
    travelDate: '2026-09-13',
    status: 'requested',
  },
]
const ALSES = [
  { id: 'ALS-TT-01', name: 'TTCS' },
  { id: 'ALS-JM-01', name: 'Jamaica Internet Society' },
]

function shortlist(overrides: Partial<CropShortlistInput> = {}) {
  return cropShortlist({
    event: EVENT,
    members: MEMBERS,
    alses: ALSES,
    records: RECORDS,
    trips: TRIPS,
    settings: DEFAULT_SETTINGS,
    today: TODAY,
    slots: 2,
    ...overrides,
  })
}

describe('cropShortlist', () => {
  it('offers the trips to the event’s sub-region first, the event’s country ahead, with diversity', () => {
    const result = shortlist()
    expect(result.candidates.map((c) => [c.rank, c.memberId, c.tier, c.proposed])).toEqual([
      [1, 'tt-1', 1, true],
      [2, 'jm-1', 1, true],
      [3, 'tt-2', 1, false],
      [4, 'bb-1', 1, false],
    ])
    expect(result.widerRegion).toEqual({ included: false, why: null })
    expect(result.slots).toEqual({ requested: 2, granted: 2 })
  })

  it('gives each person the reasons for their place, as sentences to read aloud', () => {
    const [first, second, third] = shortlist().candidates
    expect(first?.reasons.map((r) => r.message)).toEqual([
      'Tier 1: their country, Trinidad and Tobago, is the event’s own (sub-region Caribbean).',
      expect.stringMatching(
        /^Participation: attended 6 of the last 6 monthly calls \(Jan.+Jun 2026\); no election on record; no contribution to working groups or other activities in the last 12 months\.$/
      ),
      'Rotation: has never travelled with CROP, so comes first among equals.',
      'Proposed for trip 1 of 2.',
    ])
    expect(second?.reasons.map((r) => r.code)).toEqual([
      'tier1-subregion',
      'participation',
      'rotation',
      'diversity',
      'proposed',
    ])
    expect(second?.reasons[3]?.message).toBe(
      'Diversity: moved up from place 3 to place 2, because nobody proposed before shares the country (Jamaica), the ALS (Jamaica Internet Society), and the declared gender (Female).'
    )
    expect(third?.reasons[3]?.message).toBe(
      'Diversity: moved down from place 2 to place 3, because someone proposed before already shares the country (Trinidad and Tobago) and the ALS (TTCS).'
    )
    expect(third?.reasons.at(-1)?.message).toBe(
      'Reserve 1: to be asked, in this order, if someone proposed cannot go.'
    )
    expect(third?.baseRank).toBe(2)
  })

  it('excludes everyone else with every reason that applies', () => {
    const excluded = Object.fromEntries(
      shortlist().excluded.map((entry) => [entry.memberId, entry.reasons.map((r) => r.code)])
    )
    expect(excluded).toEqual({
      'ar-1': ['wider-region-not-offered'],
      'br-1': ['wider-region-not-offered'],
      'dm-1': ['already-travelling'],
      'gd-1': ['inactive'],
      'ht-1': ['no-go-conflict'],
      'us-1': ['outside-region'],
      'xx-1': ['no-country'],
    })
    const messages = Object.fromEntries(
      shortlist({ locale: 'es' }).excluded.map((entry) => [
        entry.memberId,
        entry.reasons[0]?.message,
      ])
    )
    expect(messages['ht-1']).toBe(
      'No elegible: declaró un conflicto de intereses excluyente (CEO of an ISP).'
    )
    expect(messages['us-1']).toBe(
      'No elegible: Estados Unidos no es uno de los países de la región en la pestaña Countries.'
    )
    expect(messages['dm-1']).toBe(
      'No figura: ya tiene un viaje CROP para este evento (Solicitado).'
    )
    expect(messages['br-1']).toBe(
      'Aún no se le ofrece: su país, Brasil (subregión Sudamérica), está fuera de la subregión del evento. La región ampliada se ofrece solo cuando pueden ir menos personas de la subregión del evento (Caribe) que viajes hay, o a criterio del liderazgo.'
    )
    expect(messages['gd-1']).toMatch(
      /^No elegible, no es miembro activo: asistió a 1 de las últimas 6 llamadas mensuales \(.+\); no hay ninguna elección registrada\. CROP es para miembros activos\.$/
    )
  })

  it('adds the wider region, after the sub-region, when the leadership asks', () => {
    const result = shortlist({ includeWiderRegion: true })
    expect(result.candidates.map((c) => [c.memberId, c.tier])).toEqual([
      ['tt-1', 1],
      ['jm-1', 1],
      ['tt-2', 1],
      ['bb-1', 1],
      ['ar-1', 2],
      ['br-1', 2],
    ])
    expect(result.widerRegion).toEqual({ included: true, why: 'requested' })
    expect(result.warnings.map((w) => w.code)).toEqual(['wider-region-requested'])
    const ana = result.candidates.find((c) => c.memberId === 'ar-1')
    expect(ana?.reasons.map((r) => r.message)).toContain(
      'Note: declared a conflict of interest that is not a no-go: Advises a ccTLD registry.'
    )
    expect(ana?.reasons[0]?.message).toBe(
      'Tier 2, the wider region: their country, Argentina (sub-region South America), is outside the event’s sub-region (Caribbean); offered at the leadership’s discretion.'
    )
  })

  it('opens the wider region by itself when the sub-region has fewer people than trips', () => {
    const settings = settingsSchema.parse({ crop: { tripsPerFiscalYear: 10 } })
    const result = shortlist({ slots: 5, settings })
    expect(result.widerRegion).toEqual({ included: true, why: 'tier1-short' })
    expect(result.candidates.filter((c) => c.proposed).map((c) => c.memberId)).toEqual([
      'tt-1',
      'jm-1',
      'bb-1',
      'tt-2',
      'ar-1',
    ])
    expect(result.warnings[0]?.message).toBe(
      'Eligible people from the event’s sub-region (Caribbean): 4; trips to fill: 5. Too few, so the wider region is included.'
    )
  })

  it('ranks by participation, then rotation: fewer trips, then the longest since the last', () => {
    const equal = ['a', 'b', 'c', 'd'].map((id) => member(id, 'JM'))
    equal[0]!.cropTrips = [
      { eventId: 'e-1', date: '2025-01-10' },
      { eventId: 'e-2', date: '2025-05-10' },
    ]
    equal[1]!.cropTrips = [{ eventId: 'e-3', date: '2024-02-01' }]
    equal[2]!.cropTrips = [{ eventId: 'e-4', date: '2025-11-20' }]
    const records = [...chair, ...equal.flatMap((m) => attended(m.id, 4))]
    // d has no trip of its own, but the CROP tab records one approved: it counts for rotation.
    const trips: CropTrip[] = [
      {
        memberId: 'd',
        eventId: 'e-5',
        fiscalYear: 'FY26',
        travelDate: '2026-03-01',
        status: 'approved',
      },
      {
        memberId: 'c',
        eventId: 'e-6',
        fiscalYear: 'FY26',
        travelDate: '2026-04-01',
        status: 'cancelled',
      },
    ]
    const result = shortlist({ members: equal, records, trips, slots: 1 })
    expect(result.candidates.map((c) => [c.memberId, c.trips])).toEqual([
      ['b', { count: 1, lastDate: '2024-02-01' }],
      ['c', { count: 1, lastDate: '2025-11-20' }],
      ['d', { count: 1, lastDate: '2026-03-01' }],
      ['a', { count: 2, lastDate: '2025-05-10' }],
    ])
    expect(result.candidates[3]?.reasons[2]?.message).toBe(
      'Rotation: 2 CROP trips before, the latest on 2025-05-10.'
    )
    const busier = shortlist({
      members: equal,
      records: [...records, ...attended('a', 6)],
      slots: 1,
    })
    expect(busier.candidates[0]?.memberId).toBe('a')
  })

  it('breaks a tie by vote, then other contributions, then member ID, never by input order', () => {
    const four = ['m-4', 'm-3', 'm-2', 'm-1'].map((id) => member(id, 'JM'))
    const extra: Participation[] = [
      { id: 'v-1', memberId: 'm-3', date: '2026-03-10', kind: 'vote', detail: null },
      { id: 'w-1', memberId: 'm-4', date: '2026-05-02', kind: 'working-group', detail: null },
    ]
    const records = [...chair, ...four.flatMap((m) => attended(m.id, 3)), ...extra]
    const result = shortlist({ members: four, records, slots: 1 })
    expect(result.candidates.map((c) => c.memberId)).toEqual(['m-3', 'm-4', 'm-1', 'm-2'])
  })

  it('caps the slots at the trips left in the event’s fiscal year, and warns', () => {
    const used = (n: number): CropTrip[] =>
      Array.from({ length: n }, (_, i) => ({
        memberId: `someone-${i}`,
        eventId: `other-${i}`,
        fiscalYear: 'FY27',
        travelDate: null,
        status: 'approved' as const,
      }))
    // The request trip of dm-1 (FY27) counts too: 3 + 1 of 5 used.
    const one = shortlist({ trips: [...TRIPS, ...used(3)] })
    expect(one.fiscalYear).toMatchObject({ fiscalYear: 'FY27', used: 4, left: 1 })
    expect(one.slots).toEqual({ requested: 2, granted: 1 })
    expect(one.candidates.filter((c) => c.proposed)).toHaveLength(1)
    expect(one.warnings.map((w) => w.message)).toEqual([
      '2 trips were asked for, but FY27 has only 1 left, so the shortlist proposes 1.',
    ])

    const none = shortlist({ trips: [...TRIPS, ...used(4)] })
    expect(none.slots.granted).toBe(0)
    expect(none.candidates.some((c) => c.proposed)).toBe(false)
    expect(none.candidates.length).toBeGreaterThan(0)
    expect(none.warnings[0]?.message).toBe(
      'No CROP trip is left in FY27 (5 used of 5), so nobody is proposed; the list shows who would be asked if a trip is freed.'
    )
    // Trips of another fiscal year do not count.
    expect(
      shortlist({ trips: used(9).map((t) => ({ ...t, fiscalYear: 'FY26' })) }).fiscalYear.left
    ).toBe(5)
  })

  it('gives the request deadline and warns once it has passed', () => {
    expect(shortlist().deadline).toMatchObject({ deadline: '2026-07-20', late: false })
    const late = shortlist({ today: '2026-08-01' })
    expect(late.deadline.late).toBe(true)
    expect(late.warnings.map((w) => w.message)).toContain(
      'The CROP request deadline, 2026-07-20, passed 12 days ago.'
    )
  })

  it('treats everyone as wider region for an event outside the region’s sub-regions', () => {
    const result = shortlist({
      event: { ...EVENT, id: 'icann-77', country: 'US', subregion: null },
    })
    expect(result.event.subregion).toBeNull()
    expect(result.candidates.every((c) => c.tier === 2)).toBe(true)
    expect(result.candidates.map((c) => c.memberId)).toContain('br-1')
    expect(result.warnings.map((w) => w.code)).toEqual(['event-outside-region'])
  })

  it('takes the sub-region from the Countries data staff edited', () => {
    const countries = [
      {
        code: 'TT',
        names: {
          en: 'Trinidad and Tobago',
          es: 'Trinidad y Tobago',
          pt: 'Trinidad e Tobago',
          fr: 'Trinité-et-Tobago',
        },
        subregion: 'caribbean' as const,
      },
      // Guyana moved to the Caribbean in the Countries tab.
      {
        code: 'GY',
        names: { en: 'Guyana', es: 'Guyana', pt: 'Guiana', fr: 'Guyana' },
        subregion: 'caribbean' as const,
      },
    ]
    const members = [member('gy-1', 'GY'), member('jm-1', 'JM')]
    const records = [...chair, ...attended('gy-1', 6), ...attended('jm-1', 6)]
    const result = shortlist({ members, records, countries, event: { ...EVENT, subregion: null } })
    expect(result.candidates.map((c) => [c.memberId, c.tier])).toEqual([['gy-1', 1]])
    expect(result.excluded.map((e) => [e.memberId, e.reasons[0]?.code])).toEqual([
      ['jm-1', 'outside-region'],
    ])
  })

  it('warns about a cancelled event or one not marked CROP eligible', () => {
    const result = shortlist({ event: { ...EVENT, status: 'cancelled', cropEligible: false } })
    expect(result.warnings.map((w) => w.code)).toEqual(['cancelled', 'not-crop-eligible'])
  })

  it('refuses an undated event, a bad slot count and two members with one ID', () => {
    const undated = { ...EVENT, startDate: null, status: 'tentative' as const }
    expect(() => shortlist({ event: undated })).toThrow(CropInputError)
    expect(() => shortlist({ event: undated })).toThrow(/has no date yet/)
    expect(() => shortlist({ slots: 0 })).toThrow(
      'The number of trips must be a whole number of at least 1, not 0.'
    )
    expect(() => shortlist({ slots: 1.5 })).toThrow(CropInputError)
    expect(() => shortlist({ members: [...MEMBERS, member('tt-1', 'TT')] })).toThrow(
      'The member ID tt-1 is on more than one row of the Members tab.'
    )
  })

  it('explains the ranking rule in one paragraph in each language', () => {
    expect(shortlist().rule).toMatch(/^How the list is ordered: people from the event’s sub-region/)
    expect(shortlist({ locale: 'pt' }).rule).toMatch(/^Como a lista é ordenada/)
  })
})

// Arbitrary workbooks: members anywhere (or nowhere), any attendance, votes, conflicts and trips.
const COUNTRY_POOL = [
  'TT',
  'JM',
  'BB',
  'HT',
  'CU',
  'BR',
  'AR',
  'UY',
  'MX',
  'GT',
  'US',
  null,
] as const
const arbitraryMember = fc.record({
  country: fc.constantFrom(...COUNTRY_POOL),
  alsId: fc.constantFrom(null, 'ALS-1', 'ALS-2', 'ALS-3'),
  gender: fc.constantFrom(null, 'Female', 'male', 'Non-binary'),
  // Few distinct values, so that ties (broken by member ID only) are common.
  calls: fc.integer({ min: 0, max: 6 }),
  voted: fc.boolean(),
  other: fc.nat({ max: 1 }),
  conflicts: fc.array(
    fc.record({ description: fc.constantFrom('ISP', 'Registrar', 'Minister'), noGo: fc.boolean() }),
    { maxLength: 1 }
  ),
  trips: fc.array(
    fc.record({
      eventId: fc.constantFrom('e-1', 'e-2', 'caribnog-27'),
      date: fc.constantFrom('2024-05-01', '2025-10-01'),
    }),
    { maxLength: 2 }
  ),
  requested: fc.boolean(),
  // Identical people under different IDs: only the member ID can tell them apart.
  copies: fc.integer({ min: 1, max: 3 }),
})
const arbitraryEvent = fc.constantFrom<CropShortlistInput['event']>(
  EVENT,
  { ...EVENT, id: 'lacnic-46', country: 'BR', subregion: 'south-america' },
  { ...EVENT, id: 'guatemala-roadshow', country: 'GT', subregion: null },
  { ...EVENT, id: 'icann-77', country: 'US', subregion: null }
)
const arbitraryInput = fc
  .record({
    people: fc.array(arbitraryMember, { maxLength: 12 }),
    event: arbitraryEvent,
    slots: fc.integer({ min: 1, max: 4 }),
    includeWiderRegion: fc.boolean(),
    tripsPerFiscalYear: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ people, event, slots, includeWiderRegion, tripsPerFiscalYear }) => {
    const members: ShortlistMember[] = []
    const records: Participation[] = [
      ...chair,
      { id: 'v-0', memberId: 'chair', date: '2026-03-10', kind: 'vote', detail: null },
    ]
    const trips: CropTrip[] = []
    const copies = people.flatMap((person) => Array.from({ length: person.copies }, () => person))
    copies.forEach((person, index) => {
      const id = `m-${String(index).padStart(2, '0')}`
      members.push(
        member(id, person.country, {
          alsId: person.alsId,
          gender: person.gender,
          conflicts: person.conflicts,
          cropTrips: person.trips,
        })
      )
      for (const date of CALLS.slice(CALLS.length - person.calls))
        records.push({
          id: `c-${id}-${date}`,
          memberId: id,
          date,
          kind: 'monthly-call',
          detail: null,
        })
      if (person.voted)
        records.push({
          id: `v-${id}`,
          memberId: id,
          date: '2026-03-11',
          kind: 'vote',
          detail: null,
        })
      for (let k = 0; k < person.other; k++)
        records.push({
          id: `w-${id}-${k}`,
          memberId: id,
          date: `2026-0${k + 2}-15`,
          kind: 'working-group',
          detail: null,
        })
      if (person.requested)
        trips.push({
          memberId: id,
          eventId: `other-${index}`,
          fiscalYear: 'FY27',
          travelDate: null,
          status: 'requested',
        })
    })
    const settings = settingsSchema.parse({ crop: { tripsPerFiscalYear } })
    return { event, members, records, trips, settings, slots, includeWiderRegion }
  })

function run(input: Omit<CropShortlistInput, 'alses' | 'today'>) {
  return cropShortlist({ ...input, alses: [], today: TODAY })
}

describe('cropShortlist, for any workbook', () => {
  it('never lists an inactive member or one with a no-go conflict', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = run(input)
        return result.candidates.every((candidate) => {
          const person = input.members.find((m) => m.id === candidate.memberId)!
          return (
            isMemberActive(person, input.records, input.settings, TODAY).active &&
            !person.conflicts.some((conflict) => conflict.noGo)
          )
        })
      })
    )
  })

  it('ranks every tier-1 person before every tier-2 person', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const tiers = run(input).candidates.map((c) => c.tier)
        return tiers.every((tier, i) => i === 0 || tiers[i - 1]! <= tier)
      })
    )
  })

  it('leaves tier 2 out when tier 1 has enough people and the leadership has not asked', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = run({ ...input, includeWiderRegion: false })
        const tier1 = result.candidates.filter((c) => c.tier === 1).length
        const tier2 = result.candidates.filter((c) => c.tier === 2).length
        return tier1 < result.slots.granted || tier2 === 0
      })
    )
  })

  it('gives the same shortlist whatever the order of members, records and trips', () => {
    fc.assert(
      fc.property(
        arbitraryInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.members, { minLength: input.members.length }),
            fc.shuffledSubarray(input.records, { minLength: input.records.length }),
            fc.shuffledSubarray(input.trips, { minLength: input.trips.length })
          )
        ),
        ([input, members, records, trips]) => {
          const once = run(input)
          const shuffled = run({ ...input, members, records, trips })
          expect(shuffled).toEqual(once)
        }
      )
    )
  })

  it('accounts for every member exactly once, shortlisted or excluded with a reason', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = run(input)
        const listed = [
          ...result.candidates.map((c) => c.memberId),
          ...result.excluded.map((e) => e.memberId),
        ]
        return (
          listed.length === input.members.length &&
          new Set(listed).size === listed.length &&
          result.excluded.every((entry) => entry.reasons.length > 0) &&
          result.candidates.every((c, i) => c.rank === i + 1) &&
          result.candidates.filter((c) => c.proposed).length ===
            Math.min(result.slots.granted, result.candidates.length)
        )
      })
    )
  })
})
