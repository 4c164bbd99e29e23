import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SUBREGIONS } from '../reference/subregions'
import {
  EVENT_CATEGORIES,
  EVENT_STATUSES,
  type OutreachEventInput,
  outreachEventSchema,
} from '../schemas/event'
import {
  compareChronologically,
  type EventFilters,
  filterEvents,
  filtersToQuery,
  foldForSearch,
  hasFilters,
  matchesFilters,
  parseEventFilters,
} from './filter-events'

const event = (input: OutreachEventInput) => outreachEventSchema.parse(input)

const EVENTS = [
  event({
    id: 'caribnog',
    title: 'CaribNOG 25',
    startDate: '2023-03-26',
    endDate: '2023-03-28',
    city: 'Bridgetown',
    country: 'BB',
    subregion: 'caribbean',
    category: 'technical-community',
  }),
  event({
    id: 'webinar',
    title: 'Aceptación Universal',
    startDate: '2023-05-10',
    startTime: '10:00',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    subregion: 'central-america-mexico',
    category: 'webinar',
    description: 'Correo electrónico en cualquier idioma',
  }),
  event({
    id: 'forum',
    title: 'Foro de Gobernanza',
    startDate: '2023-09-01',
    city: 'Bogotá',
    country: 'CO',
    subregion: 'south-america',
    category: 'governance-forum',
    status: 'cancelled',
  }),
  event({ id: 'undated', title: 'Roadshow', country: 'BR', status: 'tentative' }),
]

const ids = (filters: EventFilters) => filterEvents(EVENTS, filters).map((e) => e.id)

function parsed(pairs: [string, string][]): EventFilters {
  const result = parseEventFilters(pairs)
  if (!result.ok) throw new Error(`expected filters, got ${result.error.key}`)
  return result.filters
}

describe('parseEventFilters', () => {
  it('reads no parameters as no filters', () => {
    expect(parseEventFilters([])).toEqual({ ok: true, filters: {} })
  })

  it('normalizes lists: split on commas, merged when repeated, sorted, codes upper-cased', () => {
    expect(
      parsed([
        ['country', 'mx, ar'],
        ['country', 'BR,MX'],
      ])
    ).toEqual({ country: ['AR', 'BR', 'MX'] })
    expect(parsed([['category', 'webinar,roadshow']])).toEqual({
      category: ['roadshow', 'webinar'],
    })
  })

  it('treats empty values as absent', () => {
    expect(
      parsed([
        ['country', ''],
        ['q', '  '],
        ['from', ''],
      ])
    ).toEqual({})
  })

  it('keeps the search text NFC with runs of spaces collapsed', () => {
    expect(parsed([['q', '  Bogota\u0301   forum ']])).toEqual({ q: 'Bogotá forum' })
  })

  it.each([
    [[['colour', 'red']], 'feed.error.unknownParameter', 'colour', { name: 'colour' }],
    [
      [['from', '2023-02-30']],
      'feed.error.invalidDate',
      'from',
      { name: 'from', value: '2023-02-30' },
    ],
    [[['to', '1/5/2023']], 'feed.error.invalidDate', 'to', { name: 'to', value: '1/5/2023' }],
    [[['country', 'MX,Mexico']], 'feed.error.invalidCountry', 'country', { value: 'Mexico' }],
    [
      [['subregion', 'andes']],
      'feed.error.invalidChoice',
      'subregion',
      { name: 'subregion', value: 'andes', allowed: SUBREGIONS.join(', ') },
    ],
    [
      [['status', 'confirmed,postponed']],
      'feed.error.invalidChoice',
      'status',
      { name: 'status', value: 'postponed', allowed: EVENT_STATUSES.join(', ') },
    ],
    [
      [
        ['from', '2023-06-01'],
        ['to', '2023-05-01'],
      ],
      'feed.error.rangeReversed',
      'from',
      { from: '2023-06-01', to: '2023-05-01' },
    ],
    [
      [
        ['q', 'a'],
        ['q', 'b'],
      ],
      'feed.error.repeatedParameter',
      'q',
      { name: 'q' },
    ],
    [[['q', 'x'.repeat(201)]], 'feed.error.searchTooLong', 'q', { length: 201, max: 200 }],
  ] as const)('refuses %j with %s', (pairs, key, parameter, params) => {
    expect(parseEventFilters(pairs)).toEqual({ ok: false, error: { parameter, key, params } })
  })

  it('lists every category in its error', () => {
    const result = parseEventFilters([['category', 'party']])
    expect(result.ok ? null : result.error.params.allowed).toBe(EVENT_CATEGORIES.join(', '))
  })
})

describe('filtersToQuery', () => {
  it('writes a canonical query: fixed parameter order, sorted lists, encoded text', () => {
    expect(
      filtersToQuery({ subregion: ['caribbean'], country: ['MX', 'AR'], q: 'São Paulo & co' })
    ).toBe('country=AR,MX&q=S%C3%A3o%20Paulo%20%26%20co&subregion=caribbean')
    expect(filtersToQuery({})).toBe('')
  })

  it('gives equivalent URLs the same query', () => {
    const a = parsed([
      ['country', 'mx,ar'],
      ['status', 'tentative,confirmed'],
    ])
    const b = parsed([
      ['status', 'confirmed'],
      ['country', 'AR'],
      ['status', 'tentative'],
      ['country', 'MX'],
    ])
    expect(filtersToQuery(a)).toBe(filtersToQuery(b))
  })

  it('reads back as the same filters (any filters)', () => {
    const dates = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    const filters = fc.record(
      {
        from: dates,
        country: fc.uniqueArray(fc.constantFrom('AR', 'BR', 'MX', 'TT', 'US'), { minLength: 1 }),
        subregion: fc.uniqueArray(fc.constantFrom(...SUBREGIONS), { minLength: 1 }),
        category: fc.uniqueArray(fc.constantFrom(...EVENT_CATEGORIES), { minLength: 1 }),
        status: fc.uniqueArray(fc.constantFrom(...EVENT_STATUSES), { minLength: 1 }),
        q: fc
          .string({ minLength: 1, maxLength: 40 })
          .map((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
          .filter((s) => s !== ''),
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(filters, (input) => {
        const normalized = parsed(
          Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])
        )
        const query = filtersToQuery(normalized)
        const pairs =
          query === ''
            ? []
            : query.split('&').map((part) => {
                const [name = '', value = ''] = part.split('=')
                return [name, decodeURIComponent(value)] as [string, string]
              })
        // Lists travel comma-joined; a comma inside the search text is encoded and survives.
        expect(parsed(pairs)).toEqual(normalized)
      })
    )
  })
})

describe('matchesFilters and filterEvents', () => {
  it('keeps everything, undated included, with no filters', () => {
    expect(ids({})).toEqual(['caribnog', 'webinar', 'forum', 'undated'])
    expect(hasFilters({})).toBe(false)
    expect(hasFilters({ status: ['cancelled'] })).toBe(true)
  })

  it('keeps events that overlap the date range, ends inclusive, and drops undated ones', () => {
    expect(ids({ from: '2023-03-28' })).toEqual(['caribnog', 'webinar', 'forum'])
    expect(ids({ from: '2023-03-29' })).toEqual(['webinar', 'forum'])
    expect(ids({ to: '2023-03-26' })).toEqual(['caribnog'])
    expect(ids({ to: '2023-03-25' })).toEqual([])
    expect(ids({ from: '2023-03-27', to: '2023-03-27' })).toEqual(['caribnog'])
    expect(ids({ from: '2023-05-10', to: '2023-09-01' })).toEqual(['webinar', 'forum'])
  })

  it('filters by country, sub-region, category and status, a list matching any value', () => {
    expect(ids({ country: ['CO', 'MX'] })).toEqual(['webinar', 'forum'])
    expect(ids({ subregion: ['caribbean'] })).toEqual(['caribnog'])
    expect(ids({ category: ['webinar', 'technical-community'] })).toEqual(['caribnog', 'webinar'])
    expect(ids({ status: ['cancelled', 'tentative'] })).toEqual(['forum', 'undated'])
  })

  it('requires every filter to match', () => {
    expect(ids({ subregion: ['south-america'], status: ['cancelled'] })).toEqual(['forum'])
    expect(ids({ country: ['BR'], from: '2023-01-01' })).toEqual([])
    expect(ids({ country: ['MX', 'CO'], category: ['webinar'], to: '2023-06-01' })).toEqual([
      'webinar',
    ])
  })

  it('searches title, city and description ignoring case and accents, every word', () => {
    expect(ids({ q: 'bogota' })).toEqual(['forum'])
    expect(ids({ q: 'ACEPTACIÓN' })).toEqual(['webinar'])
    expect(ids({ q: 'electronico idioma' })).toEqual(['webinar'])
    expect(ids({ q: 'electronico caribe' })).toEqual([])
    expect(ids({ q: 'bridgetown' })).toEqual(['caribnog'])
  })

  it('does not match a null country or sub-region', () => {
    const bare = event({ id: 'bare', title: 'Bare', startDate: '2023-01-01' })
    expect(matchesFilters(bare, { country: ['MX'] })).toBe(false)
    expect(matchesFilters(bare, { subregion: ['caribbean'] })).toBe(false)
  })
})

describe('foldForSearch', () => {
  it('drops accents and case, and unfolds ligatures', () => {
    expect(foldForSearch('Pétion-Ville ÇA ﬁn')).toBe('petion-ville ca fin')
  })
})

describe('compareChronologically', () => {
  it('orders by date, all-day before timed, then time and title; undated last', () => {
    const list = [
      event({ id: 'u', title: 'A undated', status: 'tentative' }),
      event({ id: 'b', title: 'B', startDate: '2023-01-02', startTime: '09:00', timeZone: 'UTC' }),
      event({ id: 'a', title: 'A', startDate: '2023-01-02', startTime: '18:00', timeZone: 'UTC' }),
      event({ id: 'c', title: 'C', startDate: '2023-01-02' }),
      event({ id: 'd', title: 'D', startDate: '2023-01-01' }),
    ]
    expect([...list].sort(compareChronologically).map((e) => e.id)).toEqual([
      'd',
      'c',
      'b',
      'a',
      'u',
    ])
  })
})
