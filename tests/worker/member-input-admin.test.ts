// The signed admin routes of member input: cursor-paged export of proposals and suggestions,
// erasure, and the refusal of every unsigned request. No public route gives the data back.
import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { candidateSuggestionSchema } from '../../shared/schemas/candidate-suggestion'
import { eventProposalSchema } from '../../shared/schemas/event-proposal'
import { proposeEvent } from '../../worker/src/member-input/propose-event'
import { suggestCandidate } from '../../worker/src/member-input/suggest-candidate'
import {
  ORIGIN,
  postForm,
  proposalForm,
  resetMemberInputTables,
  storedRows,
  suggestionForm,
} from './member-input-fixtures'
import { signedRequest } from './sign-request'

interface Answer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: assertions read the JSON as sent
  body: any
}

async function admin(method: string, path: string, timestamp?: number): Promise<Answer> {
  const res = await SELF.fetch(await signedRequest({ method, path, timestamp }))
  return { status: res.status, body: await res.json() }
}

let clients = 0
const clientKey = () => `192.0.2.${++clients % 250}`

async function propose(overrides: Record<string, string | undefined>, locale = 'es' as const) {
  const result = await proposeEvent(env, proposalForm(overrides), {
    clientKey: clientKey(),
    locale,
  })
  expect(result).toEqual({ ok: true })
}

async function suggest(overrides: Record<string, string | undefined>) {
  const result = await suggestCandidate(env, suggestionForm(overrides), {
    clientKey: clientKey(),
    locale: 'fr',
  })
  expect(result).toEqual({ ok: true })
}

/** Follows the feed from `after` to the end, `limit` at a time; answers every item and page. */
async function readFeed(path: string, after: string, limit: number) {
  // biome-ignore lint/suspicious/noExplicitAny: items are checked by the shared schemas
  const items: any[] = []
  let cursor = after
  let pages = 0
  for (;;) {
    const page = await admin('GET', `${path}?after=${cursor}&limit=${limit}`)
    expect(page.status).toBe(200)
    items.push(...page.body.items)
    cursor = page.body.nextCursor
    pages += 1
    if (!page.body.hasMore) return { items, cursor, pages }
  }
}

beforeEach(resetMemberInputTables)

describe('GET /admin/proposals', () => {
  it('gives every proposal exactly once across pages, in the shared schema, then nothing new', async () => {
    for (let index = 0; index < 7; index++) await propose({ title: `Evento ${index + 1}` })
    const { items, cursor, pages } = await readFeed('/admin/proposals', '0', 3)
    expect(pages).toBe(3)
    expect(items.map((item) => item.title)).toEqual(
      Array.from({ length: 7 }, (_, index) => `Evento ${index + 1}`)
    )
    expect(new Set(items.map((item) => item.id)).size).toBe(7)
    for (const item of items) expect(eventProposalSchema.parse(item)).toEqual(item)
    expect(items[0]).toMatchObject({
      proposerName: 'Ana Quispe Mamani',
      proposerEmail: 'ana@ejemplo.bo',
      cropSuitable: true,
      language: 'es',
      erased: false,
    })
    expect(cursor).toBe('7')

    const again = await admin('GET', `/admin/proposals?after=${cursor}`)
    expect(again.body).toEqual({ items: [], nextCursor: '7', hasMore: false })
    await propose({ title: 'Evento 8' })
    // Another query string: the same signed request twice in one second would be a replay.
    const next = await admin('GET', `/admin/proposals?after=${cursor}&limit=50`)
    expect(next.body.items.map((item: { title: string }) => item.title)).toEqual(['Evento 8'])
  })

  it('refuses a malformed cursor or limit with 422', async () => {
    for (const query of ['after=-1', 'after=abc', 'limit=0', 'limit=1001'])
      expect((await admin('GET', `/admin/proposals?${query}`)).status, query).toBe(422)
  })
})

describe('DELETE /admin/proposals', () => {
  it('forgets the proposer (by comparison key) and hands the change to the next sync', async () => {
    await propose({ proposerEmail: 'JOSÉ@Ejemplo.org', title: 'Primero' })
    await propose({ proposerEmail: 'otra@ejemplo.org', title: 'Segundo' })
    await propose({ proposerEmail: 'josé@ejemplo.org', title: 'Tercero' })
    const { cursor } = await readFeed('/admin/proposals', '0', 100)

    const erased = await admin(
      'DELETE',
      `/admin/proposals?email=${encodeURIComponent('José@ejemplo.org')}`
    )
    expect(erased).toEqual({ status: 200, body: { erased: 2 } })
    const changed = await readFeed('/admin/proposals', cursor, 100)
    expect(changed.items.map((item) => [item.title, item.proposerName, item.erased])).toEqual([
      ['Primero', null, true],
      ['Tercero', null, true],
    ])
    for (const item of changed.items) expect(eventProposalSchema.parse(item)).toEqual(item)
    const rows = await storedRows('event_proposals')
    expect(rows.filter((row) => String(row.proposer_email ?? '').includes('jos'))).toEqual([])
    expect(rows.find((row) => row.title === 'Segundo')?.proposer_email).toBe('otra@ejemplo.org')
    expect((await admin('DELETE', '/admin/proposals?email=sin-arroba')).status).toBe(422)
  })
})

describe('GET and DELETE /admin/suggestions', () => {
  it('pages every suggestion once, and erases a candidate whole but a suggester only', async () => {
    await suggest({ contactEmail: 'contacto@telecentros.hn', suggesterEmail: 'luis@ejemplo.org' })
    await suggest({
      kind: 'person',
      candidateName: 'Luis Ortega',
      contactEmail: 'luis@ejemplo.org',
      suggesterEmail: 'ana@ejemplo.org',
    })
    await suggest({
      contactEmail: '',
      contactOther: '+504 0000 0000',
      candidateName: 'ISP Copán',
      suggesterEmail: 'marta@ejemplo.org',
    })
    const first = await readFeed('/admin/suggestions', '0', 2)
    expect(first.pages).toBe(2)
    expect(first.items.map((item) => item.candidateName)).toEqual([
      'Red de Telecentros de Honduras',
      'Luis Ortega',
      'ISP Copán',
    ])
    for (const item of first.items) expect(candidateSuggestionSchema.parse(item)).toEqual(item)

    // luis@ is the suggester of the first and the candidate of the second.
    const erased = await admin('DELETE', '/admin/suggestions?email=luis%40ejemplo.org')
    expect(erased.body).toEqual({ erased: 1, suggesterErased: 1 })
    const byId = await admin('DELETE', `/admin/suggestions?id=${first.items[2].id}`)
    expect(byId.body).toEqual({ erased: 1 })
    // Signed a second earlier: the same request twice in one second would be a replay.
    const earlier = Math.floor(Date.now() / 1000) - 1
    const repeated = await admin('DELETE', `/admin/suggestions?id=${first.items[2].id}`, earlier)
    expect(repeated.body).toEqual({ erased: 0 })

    const changed = await readFeed('/admin/suggestions', first.cursor, 100)
    const byName = Object.fromEntries(changed.items.map((item) => [item.id, item]))
    expect(byName[first.items[0].id]).toMatchObject({
      candidateName: 'Red de Telecentros de Honduras',
      contactEmail: 'contacto@telecentros.hn',
      suggesterName: null,
      suggesterEmail: null,
      suggesterErased: true,
      erased: false,
    })
    for (const index of [1, 2])
      expect(byName[first.items[index].id]).toMatchObject({
        candidateName: null,
        organization: null,
        contactEmail: null,
        contactOther: null,
        why: null,
        suggesterName: null,
        erased: true,
        country: 'HN',
      })
    expect(changed.items).toHaveLength(3)
    for (const item of changed.items) expect(candidateSuggestionSchema.parse(item)).toEqual(item)
    expect((await admin('DELETE', '/admin/suggestions?id=not-a-uuid')).status).toBe(422)
  })
})

describe('who can read member input', () => {
  it('refuses every unsigned or badly signed request with 401, and changes nothing', async () => {
    await propose({})
    await suggest({})
    for (const path of ['/admin/proposals', '/admin/suggestions']) {
      for (const method of ['GET', 'DELETE']) {
        const query = method === 'DELETE' ? '?email=ana%40ejemplo.bo' : '?after=0'
        const unsigned = await SELF.fetch(`${ORIGIN}${path}${query}`, { method })
        expect(unsigned.status, `${method} ${path}`).toBe(401)
        const forged = await SELF.fetch(
          await signedRequest({ method, path: `${path}${query}`, secret: 'wrong-secret' })
        )
        expect(forged.status, `${method} ${path}`).toBe(401)
      }
    }
    expect((await storedRows('event_proposals'))[0]?.proposer_email).toBe('ana@ejemplo.bo')
    expect((await storedRows('candidate_suggestions'))[0]?.suggester_email).toBe('luis@ejemplo.org')
  })

  it('never shows what was sent on a public page', async () => {
    await postForm('/propose-event?lang=en', proposalForm({ proposerEmail: 'secreta@ejemplo.bo' }))
    await postForm('/suggest-candidate?lang=en', suggestionForm({ contactEmail: 'oculto@isp.hn' }))
    for (const path of [
      '/propose-event',
      '/propose-event/thanks',
      '/suggest-candidate',
      '/suggest-candidate/thanks',
      '/api/events',
      '/calendar.ics',
      '/embed',
    ]) {
      const text = await (await SELF.fetch(`${ORIGIN}${path}`)).text()
      expect(text, path).not.toContain('secreta@')
      expect(text, path).not.toContain('oculto@')
      expect(text, path).not.toContain('Foro de Gobernanza de Internet de Bolivia')
    }
  })
})
