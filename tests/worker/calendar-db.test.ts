// The published-calendar queries against real D1: ordering, atomic replace, version.
import { env } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { outreachEventSchema, type PublishedEvent } from '../../shared/schemas/event'
import {
  getCalendarVersion,
  getPublishedCalendar,
  replaceCalendar,
} from '../../worker/src/db/calendar'
import { resetCalendarTables } from './reset-db'

function published(input: Parameters<typeof outreachEventSchema.parse>[0], sequence = 0) {
  return {
    ...outreachEventSchema.parse(input),
    sequence,
    lastModified: '2026-01-01T00:00:00.000Z',
  } satisfies PublishedEvent
}

const noCounts = { added: 0, changed: 0, removed: 0 }

describe('published calendar queries', () => {
  beforeEach(resetCalendarTables)

  it('answer null before the first publish', async () => {
    expect(await getPublishedCalendar(env.DB)).toBeNull()
    expect(await getCalendarVersion(env.DB)).toBeNull()
  })

  it('return events by start date, undated last, then by title, with every field intact', async () => {
    const events = [
      published({ id: 'undated', title: 'Alpha', status: 'tentative' }),
      published({ id: 'zeta', title: 'Zeta', startDate: '2023-03-01' }),
      published({ id: 'etica', title: 'Ética digital', startDate: '2023-03-01' }, 4),
      published({ id: 'early', title: 'Zzz', startDate: '2023-01-15', languages: ['es', 'pt'] }),
      published({
        id: 'timed',
        title: 'Webinar',
        startDate: '2023-02-10',
        startTime: '14:00',
        timeZone: 'America/Montevideo',
        url: 'https://example.org/w',
        cropEligible: true,
      }),
    ]
    await replaceCalendar(
      env.DB,
      { version: 1, publishedAt: '2026-01-02T00:00:00.000Z', events },
      {
        ...noCounts,
        added: events.length,
      }
    )
    const calendar = await getPublishedCalendar(env.DB)
    expect(calendar?.version).toBe(1)
    expect(calendar?.publishedAt).toBe('2026-01-02T00:00:00.000Z')
    expect(calendar?.events.map((event) => event.id)).toEqual([
      'early',
      'timed',
      'etica',
      'zeta',
      'undated',
    ])
    expect(calendar?.events.find((event) => event.id === 'timed')).toEqual(events[4])
    expect(calendar?.events.find((event) => event.id === 'etica')?.sequence).toBe(4)
    expect(await getCalendarVersion(env.DB)).toEqual({
      version: 1,
      publishedAt: '2026-01-02T00:00:00.000Z',
    })
  })

  it('replace the whole snapshot, in chunks that respect D1 parameter limits', async () => {
    const first = [published({ id: 'old', title: 'Old', startDate: '2023-01-01' })]
    await replaceCalendar(
      env.DB,
      { version: 1, publishedAt: '2026-01-01T00:00:00.000Z', events: first },
      noCounts
    )
    const many = Array.from({ length: 250 }, (_, index) =>
      published({ id: `event-${index}`, title: `Event ${index}`, startDate: '2023-05-01' })
    )
    await replaceCalendar(
      env.DB,
      { version: 2, publishedAt: '2026-01-03T00:00:00.000Z', events: many },
      noCounts
    )
    const calendar = await getPublishedCalendar(env.DB)
    expect(calendar?.version).toBe(2)
    expect(calendar?.events).toHaveLength(250)
    expect(calendar?.events.some((event) => event.id === 'old')).toBe(false)
    // numeric collation: Event 2 before Event 10
    expect(calendar?.events.slice(0, 3).map((event) => event.id)).toEqual([
      'event-0',
      'event-1',
      'event-2',
    ])
  })

  it('leave the previous snapshot serving when a replace fails', async () => {
    const first = [published({ id: 'kept', title: 'Kept', startDate: '2023-01-01' })]
    await replaceCalendar(
      env.DB,
      { version: 1, publishedAt: '2026-01-01T00:00:00.000Z', events: first },
      noCounts
    )
    // Version 1 is taken: the batch fails on the version row, after the delete and inserts.
    const second = [published({ id: 'lost', title: 'Lost', startDate: '2023-02-01' })]
    await expect(
      replaceCalendar(
        env.DB,
        { version: 1, publishedAt: '2026-01-05T00:00:00.000Z', events: second },
        noCounts
      )
    ).rejects.toThrow()
    const calendar = await getPublishedCalendar(env.DB)
    expect(calendar?.events.map((event) => event.id)).toEqual(['kept'])
    expect(calendar?.publishedAt).toBe('2026-01-01T00:00:00.000Z')
  })
})
