// The signature check on /admin: every bad request is refused alike, nothing is published.
import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { countRememberedSignatures, rememberSignature } from '../../worker/src/db/admin-nonces'
import { getPublishedCalendar } from '../../worker/src/db/calendar'
import app from '../../worker/src/index'
import { resetCalendarTables } from './reset-db'
import { publishRequest, signedRequest } from './sign-request'

const events = [{ id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26' }]
const body = JSON.stringify({ events })
const now = () => Math.floor(Date.now() / 1000)

async function refusal(request: Request | Promise<Request>) {
  const res = await SELF.fetch(await request)
  return {
    status: res.status,
    body: (await res.json()) as { error: { code: string; message: string } },
  }
}

describe('signed admin requests', () => {
  beforeEach(resetCalendarTables)

  it('refuses every unsigned, forged or stale request with the same 401 and publishes nothing', async () => {
    const unsigned = new Request('https://lacralo.example/admin/events', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    const cases: Record<string, Request | Promise<Request>> = {
      unsigned,
      'timestamp 301 s old': publishRequest(events, { timestamp: now() - 301 }),
      'timestamp 301 s ahead': publishRequest(events, { timestamp: now() + 301 }),
      'timestamp not a number': publishRequest(events, {
        headers: { 'X-Lacralo-Timestamp': 'soon' },
      }),
      'body changed after signing': publishRequest(events, {
        signed: { body: JSON.stringify({ events: [] }) },
      }),
      'wrong secret': publishRequest(events, { secret: 'not-the-secret' }),
      'signed for another method': publishRequest(events, { signed: { method: 'POST' } }),
      'signed for another path': publishRequest(events, {
        signed: { path: '/admin/events?lang=es' },
      }),
      'signature in upper case': publishRequest(events).then((request) => {
        const headers = new Headers(request.headers)
        headers.set('X-Lacralo-Signature', (headers.get('X-Lacralo-Signature') ?? '').toUpperCase())
        return new Request(request, { headers })
      }),
      'signature cut short': publishRequest(events, {
        headers: { 'X-Lacralo-Signature': 'abc123' },
      }),
    }
    const first = await refusal(unsigned.clone())
    expect(first.status).toBe(401)
    expect(first.body).toEqual({
      error: { code: 'unauthorized', message: expect.stringContaining('not correctly signed') },
    })
    for (const [name, request] of Object.entries(cases)) {
      const answer = await refusal(request)
      expect({ name, ...answer }).toEqual({ name, ...first })
    }
    expect(await getPublishedCalendar(env.DB)).toBeNull()
  })

  it('accepts a request once and refuses the same signed request when replayed', async () => {
    const request = await publishRequest(events)
    const replay = request.clone()
    const accepted = await SELF.fetch(request)
    expect(accepted.status).toBe(200)
    const refused = await refusal(replay)
    const unsigned = await refusal(
      new Request('https://lacralo.example/admin/events', { method: 'PUT' })
    )
    expect(refused).toEqual(unsigned)
    expect(refused.status).toBe(401)
    expect((await getPublishedCalendar(env.DB))?.version).toBe(1)
  })

  it('accepts timestamps up to 300 s away either way (clock skew)', async () => {
    expect(
      (await SELF.fetch(await publishRequest(events, { timestamp: now() - 290 }))).status
    ).toBe(200)
    expect(
      (await SELF.fetch(await publishRequest(events, { timestamp: now() + 290 }))).status
    ).toBe(200)
  })

  it('guards every /admin address, even one that does not exist', async () => {
    const res = await SELF.fetch('https://lacralo.example/admin/nothing-here')
    expect(res.status).toBe(401)
  })

  it('answers 503 with a message for the operator when ADMIN_SECRET is not set', async () => {
    const ctx = createExecutionContext()
    const res = await app.fetch(
      await publishRequest(events),
      { ...env, ADMIN_SECRET: undefined },
      ctx
    )
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(503)
    const answer = (await res.json()) as { error: { code: string; message: string } }
    expect(answer.error.code).toBe('admin_not_configured')
    expect(answer.error.message).toContain('wrangler secret put ADMIN_SECRET')
    expect(await getPublishedCalendar(env.DB)).toBeNull()
  })

  it('refuses a body over 5 MB with 413 before reading it as a calendar', async () => {
    const huge = JSON.stringify({ events, padding: 'x'.repeat(5 * 1024 * 1024) })
    const res = await SELF.fetch(await signedRequest({ body: huge }))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large')
  })

  it('localizes the refusal by ?lang= and Accept-Language', async () => {
    const es = await refusal(
      new Request('https://lacralo.example/admin/events?lang=es', { method: 'PUT', body })
    )
    expect(es.body.error.message).toContain('no está firmada correctamente')
    const fr = await refusal(
      new Request('https://lacralo.example/admin/events', {
        method: 'PUT',
        body,
        headers: { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' },
      })
    )
    expect(fr.body.error.message).toContain("n'est pas correctement signée")
  })
})

describe('admin nonces', () => {
  beforeEach(resetCalendarTables)

  it('remember a signature once and forget it after its window', async () => {
    const signature = 'a'.repeat(64)
    expect(await rememberSignature(env.DB, { signature, expiresAt: 1300, now: 1000 })).toBe(true)
    expect(await rememberSignature(env.DB, { signature, expiresAt: 1300, now: 1001 })).toBe(false)
    expect(await countRememberedSignatures(env.DB)).toBe(1)
    // another request, after the first's window: the expired signature is purged
    expect(
      await rememberSignature(env.DB, { signature: 'b'.repeat(64), expiresAt: 1700, now: 1400 })
    ).toBe(true)
    expect(await countRememberedSignatures(env.DB)).toBe(1)
  })
})
