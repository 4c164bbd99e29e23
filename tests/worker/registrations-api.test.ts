// The registration JSON API through the Worker: statuses, bodies, languages, limits, privacy.
import { SELF } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import app from '../../worker/src/index'
import {
  envWith,
  openWebinar,
  publish,
  registrationRowCount,
  resetRegistrationTables,
  storedRows,
  validForm,
} from './registrations-fixtures'

const ORIGIN = 'https://outreach.example.org'
const SLUG = 'dnssec-en-la-region'
let clients = 0

interface Answer {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: assertions read the JSON as sent
  body: any
  text: string
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text()
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON; the test looks at `text`
  }
  return { status: res.status, headers: res.headers, body, text }
}

/** A POST of `body` (serialized unless already a string or bytes) from a fresh client address. */
function postRequest(
  body: unknown,
  options: { slug?: string; query?: string; headers?: Record<string, string> } = {}
): Request {
  clients += 1
  const payload =
    typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body)
  return new Request(
    `${ORIGIN}/api/webinars/${options.slug ?? SLUG}/registrations${options.query ?? ''}`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'CF-Connecting-IP': `198.51.100.${clients % 250}`,
        ...options.headers,
      },
      body: payload,
    }
  )
}

async function post(...args: Parameters<typeof postRequest>): Promise<Answer> {
  return answer(await SELF.fetch(postRequest(...args)))
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await SELF.fetch(`${ORIGIN}${path}`, { headers }))
}

describe('POST /api/webinars/:slug/registrations', () => {
  beforeEach(resetRegistrationTables)

  it('answers 201 with the status, public fields, a working cancel URL and a localized message', async () => {
    await publish(openWebinar({ capacity: 1 }))
    const first = await post(validForm())
    expect(first.status).toBe(201)
    expect(first.headers.get('Cache-Control')).toBe('no-store')
    expect(first.body).toEqual({
      status: 'registered',
      registration: {
        id: expect.any(String),
        webinarSlug: SLUG,
        name: 'María José Ñúñez',
        language: 'es',
        status: 'registered',
        createdAt: expect.any(String),
      },
      cancelUrl: expect.stringMatching(
        new RegExp(`^${ORIGIN}/webinars/${SLUG}/cancel/[A-Za-z0-9_-]{43}$`)
      ),
      message: expect.stringContaining('Su inscripción está confirmada'),
    })
    expect(first.text).not.toContain('@')

    const second = await post(validForm({ email: 'otra@ejemplo.org', language: 'pt' }))
    expect(second.status).toBe(201)
    expect(second.body.status).toBe('waitlisted')
    expect(second.body.message).toContain('lista de espera')

    const token = first.body.cancelUrl.split('/').at(-1)
    const cancel = async () =>
      answer(
        await SELF.fetch(`${ORIGIN}/api/registrations/cancel?lang=fr`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token }),
        })
      )
    const cancelled = await cancel()
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toEqual({
      status: 'cancelled',
      alreadyCancelled: false,
      message: expect.stringContaining('annulée'),
    })
    expect((await storedRows()).map((row) => row.status)).toEqual(['cancelled', 'registered'])
    expect((await cancel()).body.alreadyCancelled).toBe(true)
  })

  it('answers 404 to a cancellation with an unknown token', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/registrations/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'x'.repeat(43) }),
    })
    expect(res.status).toBe(404)
    expect((await res.json()) as object).toMatchObject({
      error: { code: 'registration_not_found' },
    })
  })

  it('answers 422 with a message per field, in ?lang=, else the form language, else Accept-Language', async () => {
    await publish(openWebinar())
    const bad = { name: '', email: 'sin-arroba', country: 'ZZ', consent: false }

    const fromBody = await post(
      { ...bad, language: 'pt' },
      { headers: { 'Accept-Language': 'fr' } }
    )
    expect(fromBody.status).toBe(422)
    expect(Object.keys(fromBody.body.errors).sort()).toEqual([
      'consent',
      'consentVersion',
      'country',
      'email',
      'name',
    ])
    expect(fromBody.body.errors.email).toMatch(/^E-mail: /)
    expect(fromBody.body.error).toMatchObject({
      code: 'invalid_registration',
      message: expect.stringContaining('inscrição não foi aceita'),
    })
    expect(fromBody.body.error.problems).toContainEqual({
      field: 'email',
      message: fromBody.body.errors.email,
    })

    const fromQuery = await post({ ...bad, language: 'pt' }, { query: '?lang=es' })
    expect(fromQuery.body.errors.email).toMatch(/^Correo electrónico: /)

    const fromHeader = await post(bad, { headers: { 'Accept-Language': 'fr-CA,fr;q=0.9' } })
    expect(fromHeader.body.errors.email).toMatch(/^Adresse e-mail : /)
    expect(fromHeader.body.errors.language).toBeDefined()
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 409 to the same person again, without revealing anything about the registration', async () => {
    await publish(openWebinar({ capacity: 1 }))
    expect((await post(validForm({ name: 'José Pérez', email: 'José@Ejemplo.com' }))).status).toBe(
      201
    )
    const again = await post(validForm({ name: 'Impostor', email: 'josé@ejemplo.com' }))
    expect(again.status).toBe(409)
    expect(again.body).toEqual({
      error: { code: 'already_registered', message: expect.stringContaining('already registered') },
    })
    expect(again.text).not.toMatch(/José|Pérez|"status"|waitlisted|@/)
    expect(await registrationRowCount()).toBe(1)
  })

  it('answers 404 for an unknown, archived or malformed slug', async () => {
    await publish(openWebinar({ slug: 'archived-one' }))
    await publish(openWebinar())
    for (const slug of ['no-such-webinar', 'archived-one', 'Bad%20Slug', 'x'.repeat(81)]) {
      const res = await post(validForm(), { slug })
      expect([slug, res.status]).toEqual([slug, 404])
      expect(res.body.error.code).toBe('webinar_not_found')
    }
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 422 outside the registration window, saying when it opens or closed', async () => {
    const day = 86_400_000
    await publish(
      openWebinar({
        slug: 'future',
        start: '2099-06-01T18:00:00-05:00',
        registrationOpens: '2099-05-01T09:00:00-05:00',
        registrationCloses: '2099-06-01T17:00:00-05:00',
      }),
      openWebinar({
        slug: 'past',
        start: new Date(Date.now() - day).toISOString(),
        registrationOpens: '2020-01-01T00:00:00Z',
        registrationCloses: '2020-02-01T00:00:00Z',
      })
    )
    const future = await post(validForm(), { slug: 'future', query: '?lang=es' })
    expect(future.status).toBe(422)
    expect(future.body.error.code).toBe('registration_not_open')
    expect(future.body.error.message).toContain('1 de mayo de 2099')
    const past = await post(validForm(), { slug: 'past' })
    expect(past.status).toBe(422)
    expect(past.body.error.code).toBe('registration_closed')
    expect(past.body.error.message).toMatch(/closed on .*2020/)
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 413 to a body over 16 KB, even a 1 MB one, and stores nothing', async () => {
    await publish(openWebinar())
    const huge = await post(validForm({ affiliation: 'a'.repeat(1024 * 1024) }))
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('payload_too_large')
    expect(huge.body.error.message).toContain('16 KB')
    const justOver = await post(JSON.stringify(validForm()).padEnd(16 * 1024 + 1, ' '))
    expect(justOver.status).toBe(413)
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 415 to a body that is not declared JSON', async () => {
    await publish(openWebinar())
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await post(JSON.stringify(validForm()), { headers: { 'Content-Type': type } })
      expect([type, res.status]).toEqual([type, 415])
    }
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 422 to broken UTF-8 and to malformed JSON, and stores nothing', async () => {
    await publish(openWebinar())
    const json = new TextEncoder().encode(JSON.stringify(validForm({ name: 'Jos_' })))
    const broken = new Uint8Array(json)
    broken[json.indexOf('_'.charCodeAt(0))] = 0xc3 // a lead byte with no continuation
    const encoding = await post(broken)
    expect(encoding.status).toBe(422)
    expect(encoding.body.error.code).toBe('invalid_encoding')
    const overlong = new Uint8Array([
      ...new TextEncoder().encode('{"name":"'),
      0xc0,
      0xaf,
      0x22,
      0x7d,
    ])
    expect((await post(overlong)).status).toBe(422)

    for (const text of ['', '{', '{"name": "Ana",}', 'null x', "{'name':'Ana'}"]) {
      const res = await post(text)
      expect([text, res.status, res.body?.error?.code]).toEqual([text, 422, 'invalid_json'])
    }
    for (const value of [null, 42, 'text', [validForm()], true]) {
      const res = await post(JSON.stringify(value))
      expect([value, res.status]).toEqual([value, 422])
      expect(Object.keys(res.body.errors)).toEqual(['form'])
    }
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 429 with Retry-After once a client passes the limit, and counts per client', async () => {
    await publish(openWebinar({ capacity: 100 }))
    const from = (ip: string, index: number) =>
      post(validForm({ email: `p${index}@ejemplo.org` }), { headers: { 'CF-Connecting-IP': ip } })
    for (let index = 0; index < 10; index++)
      expect((await from('203.0.113.50', index)).status).toBe(201)
    const refused = await from('203.0.113.50', 10)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(refused.body.error).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringContaining('Too many registration attempts'),
    })
    expect((await from('203.0.113.51', 11)).status).toBe(201)
    expect(await registrationRowCount()).toBe(11)
  })

  it('answers a filled honeypot exactly like a success, and stores nothing', async () => {
    await publish(openWebinar())
    const bot = await post(validForm({ website: 'https://spam.example' }))
    expect(bot.status).toBe(201)
    expect(Object.keys(bot.body).sort()).toEqual(['cancelUrl', 'message', 'registration', 'status'])
    expect(bot.body.status).toBe('registered')
    expect(await registrationRowCount()).toBe(0)
  })

  it('seats exactly the capacity under 200 simultaneous posts through the Worker', async () => {
    await publish(openWebinar({ capacity: 50 }))
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        post(validForm({ name: `Persona ${index}`, email: `persona${index}@ejemplo.org` }))
      )
    )
    expect(answers.every((reply) => reply.status === 201)).toBe(true)
    const statuses = answers.map((reply) => reply.body.status)
    expect(statuses.filter((status) => status === 'registered')).toHaveLength(50)
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(150)
    const rows = await storedRows()
    expect(rows).toHaveLength(200)
    expect(rows.filter((row) => row.status === 'registered')).toHaveLength(50)
  })

  describe('with Turnstile configured', () => {
    const turnstileEnv = envWith({
      TURNSTILE_SITE_KEY: '1x00000000000000000000AA',
      TURNSTILE_SECRET: 'turnstile-test-secret',
      TURNSTILE_VERIFY_URL: 'https://turnstile.stub.test/siteverify',
    })

    beforeEach(() => {
      vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
        const token = new URLSearchParams(String(init?.body)).get('response')
        return Response.json({ success: token === 'good-token' })
      })
    })
    afterEach(() => vi.restoreAllMocks())

    it('registers with a good token and answers 422 on the security check with a bad one', async () => {
      await publish(openWebinar())
      const good = await app.request(
        postRequest(validForm({ 'cf-turnstile-response': 'good-token' })),
        undefined,
        turnstileEnv
      )
      expect(good.status).toBe(201)
      const bad = await answer(
        await app.request(
          postRequest(validForm({ email: 'b@ejemplo.org', 'cf-turnstile-response': 'forged' })),
          undefined,
          turnstileEnv
        )
      )
      expect(bad.status).toBe(422)
      expect(Object.keys(bad.body.errors)).toEqual(['turnstile'])
      expect(await registrationRowCount()).toBe(1)
      const details = await answer(
        await app.request(`${ORIGIN}/api/webinars/${SLUG}`, undefined, turnstileEnv)
      )
      expect(details.body.turnstileSiteKey).toBe('1x00000000000000000000AA')
    })
  })
})

describe('GET /api/webinars and /api/webinars/:slug', () => {
  beforeEach(resetRegistrationTables)

  it('show public fields, seats left and waiting, and never a join link or a person', async () => {
    await publish(
      openWebinar({ capacity: 2 }),
      openWebinar({
        slug: 'later',
        start: '2099-06-01T18:00:00-05:00',
        registrationOpens: '2099-05-01T09:00:00-05:00',
        registrationCloses: '2099-06-01T17:00:00-05:00',
      })
    )
    expect((await post(validForm({ email: 'uno@ejemplo.org', name: 'Uno Persona' }))).status).toBe(
      201
    )

    const list = await get('/api/webinars')
    expect(list.status).toBe(200)
    expect(list.body.webinars.map((webinar: { slug: string }) => webinar.slug)).toEqual([
      SLUG,
      'later',
    ])
    expect(list.body.webinars[0].registration).toEqual({
      state: 'open',
      seatsLeft: 1,
      waitlisting: false,
    })
    expect(list.body.webinars[1].registration).toEqual({
      state: 'not-yet-open',
      seatsLeft: 50,
      waitlisting: false,
    })

    expect((await post(validForm({ email: 'dos@ejemplo.org' }))).status).toBe(201)
    expect((await post(validForm({ email: 'tres@ejemplo.org' }))).body.status).toBe('waitlisted')
    const one = await get(`/api/webinars/${SLUG}?lang=fr`)
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({
      slug: SLUG,
      titles: { es: 'DNSSEC en la región' },
      capacity: 2,
      registration: { state: 'open', seatsLeft: 0, waitlisting: true },
      consent: { version: '2026-11', text: expect.stringContaining('J’accepte') },
      turnstileSiteKey: null,
    })

    for (const reply of [list, one, await get('/api/webinars')]) {
      expect(reply.text).not.toContain('zoom.us')
      expect(reply.text).not.toContain('joinUrl')
      expect(reply.text).not.toMatch(/uno@|dos@|tres@|Uno Persona/)
    }
    expect((await get('/api/webinars/no-such-webinar')).status).toBe(404)
  })
})
