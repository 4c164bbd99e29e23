// Random bodies against both member input forms: never a 5xx, never a row from a refused post,
// exactly one row from an accepted one, and what is stored is always clean.
import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseEmail } from '../../shared/email/parse-email'
import { EVENT_FORMATS } from '../../shared/schemas/event-values'
import {
  PROPOSAL_CONSENT_VERSION,
  SUGGESTION_CONSENT_VERSION,
} from '../../worker/src/member-input/consent'
import {
  daysFromNow,
  ORIGIN,
  resetMemberInputTables,
  rowCount,
  SAME_ORIGIN,
  storedRows,
} from './member-input-fixtures'

const CONTROL = /[\p{Cc}\p{Cs}]/u
const MISSING = Symbol('missing')
let sequence = 0

type Field = { value: string | typeof MISSING; bad: boolean }
type Fields = Record<string, Field>

const good = (arbitrary: fc.Arbitrary<string | typeof MISSING>) =>
  arbitrary.map((value): Field => ({ value, bad: false }))
const bad = (...values: (string | typeof MISSING)[]) =>
  fc.constantFrom(...values).map((value): Field => ({ value, bad: true }))
const either = (
  goodValues: fc.Arbitrary<string | typeof MISSING>,
  ...badValues: (string | typeof MISSING)[]
) =>
  fc.oneof({ weight: 5, arbitrary: good(goodValues) }, { weight: 1, arbitrary: bad(...badValues) })

const person = either(
  fc.constantFrom('Ana', 'Zoë Saldaña', '李小龍', 'محمد', 'Ngũgĩ', 'Marie-Ange Pierre'),
  '',
  '   ',
  'a\u0000b',
  'Ana\u0007',
  'x'.repeat(201),
  MISSING
)
const email = either(
  fc
    .tuple(fc.constantFrom('persona', 'josé', 'δοκιμή', '用户'), fc.nat({ max: 99_999 }))
    .map(([local, number]) => `${local}${number}@ejemplo.org`),
  '',
  'sin-arroba',
  'a@@b.org',
  'a b@c.org',
  'a\u0000@b.org',
  MISSING
)
const why = either(
  fc.constantFrom('Because it matters.', 'Línea 1\r\nLínea 2', '没有 ALS 的国家'),
  '',
  'x'.repeat(2001),
  'a\u0000b',
  MISSING
)
const consent = either(fc.constantFrom('on', 'true'), '', 'off', 'no', MISSING)
const honeypot = fc.oneof(
  { weight: 9, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('http://spam.example', 'x') }
)

// Start and end together: the end may not be before the start, nor the event be over.
const dates: fc.Arbitrary<Fields> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 400 }), fc.option(fc.integer({ min: 0, max: 5 })))
      .map(([start, length]) => ({
        startDate: { value: daysFromNow(start), bad: false },
        endDate: { value: length === null ? '' : daysFromNow(start + length), bad: false },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        { startDate: daysFromNow(20), endDate: daysFromNow(19) },
        { startDate: daysFromNow(-30), endDate: daysFromNow(-29) },
        { startDate: daysFromNow(-30), endDate: '' },
        { startDate: '14/09/2030', endDate: '' },
        { startDate: '2031-02-30', endDate: '' },
        { startDate: '', endDate: daysFromNow(3) }
      )
      .map(
        (pair): Fields => ({
          startDate: { value: pair.startDate, bad: true },
          endDate: { value: pair.endDate, bad: true },
        })
      ),
  }
)

const proposalFields = fc
  .tuple(
    fc.record({
      title: either(
        fc.constantFrom('Foro IGF Bolivia', 'LACNIC 41', '中文 会议', 'Café ñandú'),
        '',
        '  ',
        'a\u0000b',
        'x'.repeat(301),
        MISSING
      ),
      format: either(fc.constantFrom(...EVENT_FORMATS), 'online', '', MISSING),
      city: either(fc.constantFrom('', 'La Paz', 'São Paulo', MISSING), 'x'.repeat(121), 'a\u0007'),
      country: either(fc.constantFrom('BO', 'HT', 'other', 'SX'), 'ZZ', 'uy', '', MISSING),
      url: either(fc.constantFrom('', 'https://igf.bo/2026', MISSING), 'igf.bo', 'ftp://x.org'),
      why,
      cropSuitable: either(fc.constantFrom('on', '', 'off', MISSING), 'maybe'),
      proposerName: person,
      proposerEmail: email,
      consent,
      consentVersion: either(fc.constant(PROPOSAL_CONSENT_VERSION), '', '2019-01', MISSING),
    }),
    dates
  )
  .map(([fields, pair]): Fields => ({ ...fields, ...pair }))

const blank = (value: string | typeof MISSING) => value === MISSING || value === ''

// At least one way to reach the candidate: both blank is refused.
const contact: fc.Arbitrary<Fields> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom('contacto@isp.hn', 'josé@telecentros.hn', '', MISSING),
        fc.constantFrom('+504 0000 0000', 'Por la ALS de Haití', '', MISSING)
      )
      .filter(([mail, other]) => !blank(mail) || !blank(other))
      .map(
        ([mail, other]): Fields => ({
          contactEmail: { value: mail, bad: false },
          contactOther: { value: other, bad: false },
        })
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<[string, string | typeof MISSING]>(
        ['', ''],
        ['', MISSING],
        ['no-es-correo', 'x'],
        ['', 'a\u0000b']
      )
      .map(
        ([mail, other]): Fields => ({
          contactEmail: { value: mail, bad: true },
          contactOther: { value: other, bad: true },
        })
      ),
  }
)

const suggestionFields = fc
  .tuple(
    fc.record({
      kind: either(fc.constantFrom('person', 'organization'), 'group', '', MISSING),
      candidateName: person,
      organization: either(fc.constantFrom('', 'Universidad', MISSING), 'x'.repeat(201)),
      country: either(fc.constantFrom('HN', 'HT', 'SR'), 'other', 'ZZ', '', MISSING),
      programme: either(
        fc.constantFrom('als-accreditation', 'dnssec-training', 'universal-acceptance'),
        'nomcom',
        '',
        MISSING
      ),
      why,
      contactBasis: either(fc.constantFrom('agreed', 'public-professional'), 'yes', '', MISSING),
      suggesterName: person,
      suggesterEmail: email,
      consent,
      consentVersion: either(fc.constant(SUGGESTION_CONSENT_VERSION), '', '2019-01', MISSING),
    }),
    contact
  )
  .map(([fields, pair]): Fields => ({ ...fields, ...pair }))

/** One generated post: its bytes, how it is sent, and what must come of it. */
interface Submission {
  body: string | Uint8Array
  contentType: string
  headers: Record<string, string>
  /** Some part is invalid by construction: the post must be refused. */
  mustRefuse: boolean
  /** The honeypot is filled: a success answer, but nothing stored. */
  honeypot: boolean
}

function formSubmission(fields: fc.Arbitrary<Fields>, version: string): fc.Arbitrary<Submission> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          fields,
          honeypot,
          fc.integer({ min: 0, max: 19 }).map((draw) => draw === 0)
        )
        .map(([generated, trap, crossSite]) => {
          const values: Record<string, string> = {}
          for (const [name, field] of Object.entries(generated))
            if (field.value !== MISSING) values[name] = field.value
          if (trap !== undefined) values.website = trap
          return {
            body: new URLSearchParams(values).toString(),
            contentType: 'application/x-www-form-urlencoded',
            headers: crossSite
              ? { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }
              : SAME_ORIGIN,
            mustRefuse: crossSite || Object.values(generated).some((field) => field.bad),
            honeypot: trap !== undefined && !crossSite,
          }
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.dictionary(
            fc.string({ maxLength: 20 }),
            fc.string({ unit: 'binary', maxLength: 50 }),
            { maxKeys: 10 }
          ),
          fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/json')
        )
        .map(([entries, contentType]) => ({
          body: new URLSearchParams(entries).toString(),
          contentType,
          headers: SAME_ORIGIN,
          // Without the current consent version (random text never is), never stored.
          mustRefuse: entries.consentVersion !== version,
          honeypot:
            contentType !== 'text/plain' &&
            contentType !== 'application/json' &&
            (entries.website ?? '').trim() !== '',
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.uint8Array({ maxLength: 300 }),
          fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data; boundary=x')
        )
        .map(([bytes, contentType]) => ({
          body: bytes,
          contentType,
          headers: SAME_ORIGIN,
          mustRefuse: true,
          honeypot: false,
        })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 32 * 1024 + 1, max: 64 * 1024 }).map((size) => ({
        body: new URLSearchParams({ why: 'a'.repeat(size), consentVersion: version }).toString(),
        contentType: 'application/x-www-form-urlencoded',
        headers: SAME_ORIGIN,
        mustRefuse: true,
        honeypot: false,
      })),
    }
  )
}

function send(path: string, submission: Submission): Promise<Response> {
  sequence += 1
  return SELF.fetch(`${ORIGIN}${path}?lang=en`, {
    method: 'POST',
    headers: {
      'Content-Type': submission.contentType,
      // A new client address each time: the rate limit is tested elsewhere.
      'CF-Connecting-IP': `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`,
      ...submission.headers,
    },
    body: submission.body,
    redirect: 'manual',
  })
}

async function checkSubmission(
  table: 'event_proposals' | 'candidate_suggestions',
  path: string,
  submission: Submission
): Promise<void> {
  const before = await rowCount(table)
  const res = await send(path, submission)
  await res.text()
  const after = await rowCount(table)
  expect(res.status).toBeLessThan(500)
  if (res.status === 303) {
    expect(res.headers.get('Location')).toMatch(new RegExp(`^${path}/thanks\\?lang=en$`))
    expect(submission.mustRefuse && !submission.honeypot).toBe(false)
    expect(after - before).toBe(submission.honeypot ? 0 : 1)
  } else {
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(submission.mustRefuse, `refused with ${res.status}`).toBe(true)
    expect(after).toBe(before)
  }
}

function clean(text: unknown): void {
  if (text === null) return
  expect(typeof text).toBe('string')
  expect(text).toBe((text as string).normalize('NFC'))
  expect((text as string).replace(/\r\n|[\r\n\t]/g, ' ')).not.toMatch(CONTROL)
}

describe('member input forms under random bodies', () => {
  beforeAll(resetMemberInputTables)

  it('POST /propose-event: no 5xx, and a row only for an accepted body', async () => {
    await fc.assert(
      fc.asyncProperty(formSubmission(proposalFields, PROPOSAL_CONSENT_VERSION), (submission) =>
        checkSubmission('event_proposals', '/propose-event', submission)
      ),
      { numRuns: 400 }
    )
    const rows = await storedRows('event_proposals')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      for (const field of ['title', 'city', 'why', 'proposer_name']) clean(row[field])
      const parsed = parseEmail(String(row.proposer_email))
      expect(parsed.ok && parsed.key).toBe(row.proposer_email_key)
      expect(String(row.end_date ?? row.start_date) >= String(row.start_date)).toBe(true)
    }
  }, 240_000)

  it('POST /suggest-candidate: no 5xx, and a row only for an accepted body', async () => {
    await fc.assert(
      fc.asyncProperty(formSubmission(suggestionFields, SUGGESTION_CONSENT_VERSION), (submission) =>
        checkSubmission('candidate_suggestions', '/suggest-candidate', submission)
      ),
      { numRuns: 400 }
    )
    const rows = await storedRows('candidate_suggestions')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      for (const field of ['candidate_name', 'organization', 'contact_other', 'why'])
        clean(row[field])
      expect(row.contact_email !== null || row.contact_other !== null).toBe(true)
      const parsed = parseEmail(String(row.suggester_email))
      expect(parsed.ok && parsed.key).toBe(row.suggester_email_key)
    }
  }, 240_000)
})
