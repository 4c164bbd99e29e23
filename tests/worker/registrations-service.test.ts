// registerForWebinar and cancelRegistration against real D1: validation, seats, duplicates, waiting list.
import { env } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseEmail } from '../../shared/email/parse-email'
import { countRegistrations } from '../../worker/src/db/registrations'
import { cancelRegistration } from '../../worker/src/registrations/cancel'
import { hashCancelToken } from '../../worker/src/registrations/cancel-token'
import { type RegisterResult, registerForWebinar } from '../../worker/src/registrations/register'
import fixture from '../fixtures/ua-email-cases.json'
import {
  envWith,
  openWebinar,
  publish,
  registrationRowCount,
  resetRegistrationTables,
  storedRows,
  validForm,
} from './registrations-fixtures'

const SLUG = 'dnssec-en-la-region'
let clients = 0

// A new client key per call, so the rate limit never gets in the way unless a test wants it.
function register(
  form: unknown,
  options: {
    slug?: string
    locale?: 'en' | 'es' | 'pt' | 'fr'
    now?: Date
    clientKey?: string
  } = {}
): Promise<RegisterResult> {
  clients += 1
  return registerForWebinar(env, options.slug ?? SLUG, form, {
    clientKey: options.clientKey ?? `198.51.100.${clients % 250}:${clients}`,
    locale: options.locale ?? 'en',
    now: options.now,
  })
}

function person(index: number) {
  return validForm({ name: `Persona ${index}`, email: `persona${index}@ejemplo.org` })
}

describe('registerForWebinar', () => {
  beforeEach(resetRegistrationTables)

  it('registers a valid form and answers with the public fields only, plus a private token', async () => {
    await publish(openWebinar())
    const result = await register(validForm())
    expect(result).toEqual({
      ok: true,
      status: 'registered',
      registration: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        webinarSlug: SLUG,
        name: 'María José Ñúñez',
        language: 'es',
        status: 'registered',
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
      cancelToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      webinar: expect.objectContaining({ slug: SLUG }),
    })
    if (!result.ok) return
    expect(JSON.stringify(result)).not.toContain('maria.jose@ejemplo.org')
    expect(JSON.stringify(result)).not.toContain('zoom.us')

    const [row] = await storedRows()
    expect(row).toMatchObject({
      id: result.registration.id,
      name: 'María José Ñúñez',
      email: 'maria.jose@ejemplo.org',
      email_key: 'maria.jose@ejemplo.org',
      status: 'registered',
      consent_version: '2026-11',
    })
    // Only the token's SHA-256 is stored.
    expect(row?.cancel_token_hash).toBe(await hashCancelToken(result.cancelToken))
    expect(JSON.stringify(row)).not.toContain(result.cancelToken)
  })

  it('keeps names in any script as typed, NFC, never upper-cased', async () => {
    await publish(openWebinar({ capacity: 10 }))
    const names = [
      'Zoe\u0308 Saldan\u0303a',
      '李小龍',
      'محمد الأمين',
      'Ngũgĩ wa Thiong’o',
      'ağa Çelik',
    ]
    for (const [index, name] of names.entries())
      expect(await register(validForm({ name, email: `n${index}@ejemplo.org` }))).toMatchObject({
        ok: true,
      })
    const stored = (await storedRows()).map((row) => row.name)
    expect(stored).toEqual(names.map((name) => name.normalize('NFC')))
    expect(stored[0]).toBe('Zoë Saldaña')
  })

  it('accepts all 80 valid addresses of the UASG set and refuses the 8 invalid ones on the email field', async () => {
    // Some valid addresses are one mailbox written another way (A-label, 。, quotes, case):
    // the nth spelling of a mailbox registers for the nth webinar, and is a duplicate in the first.
    const slugs = ['ua-1', 'ua-2', 'ua-3', 'ua-4']
    await publish(...slugs.map((slug) => openWebinar({ slug, capacity: 1000 })))
    const spellings = new Map<string, number>()
    const duplicates: string[] = []
    for (const { email, valid } of fixture.cases) {
      if (!valid) {
        const result = await register(validForm({ email }), { slug: 'ua-1' })
        if (result.ok || result.kind !== 'invalid')
          throw new Error(`${email}: ${JSON.stringify(result)}`)
        expect([email, Object.keys(result.errors)]).toEqual([email, ['email']])
        expect(result.errors.email).toMatch(/^Email: /)
        continue
      }
      const parsed = parseEmail(email)
      const key = parsed.ok ? parsed.key : email
      const seen = spellings.get(key) ?? 0
      spellings.set(key, seen + 1)
      const result = await register(validForm({ email }), { slug: slugs[seen] })
      expect([email, result.ok && result.status]).toEqual([email, 'registered'])
      if (seen > 0) {
        expect([email, await register(validForm({ email }), { slug: 'ua-1' })]).toEqual([
          email,
          { ok: false, kind: 'duplicate' },
        ])
        duplicates.push(email)
      }
    }
    expect(spellings.size).toBe(72)
    expect(duplicates).toContain('电子邮件测试@普遍适用测试。我爱你')
    expect(duplicates).toContain('Email-Épreuve@épreuve-acceptation-universelle.org')
    expect(await registrationRowCount()).toBe(80)
    // Each address is stored as typed (trimmed, NFC, full stops in the domain as '.').
    const stored = new Set((await storedRows()).map((row) => row.email))
    for (const { email, valid } of fixture.cases)
      if (valid)
        expect([email, stored.has(email.trim().normalize('NFC').replace(/。/g, '.'))]).toEqual([
          email,
          true,
        ])
  })

  it('treats José@Ejemplo.com and josé@ejemplo.com as one person, and says nothing about the registration', async () => {
    await publish(openWebinar())
    expect(
      await register(validForm({ name: 'José Pérez', email: 'José@Ejemplo.com' }))
    ).toMatchObject({
      ok: true,
    })
    const second = await register(validForm({ name: 'Otra persona', email: 'josé@ejemplo.com' }))
    expect(second).toEqual({ ok: false, kind: 'duplicate' })
    expect(await registrationRowCount()).toBe(1)
  })

  it('lets a person register again after cancelling', async () => {
    await publish(openWebinar())
    const first = await register(validForm())
    if (!first.ok) throw new Error('first registration failed')
    await cancelRegistration(env, first.cancelToken)
    expect(await register(validForm())).toMatchObject({ ok: true, status: 'registered' })
    expect(await countRegistrations(env.DB, SLUG)).toMatchObject({ registered: 1, cancelled: 1 })
  })

  it('never seats more than the capacity: 200 simultaneous submissions for 50 seats', async () => {
    await publish(openWebinar({ capacity: 50 }))
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) => register(person(index)))
    )
    const statuses = results.map((result) => (result.ok ? result.status : result.kind))
    expect(statuses.filter((status) => status === 'registered')).toHaveLength(50)
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(150)

    const rows = await storedRows()
    expect(rows).toHaveLength(200)
    expect(new Set(rows.map((row) => row.email_key)).size).toBe(200)
    expect(new Set(rows.map((row) => row.change_seq)).size).toBe(200)
    // Arrival order as recorded: the first 50 arrivals hold the seats, the rest wait in order.
    expect(rows.slice(0, 50).every((row) => row.status === 'registered')).toBe(true)
    expect(rows.slice(50).every((row) => row.status === 'waitlisted')).toBe(true)
    // Each answer matches what was stored for that person.
    for (const result of results) {
      if (!result.ok) continue
      expect(rows.find((row) => row.id === result.registration.id)?.status).toBe(result.status)
    }
  })

  it('refuses invalid forms field by field, in the requested language, and stores nothing', async () => {
    await publish(openWebinar())
    const result = await register(
      {
        name: '   ',
        email: 'ana@@ejemplo.org',
        country: 'DE',
        language: 'de',
        consent: false,
        consentVersion: '2026-11',
      },
      { locale: 'es' }
    )
    if (result.ok || result.kind !== 'invalid') throw new Error(JSON.stringify(result))
    expect(Object.keys(result.errors).sort()).toEqual([
      'consent',
      'country',
      'email',
      'language',
      'name',
    ])
    expect(result.errors.email).toBe(
      'Correo electrónico: La dirección tiene más de una @; una dirección de correo lleva una sola @, por ejemplo nombre@ejemplo.org.'
    )
    expect(result.errors.name).toMatch(/^Nombre completo: /)
    expect(result.errors.consent).toMatch(/^Consentimiento: /)
    expect(await registrationRowCount()).toBe(0)
  })

  it('refuses control characters in free text, and a consent given to an older text', async () => {
    await publish(openWebinar())
    const result = await register(
      validForm({ name: 'Ana\u0000Beta', affiliation: 'ALS\u0007', consentVersion: '2019-01' }),
      { locale: 'pt' }
    )
    if (result.ok || result.kind !== 'invalid') throw new Error(JSON.stringify(result))
    expect(result.errors).toEqual({
      name: expect.stringContaining('caracteres de controle'),
      affiliation: expect.stringContaining('caracteres de controle'),
      consent: expect.stringContaining('texto de consentimento mudou'),
    })
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers not-found for an unknown or archived webinar', async () => {
    await publish(openWebinar({ slug: 'old-webinar' }))
    await publish(openWebinar())
    expect(await register(validForm(), { slug: 'no-such-webinar' })).toEqual({
      ok: false,
      kind: 'not-found',
    })
    expect(await register(validForm(), { slug: 'old-webinar' })).toEqual({
      ok: false,
      kind: 'not-found',
    })
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers closed before the window opens and after it closes', async () => {
    const day = 86_400_000
    const now = Date.now()
    await publish(
      openWebinar({
        slug: 'future',
        registrationOpens: new Date(now + day).toISOString(),
        registrationCloses: new Date(now + 5 * day).toISOString(),
      }),
      openWebinar({
        slug: 'past',
        start: new Date(now - 2 * day).toISOString(),
        registrationOpens: new Date(now - 20 * day).toISOString(),
        registrationCloses: new Date(now - 3 * day).toISOString(),
      })
    )
    expect(await register(validForm(), { slug: 'future' })).toMatchObject({
      ok: false,
      kind: 'closed',
      window: 'not-yet-open',
    })
    expect(await register(validForm(), { slug: 'past' })).toMatchObject({
      ok: false,
      kind: 'closed',
      window: 'closed',
    })
    // The same webinar, asked at a moment inside its window, registers.
    expect(
      await register(validForm(), { slug: 'future', now: new Date(now + 2 * day) })
    ).toMatchObject({ ok: true })
    expect(await registrationRowCount()).toBe(1)
  })

  it('limits posts per client and webinar, with the seconds left until the window ends', async () => {
    await publish(openWebinar(), openWebinar({ slug: 'other' }))
    const limited = envWith({
      REGISTRATION_RATE_LIMIT: '3',
      REGISTRATION_RATE_WINDOW_SECONDS: '600',
    })
    const now = new Date('2026-11-22T10:03:20Z')
    const post = (email: string, clientKey: string, slug = SLUG) =>
      registerForWebinar(limited, slug, validForm({ email }), { clientKey, now, locale: 'en' })
    for (const index of [1, 2, 3])
      expect(await post(`a${index}@ejemplo.org`, '203.0.113.9')).toMatchObject({ ok: true })
    expect(await post('a4@ejemplo.org', '203.0.113.9')).toEqual({
      ok: false,
      kind: 'rate-limited',
      retryAfterSeconds: 400,
    })
    // Another client, or the same client for another webinar, is not affected.
    expect(await post('b@ejemplo.org', '203.0.113.10')).toMatchObject({ ok: true })
    expect(await post('c@ejemplo.org', '203.0.113.9', 'other')).toMatchObject({ ok: true })
    // The next window starts afresh.
    const later = new Date('2026-11-22T10:10:00Z')
    expect(
      await registerForWebinar(limited, SLUG, validForm({ email: 'd@ejemplo.org' }), {
        clientKey: '203.0.113.9',
        now: later,
      })
    ).toMatchObject({ ok: true })
    expect(await registrationRowCount()).toBe(6)
  })

  it('pretends success when the honeypot is filled, and stores nothing', async () => {
    await publish(openWebinar())
    const result = await register(validForm({ website: 'http://cheap-pills.example' }))
    expect(result).toMatchObject({ ok: true, status: 'registered' })
    expect(await registrationRowCount()).toBe(0)
    // An empty honeypot, as a person leaves it, is fine.
    expect(await register(validForm({ website: '' }))).toMatchObject({ ok: true })
    expect(await registrationRowCount()).toBe(1)
  })

  describe('with Turnstile configured', () => {
    const turnstileEnv = envWith({
      TURNSTILE_SITE_KEY: '1x00000000000000000000AA',
      TURNSTILE_SECRET: 'turnstile-test-secret',
      TURNSTILE_VERIFY_URL: 'https://turnstile.stub.test/siteverify',
    })
    const verifications: URLSearchParams[] = []

    beforeEach(() => {
      verifications.length = 0
      vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
        const url = input instanceof Request ? input.url : String(input)
        if (url !== 'https://turnstile.stub.test/siteverify') throw new Error(`unexpected ${url}`)
        const body = new URLSearchParams(String(init?.body))
        verifications.push(body)
        return Response.json({ success: body.get('response') === 'good-token' })
      })
    })
    afterEach(() => vi.restoreAllMocks())

    const post = (form: Record<string, unknown>) =>
      registerForWebinar(turnstileEnv, SLUG, form, { clientKey: '192.0.2.44', locale: 'fr' })

    it('registers when the token verifies, sending the secret and the client address', async () => {
      await publish(openWebinar())
      expect(await post(validForm({ 'cf-turnstile-response': 'good-token' }))).toMatchObject({
        ok: true,
      })
      expect(verifications).toHaveLength(1)
      expect(verifications[0]?.get('secret')).toBe('turnstile-test-secret')
      expect(verifications[0]?.get('remoteip')).toBe('192.0.2.44')
    })

    it('refuses a bad or missing token with a message on the security check', async () => {
      await publish(openWebinar())
      for (const token of ['bad-token', undefined]) {
        const result = await post(validForm({ 'cf-turnstile-response': token }))
        if (result.ok || result.kind !== 'invalid') throw new Error(JSON.stringify(result))
        expect(result.errors).toEqual({
          turnstile: expect.stringMatching(/^Vérification de sécurité : .*personne/),
        })
      }
      // A missing token is refused without asking the verify URL.
      expect(verifications).toHaveLength(1)
      expect(await registrationRowCount()).toBe(0)
    })

    it('refuses, and says to try again, when the verify URL cannot answer', async () => {
      await publish(openWebinar())
      vi.mocked(globalThis.fetch).mockRejectedValueOnce(new TypeError('network down'))
      const result = await post(validForm({ 'cf-turnstile-response': 'good-token' }))
      expect(result).toMatchObject({ ok: false, kind: 'invalid' })
      if (!result.ok && result.kind === 'invalid')
        expect(result.errors.turnstile).toContain('réessayez')
      expect(await registrationRowCount()).toBe(0)
    })
  })
})

describe('cancelRegistration', () => {
  beforeEach(resetRegistrationTables)

  it('frees the seat and gives it to the first person waiting, bumping both change numbers', async () => {
    await publish(openWebinar({ capacity: 2 }))
    const results: RegisterResult[] = []
    for (const index of [0, 1, 2, 3]) results.push(await register(person(index)))
    expect(results.map((result) => result.ok && result.status)).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ])
    const before = await storedRows()
    const maxBefore = Math.max(...before.map((row) => row.change_seq))
    const first = results[0]
    if (!first?.ok) throw new Error('no token')

    const cancelled = await cancelRegistration(env, first.cancelToken)
    expect(cancelled).toMatchObject({
      ok: true,
      alreadyCancelled: false,
      promoted: 1,
      registration: { webinarSlug: SLUG, status: 'cancelled' },
    })
    const after = await storedRows()
    expect(after.map((row) => row.status)).toEqual([
      'cancelled',
      'registered',
      'registered',
      'waitlisted',
    ])
    // The cancellation, then the promotion, each with a new, larger change number.
    expect(after[0]?.change_seq).toBe(maxBefore + 1)
    expect(after[2]?.change_seq).toBe(maxBefore + 2)
    expect(after[3]?.change_seq).toBe(before[3]?.change_seq)

    // A second use of the link changes nothing.
    expect(await cancelRegistration(env, first.cancelToken)).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      promoted: 0,
    })
    expect(await storedRows()).toEqual(after)
  })

  it('promotes nobody when a waiting person cancels', async () => {
    await publish(openWebinar({ capacity: 1 }))
    const results: RegisterResult[] = []
    for (const index of [0, 1, 2]) results.push(await register(person(index)))
    const waiting = results[1]
    if (!waiting?.ok) throw new Error('no token')
    expect(await cancelRegistration(env, waiting.cancelToken)).toMatchObject({ promoted: 0 })
    expect((await storedRows()).map((row) => row.status)).toEqual([
      'registered',
      'cancelled',
      'waitlisted',
    ])
  })

  it('answers not-found for an unknown or malformed token, changing nothing', async () => {
    await publish(openWebinar())
    await register(validForm())
    const before = await storedRows()
    for (const token of ['', 'short', 'A'.repeat(43), `${'A'.repeat(42)}=`, '../../admin'])
      expect(await cancelRegistration(env, token)).toEqual({ ok: false, kind: 'not-found' })
    expect(await storedRows()).toEqual(before)
  })

  it('serves the waiting list in arrival order as seats free up one by one', async () => {
    await publish(openWebinar({ capacity: 3 }))
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) => register(person(index)))
    )
    const seated = results.filter((result) => result.ok && result.status === 'registered')
    for (const result of seated) if (result.ok) await cancelRegistration(env, result.cancelToken)
    const rows = await storedRows()
    const nowSeated = rows.filter((row) => row.status === 'registered').map((row) => row.arrival)
    const stillWaiting = rows.filter((row) => row.status === 'waitlisted').map((row) => row.arrival)
    expect(nowSeated).toHaveLength(3)
    expect(Math.max(...nowSeated)).toBeLessThan(Math.min(...stillWaiting))
  })
})
