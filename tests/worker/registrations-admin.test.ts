// The signed admin routes of webinars and registrations: publish, sync export, erasure, refusal.
import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { WebinarInput } from '../../shared/schemas/webinar'
import { getWebinar } from '../../worker/src/db/webinars'
import { cancelRegistration } from '../../worker/src/registrations/cancel'
import { type RegisterResult, registerForWebinar } from '../../worker/src/registrations/register'
import {
  openWebinar,
  publish,
  registrationRowCount,
  resetRegistrationTables,
  storedRows,
  validForm,
} from './registrations-fixtures'
import { signedRequest } from './sign-request'

interface Answer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: assertions read the JSON as sent
  body: any
}

async function admin(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>
): Promise<Answer> {
  const res = await SELF.fetch(
    await signedRequest({
      method,
      path,
      body: body === undefined ? '' : JSON.stringify(body),
      headers,
    })
  )
  return { status: res.status, body: await res.json() }
}

const putWebinars = (webinars: unknown[], headers?: Record<string, string>) =>
  admin('PUT', '/admin/webinars', { webinars }, headers)

let clients = 0
function register(slug: string, email: string, name = 'Ana Lía'): Promise<RegisterResult> {
  clients += 1
  return registerForWebinar(env, slug, validForm({ email, name }), { clientKey: `c${clients}` })
}

describe('PUT /admin/webinars', () => {
  beforeEach(resetRegistrationTables)

  it('publishes the whole set and says what was added, changed, kept and archived', async () => {
    const first = await putWebinars([openWebinar(), openWebinar({ slug: 'ua-2026' })])
    expect(first.status).toBe(200)
    expect(first.body).toEqual({
      webinars: 2,
      added: ['dnssec-en-la-region', 'ua-2026'],
      changed: [],
      unchanged: [],
      archived: [],
      promoted: 0,
    })
    const stored = await getWebinar(env.DB, 'ua-2026')
    expect(stored?.webinar.joinUrl).toBe('https://icann.zoom.us/j/99999999999?pwd=secret-join-link')

    await register('ua-2026', 'keep@ejemplo.org')
    const second = await putWebinars([
      openWebinar({ titles: { en: 'DNSSEC, revised' } }),
      openWebinar({ slug: 'subpro' }),
    ])
    expect(second.body).toMatchObject({
      added: ['subpro'],
      changed: ['dnssec-en-la-region'],
      archived: ['ua-2026'],
    })
    // Archived, not deleted: off the public routes, its registration kept.
    expect((await SELF.fetch('https://x.example/api/webinars/ua-2026')).status).toBe(404)
    expect(await getWebinar(env.DB, 'ua-2026', { includeArchived: true })).toMatchObject({
      archivedAt: expect.any(String),
      registered: 1,
    })
    expect(await registrationRowCount()).toBe(1)

    // Publishing it again brings it back.
    const third = await putWebinars([openWebinar({ slug: 'ua-2026' })])
    expect(third.body).toMatchObject({
      changed: ['ua-2026'],
      archived: ['dnssec-en-la-region', 'subpro'],
    })
    expect((await SELF.fetch('https://x.example/api/webinars/ua-2026')).status).toBe(200)
  })

  it('refuses an invalid set with localized problems naming the webinar, and changes nothing', async () => {
    await publish(openWebinar())
    const broken = {
      ...openWebinar({ slug: 'broken' }),
      capacity: 0,
      registrationCloses: '2020-01-01T00:00:00Z',
    } satisfies WebinarInput
    const res = await putWebinars([openWebinar({ slug: 'fine' }), broken], {
      'Accept-Language': 'es',
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('invalid_request')
    expect(res.body.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          index: 1,
          slug: 'broken',
          message: expect.stringMatching(/^Cupo: /),
        }),
        expect.objectContaining({
          index: 1,
          slug: 'broken',
          path: 'webinars.1.registrationCloses',
        }),
      ])
    )
    expect(await getWebinar(env.DB, 'fine')).toBeNull()
    expect(await getWebinar(env.DB, 'dnssec-en-la-region')).not.toBeNull()

    const twice = await putWebinars([openWebinar({ slug: 'same' }), openWebinar({ slug: 'same' })])
    expect(twice.status).toBe(422)
    expect(twice.body.error.problems).toEqual([
      expect.objectContaining({
        index: 1,
        field: 'slug',
        message: expect.stringContaining('"same"'),
      }),
    ])
    expect(await getWebinar(env.DB, 'same')).toBeNull()

    expect((await putWebinars([{ slug: 'Not A Slug' }])).status).toBe(422)
    expect((await admin('PUT', '/admin/webinars', [openWebinar()])).status).toBe(422)
  })

  it('gives new seats to the waiting list, in arrival order, when a capacity grows', async () => {
    await publish(openWebinar({ capacity: 1 }))
    for (const index of [0, 1, 2, 3]) await register('dnssec-en-la-region', `w${index}@ejemplo.org`)
    const res = await putWebinars([openWebinar({ capacity: 3 })])
    expect(res.body.promoted).toBe(2)
    expect((await storedRows()).map((row) => row.status)).toEqual([
      'registered',
      'registered',
      'registered',
      'waitlisted',
    ])
    // Shrinking takes no seat away.
    await putWebinars([openWebinar({ capacity: 1 })])
    expect((await storedRows()).filter((row) => row.status === 'registered')).toHaveLength(3)
  })

  it('lists every webinar for staff with join links and counts', async () => {
    await publish(openWebinar({ capacity: 1 }))
    await register('dnssec-en-la-region', 'a@ejemplo.org')
    await register('dnssec-en-la-region', 'b@ejemplo.org')
    const res = await admin('GET', '/admin/webinars')
    expect(res.status).toBe(200)
    expect(res.body.webinars).toEqual([
      expect.objectContaining({
        slug: 'dnssec-en-la-region',
        joinUrl: expect.stringContaining('zoom.us'),
        registered: 1,
        waitlisted: 1,
        archivedAt: null,
      }),
    ])
  })
})

describe('GET /admin/registrations', () => {
  beforeEach(resetRegistrationTables)

  async function exportAll(limit: number) {
    const pages: Answer[] = []
    let after = '0'
    for (;;) {
      const page = await admin('GET', `/admin/registrations?after=${after}&limit=${limit}`)
      expect(page.status).toBe(200)
      pages.push(page)
      after = page.body.nextCursor
      if (!page.body.hasMore) return { pages, cursor: after }
    }
  }

  it('pages 20 rows by 7: every row exactly once, in change order, cancellations included', async () => {
    await publish(openWebinar({ capacity: 15 }))
    const results: RegisterResult[] = []
    for (let index = 0; index < 20; index++)
      results.push(
        await register('dnssec-en-la-region', `p${index}@ejemplo.org`, `Persona ${index}`)
      )
    for (const index of [3, 17]) {
      const result = results[index]
      if (result?.ok) await cancelRegistration(env, result.cancelToken)
    }
    const { pages, cursor } = await exportAll(7)
    expect(pages.map((page) => page.body.registrations.length)).toEqual([7, 7, 6])
    expect(pages.map((page) => page.body.hasMore)).toEqual([true, true, false])
    const rows = pages.flatMap((page) => page.body.registrations)
    expect(new Set(rows.map((row) => row.id)).size).toBe(20)
    const sequence = rows.map((row) => row.changeSeq)
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b))
    expect(rows.filter((row) => row.status === 'cancelled').map((row) => row.name)).toEqual([
      'Persona 3',
      'Persona 17',
    ])
    // p3's seat went to the first person waiting (p15), who comes back as a changed row.
    expect(rows.find((row) => row.name === 'Persona 15')).toMatchObject({
      status: 'registered',
      promotedAt: expect.any(String),
    })
    expect(rows[0]).toEqual({
      id: expect.any(String),
      webinarSlug: 'dnssec-en-la-region',
      changeSeq: expect.any(Number),
      arrival: expect.any(Number),
      status: 'registered',
      name: 'Persona 0',
      email: 'p0@ejemplo.org',
      emailKey: 'p0@ejemplo.org',
      country: 'UY',
      affiliation: 'Universidad de la República',
      language: 'es',
      consent: { given: true, textVersion: '2026-11' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      cancelledAt: null,
      promotedAt: null,
      erased: false,
      erasedAt: null,
    })

    // Nothing new after the last cursor; a later change comes back, once, with its new state.
    const quiet = await admin('GET', `/admin/registrations?after=${cursor}`)
    expect(quiet.body).toEqual({ registrations: [], nextCursor: cursor, hasMore: false })
    const tenth = results[10]
    if (tenth?.ok) await cancelRegistration(env, tenth.cancelToken)
    const next = await admin('GET', `/admin/registrations?after=${cursor}&limit=7`)
    expect(
      next.body.registrations.map((row: { name: string; status: string }) => [row.name, row.status])
    ).toEqual([
      ['Persona 10', 'cancelled'],
      ['Persona 16', 'registered'],
    ])
  })

  it('refuses a malformed cursor or limit with 422', async () => {
    for (const query of ['?after=-1', '?after=abc', '?limit=0', '?limit=5000', '?limit=x'])
      expect([query, (await admin('GET', `/admin/registrations${query}`)).status]).toEqual([
        query,
        422,
      ])
  })
})

describe('DELETE /admin/registrations?email=', () => {
  beforeEach(resetRegistrationTables)

  it('erases a person in every webinar by comparison key, leaving tombstones and promoting the next person', async () => {
    await publish(openWebinar({ capacity: 1 }), openWebinar({ slug: 'ua-2026' }))
    await register('dnssec-en-la-region', 'José@Ejemplo.com', 'José Pérez')
    await register('dnssec-en-la-region', 'otra@ejemplo.org', 'Otra Persona')
    await register('ua-2026', 'jose@ejemplo.com', 'José sin tilde')
    await register('ua-2026', 'josé@ejemplo.com', 'José Pérez')
    const before = await admin('GET', '/admin/registrations')

    const res = await admin(
      'DELETE',
      `/admin/registrations?email=${encodeURIComponent('JOSÉ@ejemplo.com')}`
    )
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ erased: 2 })

    const rows = await storedRows()
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      [null, 'cancelled'],
      ['Otra Persona', 'registered'],
      ['José sin tilde', 'registered'],
      [null, 'cancelled'],
    ])
    for (const row of [rows[0], rows[3]]) {
      expect(row).toMatchObject({ email: null, email_key: null, cancel_token_hash: null })
      expect(JSON.stringify(row)).not.toMatch(/José|jos/i)
    }

    const changes = await admin('GET', `/admin/registrations?after=${before.body.nextCursor}`)
    expect(changes.body.registrations).toEqual([
      expect.objectContaining({
        erased: true,
        name: null,
        email: null,
        emailKey: null,
        country: null,
      }),
      expect.objectContaining({ erased: true, name: null }),
      expect.objectContaining({
        name: 'Otra Persona',
        status: 'registered',
        promotedAt: expect.any(String),
      }),
    ])
    expect(JSON.stringify(changes.body)).not.toContain('José Pérez')

    expect(
      (
        await admin(
          'DELETE',
          `/admin/registrations?email=${encodeURIComponent('josé@ejemplo.com')}`
        )
      ).body
    ).toEqual({
      erased: 0,
    })
  })

  it('refuses a missing or invalid address with 422 and erases nothing', async () => {
    await publish(openWebinar())
    await register('dnssec-en-la-region', 'ana@ejemplo.org')
    for (const query of ['', '?email=', '?email=ana@@ejemplo.org'])
      expect([query, (await admin('DELETE', `/admin/registrations${query}`)).status]).toEqual([
        query,
        422,
      ])
    expect((await storedRows())[0]?.email).toBe('ana@ejemplo.org')
  })
})

describe('admin routes of webinars and registrations', () => {
  beforeEach(resetRegistrationTables)

  it('refuse unsigned and wrongly signed requests with 401, changing nothing', async () => {
    await publish(openWebinar())
    await register('dnssec-en-la-region', 'ana@ejemplo.org')
    const routes: [string, string][] = [
      ['PUT', '/admin/webinars'],
      ['GET', '/admin/webinars'],
      ['GET', '/admin/registrations'],
      ['DELETE', '/admin/registrations?email=ana@ejemplo.org'],
    ]
    for (const [method, path] of routes) {
      const body = method === 'PUT' ? JSON.stringify({ webinars: [] }) : undefined
      const unsigned = await SELF.fetch(`https://x.example${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body,
      })
      expect([method, path, unsigned.status]).toEqual([method, path, 401])
      const text = await unsigned.text()
      expect(text).not.toContain('ana@ejemplo.org')
      const forged = await SELF.fetch(
        await signedRequest({ method, path, body: body ?? '', secret: 'not-the-secret' })
      )
      expect([method, path, forged.status]).toEqual([method, path, 401])
    }
    expect(await getWebinar(env.DB, 'dnssec-en-la-region')).not.toBeNull()
    expect((await storedRows())[0]?.email).toBe('ana@ejemplo.org')
  })
})
