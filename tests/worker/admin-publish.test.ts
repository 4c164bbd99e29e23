// PUT /admin/events: a signed publish replaces the calendar whole, or changes nothing.
import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { fieldLabel } from '../../shared/i18n/messages/schema'
import { getCalendarVersion, getPublishedCalendar } from '../../worker/src/db/calendar'
import { resetCalendarTables } from './reset-db'
import { publishRequest, signedRequest } from './sign-request'

interface Answer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: assertions read the JSON as sent
  body: any
}

async function publish(events: unknown[], path?: string, headers?: Record<string, string>) {
  const res = await SELF.fetch(await publishRequest(events, { path, headers }))
  return { status: res.status, body: await res.json() } as Answer
}

const calendar2023 = [
  { id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26', country: 'tt' },
  {
    id: 'lacnic-39',
    title: 'LACNIC 39',
    startDate: '2023-05-08',
    endDate: '2023-05-12',
    city: 'Ciudad de México',
    country: 'MX',
    languages: ['es', 'en'],
  },
  {
    id: 'uasg-webinar',
    title: 'Aceptación Universal',
    startDate: '2023-06-14',
    startTime: '15:00',
    timeZone: 'America/Montevideo',
    format: 'virtual',
    category: 'webinar',
  },
  { id: 'lac-igf', title: 'LACIGF', status: 'tentative' },
]

describe('PUT /admin/events', () => {
  beforeEach(resetCalendarTables)

  it('publishes a first snapshot: every event added, version 1, served by the queries', async () => {
    const answer = await publish(calendar2023)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      version: 1,
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      counts: { events: 4, added: 4, changed: 0, removed: 0 },
      added: ['caribnog-25', 'lacnic-39', 'uasg-webinar', 'lac-igf'],
      changed: [],
      removed: [],
    })
    const published = await getPublishedCalendar(env.DB)
    expect(published?.version).toBe(1)
    expect(published?.publishedAt).toBe(answer.body.publishedAt)
    expect(published?.events.map((event) => event.id)).toEqual([
      'caribnog-25',
      'lacnic-39',
      'uasg-webinar',
      'lac-igf',
    ])
    // stored as parsed: country upper-cased, defaults filled in, revision 0 at publish time
    expect(published?.events[0]).toMatchObject({
      country: 'TT',
      category: 'other',
      sequence: 0,
      lastModified: answer.body.publishedAt,
    })
    expect(await getCalendarVersion(env.DB)).toEqual({
      version: 1,
      publishedAt: answer.body.publishedAt,
    })
  })

  it('republishing the identical snapshot changes no event and no sequence', async () => {
    await publish(calendar2023)
    const before = await getPublishedCalendar(env.DB)
    // the same events with keys in another order and text in another Unicode form
    const again = calendar2023.map((event) =>
      Object.fromEntries(
        Object.entries(event)
          .reverse()
          .map(([key, value]) => [key, typeof value === 'string' ? value.normalize('NFD') : value])
      )
    )
    const answer = await publish(again)
    expect(answer.status).toBe(200)
    expect(answer.body.version).toBe(2)
    expect(answer.body.counts).toEqual({ events: 4, added: 0, changed: 0, removed: 0 })
    expect([answer.body.added, answer.body.changed, answer.body.removed]).toEqual([[], [], []])
    const after = await getPublishedCalendar(env.DB)
    expect(after?.events).toEqual(before?.events)
  })

  it('a changed title bumps exactly that event: sequence + 1 and a new lastModified', async () => {
    const first = await publish(calendar2023)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const edited = calendar2023.map((event) =>
      event.id === 'lacnic-39' ? { ...event, title: 'LACNIC 39 — Foro Técnico' } : event
    )
    const answer = await publish(edited)
    expect(answer.body.changed).toEqual(['lacnic-39'])
    expect(answer.body.counts).toEqual({ events: 4, added: 0, changed: 1, removed: 0 })
    const events = (await getPublishedCalendar(env.DB))?.events ?? []
    for (const event of events) {
      if (event.id === 'lacnic-39') {
        expect(event).toMatchObject({ title: 'LACNIC 39 — Foro Técnico', sequence: 1 })
        expect(event.lastModified).toBe(answer.body.publishedAt)
        expect(event.lastModified).not.toBe(first.body.publishedAt)
      } else {
        expect(event).toMatchObject({ sequence: 0, lastModified: first.body.publishedAt })
      }
    }
  })

  it('an event left out of the snapshot is listed as removed and no longer served', async () => {
    await publish(calendar2023)
    const answer = await publish(calendar2023.filter((event) => event.id !== 'caribnog-25'))
    expect(answer.body.removed).toEqual(['caribnog-25'])
    expect(answer.body.counts).toEqual({ events: 3, added: 0, changed: 0, removed: 1 })
    const ids = (await getPublishedCalendar(env.DB))?.events.map((event) => event.id)
    expect(ids).not.toContain('caribnog-25')
  })

  it('publishes an empty calendar (every event removed)', async () => {
    await publish(calendar2023)
    const answer = await publish([])
    expect(answer.status).toBe(200)
    expect(answer.body.removed).toHaveLength(4)
    expect((await getPublishedCalendar(env.DB))?.events).toEqual([])
  })

  describe('an invalid snapshot is refused with 422 and changes nothing', () => {
    beforeEach(async () => {
      expect((await publish(calendar2023)).status).toBe(200)
    })

    async function expectStillVersion1() {
      const published = await getPublishedCalendar(env.DB)
      expect(published?.version).toBe(1)
      expect(published?.events.map((event) => event.id)).toHaveLength(4)
      expect(published?.events.find((e) => e.id === 'caribnog-25')?.title).toBe('CaribNOG 25')
    }

    it('lists a bad date and a missing title by event and field', async () => {
      const answer = await publish([
        { ...calendar2023[0], title: 'CaribNOG 26' },
        { id: 'bad-date', title: 'Foro', startDate: '2023-02-30' },
        { id: 'no-title', startDate: '2023-07-01' },
      ])
      expect(answer.status).toBe(422)
      expect(answer.body.error.code).toBe('invalid_request')
      expect(answer.body.error.message).toContain('Nothing was changed')
      expect(answer.body.error.problems).toEqual([
        expect.objectContaining({
          index: 1,
          id: 'bad-date',
          title: 'Foro',
          path: 'events.1.startDate',
          field: fieldLabel('event', 'startDate', 'en'),
        }),
        expect.objectContaining({
          index: 2,
          id: 'no-title',
          title: null,
          path: 'events.2.title',
          field: fieldLabel('event', 'title', 'en'),
        }),
      ])
      for (const problem of answer.body.error.problems) expect(problem.message).toBeTruthy()
      await expectStillVersion1()
    })

    it('lists each repeated id instead of merging the events', async () => {
      const answer = await publish([
        ...calendar2023,
        { id: 'lacnic-39', title: 'LACNIC 40', startDate: '2023-10-02' },
      ])
      expect(answer.status).toBe(422)
      expect(answer.body.error.problems).toEqual([
        expect.objectContaining({
          index: 4,
          id: 'lacnic-39',
          title: 'LACNIC 40',
          path: 'events.4.id',
          field: fieldLabel('event', 'id', 'en'),
        }),
      ])
      expect(answer.body.error.problems[0].message).toContain('event 2')
      await expectStillVersion1()
    })

    it('refuses a body that is not JSON', async () => {
      const res = await SELF.fetch(await signedRequest({ body: '{"events": [' }))
      expect(res.status).toBe(422)
      expect(((await res.json()) as Answer['body']).error.code).toBe('invalid_json')
      await expectStillVersion1()
    })

    it('refuses a body without an events list', async () => {
      const res = await SELF.fetch(await signedRequest({ body: '{"calendar": []}' }))
      expect(res.status).toBe(422)
      const answer = (await res.json()) as Answer['body']
      expect(answer.error.problems).toEqual([expect.objectContaining({ path: 'events' })])
      await expectStillVersion1()
    })

    it('words the problems in the language asked for', async () => {
      const bad = [{ id: 'bad-date', title: 'Foro', startDate: '2023-02-30' }]
      const es = await publish(bad, '/admin/events?lang=es')
      expect(es.status).toBe(422)
      expect(es.body.error.message).toContain('No se cambió nada')
      const pt = await publish(bad, undefined, { 'Accept-Language': 'pt-BR,pt;q=0.9' })
      expect(pt.body.error.message).toContain('Nada foi alterado')
      expect(pt.body.error.problems[0].message).not.toBe(es.body.error.problems[0].message)
      await expectStillVersion1()
    })
  })
})
