// A member's proposal (status 'proposed') is kept in the workbook but never reaches the public
// feeds: PUT /admin/events refuses a snapshot that holds one, and the feeds stay as they were.
import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { EVENT_STATUSES, PUBLISHABLE_EVENT_STATUSES } from '../../shared/schemas/event'
import { getCalendarVersion, getPublishedCalendar } from '../../worker/src/db/calendar'
import { ORIGIN } from './member-input-fixtures'
import { resetCalendarTables } from './reset-db'
import { publishRequest } from './sign-request'

const CONFIRMED = { id: 'lacnic-39', title: 'LACNIC 39', startDate: '2026-05-08' }
const PROPOSED = {
  id: 'proposed-igf-bolivia',
  title: 'Foro de Gobernanza de Internet de Bolivia',
  startDate: '2026-09-14',
  country: 'BO',
  status: 'proposed',
}

async function publish(events: unknown[], headers: Record<string, string> = {}) {
  const res = await SELF.fetch(await publishRequest(events, { headers }))
  // biome-ignore lint/suspicious/noExplicitAny: assertions read the JSON as sent
  return { status: res.status, body: (await res.json()) as any }
}

beforeEach(resetCalendarTables)

describe("the 'proposed' status", () => {
  it('is an event status the workbook offers, but not one the feeds may carry', () => {
    expect(EVENT_STATUSES).toContain('proposed')
    expect(PUBLISHABLE_EVENT_STATUSES).not.toContain('proposed')
    expect([...PUBLISHABLE_EVENT_STATUSES, 'proposed'].sort()).toEqual([...EVENT_STATUSES].sort())
  })

  it('makes a publish fail with 422, naming the event and how to fix it, in Spanish', async () => {
    expect((await publish([CONFIRMED])).status).toBe(200)
    const answer = await publish([{ ...CONFIRMED, title: 'LACNIC 39 (changed)' }, PROPOSED], {
      'Accept-Language': 'es',
    })
    expect(answer.status).toBe(422)
    expect(answer.body.error.code).toBe('invalid_request')
    expect(answer.body.error.problems).toEqual([
      {
        index: 1,
        id: 'proposed-igf-bolivia',
        title: 'Foro de Gobernanza de Internet de Bolivia',
        path: 'events.1.status',
        field: 'Estado',
        message:
          'Estado: este evento sigue siendo una propuesta de un miembro, y las propuestas nunca se publican; cuando el personal la haya revisado, cambie su estado a Confirmado o Tentativo, o déjelo fuera de la publicación',
      },
    ])
    // Nothing changed: the old version still serves, without the proposal or the change.
    expect(await getCalendarVersion(env.DB)).toMatchObject({ version: 1 })
    const published = await getPublishedCalendar(env.DB)
    expect(published?.events.map((event) => event.title)).toEqual(['LACNIC 39'])
    const feed = await (await SELF.fetch(`${ORIGIN}/api/events`)).text()
    expect(feed).not.toContain('Bolivia')
    const ics = await (await SELF.fetch(`${ORIGIN}/calendar.ics`)).text()
    expect(ics).not.toContain('Bolivia')
  })

  it('lists proposals and duplicate ids together, in row order', async () => {
    const answer = await publish([PROPOSED, CONFIRMED, { ...CONFIRMED, title: 'Again' }])
    expect(answer.status).toBe(422)
    expect(answer.body.error.problems.map((problem: { path: string }) => problem.path)).toEqual([
      'events.0.status',
      'events.2.id',
    ])
  })

  it('publishes once the proposal is confirmed or left out', async () => {
    expect((await publish([CONFIRMED, { ...PROPOSED, status: 'tentative' }])).status).toBe(200)
    const feed = await (await SELF.fetch(`${ORIGIN}/api/events?lang=en`)).json<{
      events: { id: string; status: string }[]
    }>()
    expect(feed.events.map((event) => [event.id, event.status])).toEqual([
      ['lacnic-39', 'confirmed'],
      ['proposed-igf-bolivia', 'tentative'],
    ])
  })
})
