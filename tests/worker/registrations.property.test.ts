// Random bodies against both registration endpoints: never a 5xx, never a row from a refused post.
import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseEmail } from '../../shared/email/parse-email'
import { LOCALES } from '../../shared/i18n/locales'
import { CONSENT_TEXT_VERSION } from '../../worker/src/registrations/consent'
import {
  openWebinar,
  publish,
  registrationRowCount,
  resetRegistrationTables,
  storedRows,
} from './registrations-fixtures'

const ORIGIN = 'https://outreach.example.org'
const SLUG = 'propiedades'
const CONTROL = /[\p{Cc}\p{Cs}]/u
let sequence = 0

/** One generated post: its bytes, its content type, and whether it must be refused. */
interface Submission {
  body: string | Uint8Array
  contentType: string
  /** True when some part is invalid by construction: the post must be refused. */
  mustRefuse: boolean
  /** True when the honeypot is filled: a success answer, but nothing stored. */
  honeypot: boolean
}

type Field = { value: unknown; bad: boolean }

const good = (arbitrary: fc.Arbitrary<unknown>) =>
  arbitrary.map((value): Field => ({ value, bad: false }))
const bad = (...values: unknown[]) =>
  fc.constantFrom(...values).map((value): Field => ({ value, bad: true }))
const MISSING = Symbol('missing')

// Values that stay what they are when sent as form text: the form endpoint only gets strings.
const textFields = {
  name: fc.oneof(
    {
      weight: 4,
      arbitrary: good(fc.constantFrom('Ana', 'Zoë Saldaña', '李小龍', 'محمد', 'Ngũgĩ', 'ağa')),
    },
    { weight: 1, arbitrary: bad('', '   ', 'a\u0000b', 'Ana\u0007', 'x'.repeat(201), MISSING) }
  ),
  email: fc.oneof(
    {
      weight: 4,
      arbitrary: good(
        fc
          .tuple(fc.constantFrom('persona', 'josé', 'δοκιμή', '用户'), fc.nat())
          .map(([local, number]) => `${local}${number}@ejemplo.org`)
      ),
    },
    {
      weight: 1,
      arbitrary: bad('', 'sin-arroba', 'a@@b.org', 'a@b', 'a b@c.org', 'a\u0000@b.org', MISSING),
    }
  ),
  country: fc.oneof(
    { weight: 4, arbitrary: good(fc.constantFrom('UY', 'BR', 'HT', 'MX', 'other')) },
    { weight: 1, arbitrary: bad('ZZ', 'uy', '', 'Uruguay', MISSING) }
  ),
  affiliation: fc.oneof(
    { weight: 4, arbitrary: good(fc.constantFrom('', 'ALS Uruguay', 'Universidad', MISSING)) },
    { weight: 1, arbitrary: bad('x'.repeat(201), 'ALS\u0000') }
  ),
  language: fc.oneof(
    { weight: 4, arbitrary: good(fc.constantFrom(...LOCALES)) },
    { weight: 1, arbitrary: bad('de', 'EN', '', MISSING) }
  ),
  consent: fc.oneof(
    { weight: 4, arbitrary: good(fc.constantFrom('on', 'true')) },
    { weight: 1, arbitrary: bad('', 'off', 'false', 'no', MISSING) }
  ),
  consentVersion: fc.oneof(
    { weight: 4, arbitrary: good(fc.constant(CONSENT_TEXT_VERSION)) },
    { weight: 1, arbitrary: bad('', '2019-01', '../x', MISSING) }
  ),
}

// JSON can also carry wrong types.
const jsonFields = {
  ...textFields,
  name: fc.oneof(textFields.name, bad(42, null, [], {}, true)),
  email: fc.oneof(textFields.email, bad(42, null, ['a@b.org'])),
  country: fc.oneof(textFields.country, bad(1, null)),
  affiliation: fc.oneof(textFields.affiliation, bad(42, {})),
  consent: fc.oneof(good(fc.constant(true)), textFields.consent, bad(false, 1, null)),
  consentVersion: fc.oneof(textFields.consentVersion, bad(2026, null)),
}

const honeypot = fc.oneof(
  { weight: 9, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('http://spam.example', 'x') }
)

function form(fields: Record<string, Field>, trap: string | undefined) {
  const values: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(fields))
    if (field.value !== MISSING) values[name] = field.value
  if (trap !== undefined) values.website = trap
  return {
    values,
    mustRefuse: Object.values(fields).some((field) => field.bad),
    honeypot: trap !== undefined,
  }
}

const jsonSubmission: fc.Arbitrary<Submission> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.record(jsonFields),
        honeypot,
        fc.constantFrom('application/json', 'application/json; charset=utf-8')
      )
      .map(([fields, trap, contentType]) => {
        const { values, mustRefuse, honeypot } = form(fields, trap)
        return { body: JSON.stringify(values), contentType, mustRefuse, honeypot }
      }),
  },
  {
    weight: 2,
    arbitrary: fc.jsonValue().map((value) => ({
      body: JSON.stringify(value) ?? 'null',
      contentType: 'application/json',
      // Random JSON is never a complete registration with the current consent version.
      mustRefuse: true,
      honeypot: false,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({
      body: bytes,
      contentType: 'application/json',
      mustRefuse: true,
      honeypot: false,
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('text/plain', 'application/xml', '')
      )
      .map(([text, contentType]) => ({
        body: text,
        contentType,
        mustRefuse: true,
        honeypot: false,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 16 * 1024 + 1, max: 64 * 1024 }).map((size) => ({
      body: JSON.stringify({ name: 'Ana', affiliation: 'a'.repeat(size) }),
      contentType: 'application/json',
      mustRefuse: true,
      honeypot: false,
    })),
  }
)

const formSubmission: fc.Arbitrary<Submission> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.record(textFields), honeypot).map(([fields, trap]) => {
      const { values, mustRefuse, honeypot } = form(fields, trap)
      const body = new URLSearchParams(values as Record<string, string>).toString()
      return { body, contentType: 'application/x-www-form-urlencoded', mustRefuse, honeypot }
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 50 }), {
          maxKeys: 8,
        }),
        fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/json')
      )
      .map(([entries, contentType]) => ({
        body: new URLSearchParams(entries).toString(),
        contentType,
        // No consent version (or a random one) and no valid email: never a registration.
        mustRefuse: !('consentVersion' in entries && 'email' in entries),
        honeypot: (entries.website ?? '').trim() !== '',
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data; boundary=x')
      )
      .map(([bytes, contentType]) => ({
        body: bytes,
        contentType,
        mustRefuse: true,
        honeypot: false,
      })),
  }
)

function send(path: string, submission: Submission, extra: Record<string, string> = {}) {
  sequence += 1
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: {
      ...(submission.contentType ? { 'Content-Type': submission.contentType } : {}),
      // A new client address each time: the rate limit is tested elsewhere.
      'CF-Connecting-IP': `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`,
      ...extra,
    },
    body: submission.body,
    // The form answers a success with 303 to the confirmation page: see it, do not follow it.
    redirect: 'manual',
  })
}

async function checkSubmission(
  submission: Submission,
  post: (submission: Submission) => Promise<Response>,
  isSuccess: (status: number) => boolean
): Promise<void> {
  const before = await registrationRowCount()
  const res = await post(submission)
  const text = await res.text()
  const after = await registrationRowCount()
  expect(res.status).toBeLessThan(500)
  expect(text).not.toContain('zoom.us')
  if (isSuccess(res.status)) {
    expect(submission.mustRefuse && !submission.honeypot).toBe(false)
    expect(after - before).toBe(submission.honeypot ? 0 : 1)
  } else {
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(after).toBe(before)
  }
}

// What was stored is always clean: NFC names without controls, keys that match their emails.
async function checkStoredRows(): Promise<void> {
  for (const row of await storedRows()) {
    expect(row.name).toBe(row.name?.normalize('NFC'))
    expect(row.name).not.toMatch(CONTROL)
    const parsed = parseEmail(row.email ?? '')
    expect(parsed.ok && parsed.key).toBe(row.email_key)
    expect(row.consent_version).toBe(CONSENT_TEXT_VERSION)
  }
}

describe('registration endpoints under random bodies', () => {
  beforeAll(async () => {
    await resetRegistrationTables()
    await publish(openWebinar({ slug: SLUG, capacity: 100_000 }))
  })

  it('POST /api/webinars/:slug/registrations: no 5xx, and a row only for an accepted body', async () => {
    await fc.assert(
      fc.asyncProperty(jsonSubmission, (submission) =>
        checkSubmission(
          submission,
          (body) => send(`/api/webinars/${SLUG}/registrations`, body),
          (status) => status === 201
        )
      ),
      { numRuns: 800 }
    )
    await checkStoredRows()
  }, 240_000)

  it('POST /webinars/:slug (the HTML form): no 5xx, and a row only for an accepted body', async () => {
    await fc.assert(
      fc.asyncProperty(formSubmission, (submission) =>
        checkSubmission(
          submission,
          (body) =>
            send(`/webinars/${SLUG}`, body, { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' }),
          (status) => status === 303
        )
      ),
      { numRuns: 500 }
    )
    await checkStoredRows()
  }, 240_000)
})
