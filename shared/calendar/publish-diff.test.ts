// diffCalendar: what a publish adds, changes and removes, and how sequences move.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  type OutreachEvent,
  outreachEventSchema,
} from '../schemas/event'
import { DuplicateEventIdError, diffCalendar, findDuplicateEventIds } from './publish-diff'

const T1 = '2026-01-01T10:00:00.000Z'
const T2 = '2026-02-01T10:00:00.000Z'

function event(id: string, fields: Partial<OutreachEvent> = {}): OutreachEvent {
  return {
    ...outreachEventSchema.parse({ id, title: `Event ${id}`, startDate: '2023-05-01' }),
    ...fields,
  }
}

const outreachEventArbitrary = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }),
  startDate: fc.option(fc.constantFrom('2023-01-15', '2023-06-30', '2024-02-29')),
  endDate: fc.constant(null),
  startTime: fc.option(fc.constantFrom('09:00', '14:30')),
  endTime: fc.constant(null),
  timeZone: fc.option(fc.constantFrom('America/Montevideo', 'America/Mexico_City')),
  city: fc.option(fc.constantFrom('Montevideo', 'São Paulo', 'Port of Spain')),
  country: fc.option(fc.constantFrom('UY', 'BR', 'TT')),
  subregion: fc.constant(null),
  category: fc.constantFrom(...EVENT_CATEGORIES),
  format: fc.constantFrom(...EVENT_FORMATS),
  status: fc.constantFrom(...EVENT_STATUSES),
  url: fc.option(fc.constant('https://example.org/event')),
  languages: fc.subarray(['en', 'es', 'pt', 'fr'] as const),
  cropEligible: fc.boolean(),
  description: fc.option(fc.string({ maxLength: 60 })),
})

const snapshotArbitrary = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/), { maxLength: 25 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => outreachEventArbitrary.map((fields) => ({ id, ...fields }))))
  )
  .map((events): OutreachEvent[] => events)

/** The same event with its keys in reverse order (what a different serializer might send). */
function reversedKeys(value: OutreachEvent): OutreachEvent {
  return Object.fromEntries(Object.entries(value).reverse()) as OutreachEvent
}

describe('diffCalendar', () => {
  it('publishes every event of a first snapshot as new, sequence 0, modified now', () => {
    const diff = diffCalendar([], [event('a'), event('b')], T1)
    expect(diff.added).toEqual(['a', 'b'])
    expect(diff.changed).toEqual([])
    expect(diff.removed).toEqual([])
    expect(diff.events.map((e) => [e.id, e.sequence, e.lastModified])).toEqual([
      ['a', 0, T1],
      ['b', 0, T1],
    ])
  })

  it('bumps only the event whose title changed, and stamps it with the new time', () => {
    const first = diffCalendar([], [event('a'), event('b'), event('c')], T1)
    const diff = diffCalendar(
      first.events,
      [event('a'), event('b', { title: 'Renamed' }), event('c')],
      T2
    )
    expect(diff.added).toEqual([])
    expect(diff.changed).toEqual(['b'])
    expect(diff.removed).toEqual([])
    const b = diff.events.find((e) => e.id === 'b')
    expect(b).toMatchObject({ title: 'Renamed', sequence: 1, lastModified: T2 })
    expect(diff.events.find((e) => e.id === 'a')).toMatchObject({ sequence: 0, lastModified: T1 })
  })

  it('counts each further change: sequence goes 0, 1, 2', () => {
    const v1 = diffCalendar([], [event('a')], T1)
    const v2 = diffCalendar(v1.events, [event('a', { status: 'cancelled' })], T2)
    const v3 = diffCalendar(
      v2.events,
      [event('a', { status: 'cancelled', cropEligible: true })],
      T2
    )
    expect(v3.events[0]?.sequence).toBe(2)
  })

  it('lists events missing from the new snapshot as removed and leaves them out', () => {
    const first = diffCalendar([], [event('a'), event('b')], T1)
    const diff = diffCalendar(first.events, [event('b'), event('c')], T2)
    expect(diff.removed).toEqual(['a'])
    expect(diff.added).toEqual(['c'])
    expect(diff.events.map((e) => e.id)).toEqual(['b', 'c'])
  })

  it('sees a change in a list field such as languages', () => {
    const first = diffCalendar([], [event('a', { languages: ['es'] })], T1)
    const diff = diffCalendar(first.events, [event('a', { languages: ['es', 'pt'] })], T2)
    expect(diff.changed).toEqual(['a'])
  })

  it('sees a field cleared to null as a change', () => {
    const first = diffCalendar([], [event('a', { city: 'Lima' })], T1)
    expect(diffCalendar(first.events, [event('a')], T2).changed).toEqual(['a'])
  })

  it('refuses a snapshot with a repeated id instead of merging it', () => {
    const attempt = () =>
      diffCalendar([], [event('a'), event('b'), event('a', { title: 'Other' })], T1)
    expect(attempt).toThrow(DuplicateEventIdError)
    expect(attempt).toThrow(/a/)
    expect(findDuplicateEventIds([event('a'), event('b'), event('a'), event('a')])).toEqual([
      { id: 'a', index: 2, firstIndex: 0 },
      { id: 'a', index: 3, firstIndex: 0 },
    ])
  })

  it('property: republishing the same snapshot changes nothing, whatever the key order', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (snapshot) => {
        const first = diffCalendar([], snapshot, T1)
        const again = diffCalendar(first.events, snapshot.map(reversedKeys), T2)
        expect(again.added).toEqual([])
        expect(again.changed).toEqual([])
        expect(again.removed).toEqual([])
        expect(again.events).toEqual(first.events)
        // a stored snapshot goes through JSON: that must not look like a change either
        const stored = JSON.parse(JSON.stringify(first.events))
        expect(diffCalendar(stored, snapshot, T2).changed).toEqual([])
      })
    )
  })

  it('property: a changed title bumps exactly that event', () => {
    fc.assert(
      fc.property(
        snapshotArbitrary.filter((snapshot) => snapshot.length > 0),
        fc.nat(),
        (snapshot, pick) => {
          const index = pick % snapshot.length
          const first = diffCalendar([], snapshot, T1)
          const edited = snapshot.map((e, i) => (i === index ? { ...e, title: `${e.title}!` } : e))
          const diff = diffCalendar(first.events, edited, T2)
          const target = snapshot[index]?.id
          expect(diff.changed).toEqual([target])
          for (const published of diff.events) {
            const expected = published.id === target ? [1, T2] : [0, T1]
            expect([published.sequence, published.lastModified]).toEqual(expected)
          }
        }
      )
    )
  })
})
