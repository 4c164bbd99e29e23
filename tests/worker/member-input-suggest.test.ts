// GET and POST /suggest-candidate through the Worker: the form in four languages with its
// third-party consent, what is stored, and the refusals that store nothing.
import { beforeEach, describe, expect, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../shared/i18n/locales'
import { fieldLabel, valueLabel } from '../../shared/i18n/messages/schema'
import { OUTREACH_PROGRAMMES } from '../../shared/schemas/candidate-suggestion'
import app from '../../worker/src/index'
import { SUGGESTION_CONSENT_VERSION } from '../../worker/src/member-input/consent'
import { HONEYPOT_FIELD } from '../../worker/src/registrations/spam'
import fixture from '../fixtures/ua-email-cases.json'
import {
  getPage,
  ORIGIN,
  one,
  postForm,
  resetMemberInputTables,
  rowCount,
  SAME_ORIGIN,
  select,
  storedRows,
  suggestionForm,
} from './member-input-fixtures'
import { envWith } from './registrations-fixtures'

const PATH = '/suggest-candidate'
const HEADINGS: Record<Locale, string> = {
  en: 'Suggest a possible At-Large candidate',
  es: 'Sugerir un posible candidato de At-Large',
  pt: 'Sugerir um possível candidato do At-Large',
  fr: 'Suggérer un candidat possible pour At-Large',
}

beforeEach(resetMemberInputTables)

describe('GET /suggest-candidate', () => {
  it.each(LOCALES)(
    'is the form in %s, saying how the details are used and kept',
    async (locale) => {
      const res = await getPage(`${PATH}?lang=${locale}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      const html = await res.text()
      expect((await one(html, 'html')).attributes.lang).toBe(locale)
      expect((await one(html, 'h1')).text).toBe(HEADINGS[locale])
      expect((await one(html, '#privacy-heading')).text).toBe(
        t(locale, 'memberInput.suggest.privacy.heading')
      )
      expect((await select(html, 'section.notice li')).map((item) => item.text)).toEqual([
        t(locale, 'memberInput.suggest.privacy.use'),
        t(locale, 'memberInput.suggest.privacy.who'),
        t(locale, 'memberInput.suggest.privacy.keep'),
      ])
      expect((await one(html, 'label[for=field-consent]')).text).toBe(
        t(locale, 'memberInput.suggest.consent.text')
      )
      expect((await one(html, 'input[name=consentVersion]')).attributes.value).toBe(
        SUGGESTION_CONSENT_VERSION
      )
      // The permission to contact them is a question of its own, answered by the suggester.
      const basis = await select(html, 'input[name=contactBasis]')
      expect(basis.map((input) => input.attributes.value)).toEqual([
        'agreed',
        'public-professional',
      ])
      expect((await one(html, 'label[for=field-contactBasis]')).text).toBe(
        t(locale, 'memberInput.suggest.basis.agreed')
      )
      const programmes = await select(html, 'select[name=programme] option')
      expect(programmes.slice(1).map((option) => option.text)).toEqual(
        OUTREACH_PROGRAMMES.map((programme) => valueLabel('outreachProgramme', programme, locale))
      )
      for (const field of ['candidateName', 'organization', 'contactEmail', 'why'] as const)
        expect((await one(html, `label[for=field-${field}]`)).text).toContain(
          fieldLabel('candidateSuggestion', field, locale)
        )
    }
  )

  it('offers the region only (candidates are sought there), without "Other"', async () => {
    const html = await (await getPage(`${PATH}?lang=es`)).text()
    const values = (await select(html, 'select[name=country] option')).map(
      (option) => option.attributes.value
    )
    expect(values[0]).toBe('')
    expect(values).not.toContain('other')
    expect(values).toContain('HN')
    expect(values.length).toBeGreaterThan(40)
  })
})

describe('POST /suggest-candidate', () => {
  it.each(LOCALES)('stores a suggestion made in %s and says thank you', async (locale) => {
    const res = await postForm(`${PATH}?lang=${locale}`, suggestionForm())
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${PATH}/thanks?lang=${locale}`)
    expect(await storedRows('candidate_suggestions')).toEqual([
      expect.objectContaining({
        kind: 'organization',
        candidate_name: 'Red de Telecentros de Honduras',
        organization: null,
        country: 'HN',
        contact_email: 'contacto@telecentros.hn',
        contact_email_key: 'contacto@telecentros.hn',
        contact_other: null,
        programme: 'dnssec-training',
        contact_basis: 'public-professional',
        suggester_name: 'Luis Ortega',
        suggester_email: 'luis@ejemplo.org',
        language: locale,
        consent_version: SUGGESTION_CONSENT_VERSION,
        change_seq: 1,
      }),
    ])
    const thanks = await (await getPage(`${PATH}/thanks?lang=${locale}`)).text()
    expect((await one(thanks, 'h1')).text).toBe(t(locale, 'memberInput.suggest.thanks.heading'))
  })

  it('takes a person reached without email, and Universal Acceptance addresses for both people', async () => {
    const person = await postForm(
      `${PATH}?lang=fr`,
      suggestionForm({
        kind: 'person',
        candidateName: 'Marie-Ange Pierre',
        organization: 'Université d’État d’Haïti',
        country: 'HT',
        programme: 'fellowship-nextgen',
        contactEmail: '',
        contactOther: 'Par l’ALS d’Haïti',
        contactBasis: 'agreed',
      })
    )
    expect(person.status).toBe(303)
    const valid = fixture.cases.filter((c) => c.valid).map((c) => c.email)
    const [contact, suggester] = [valid[4], valid[15]] as [string, string]
    const ua = await postForm(
      `${PATH}?lang=es`,
      suggestionForm({ contactEmail: contact, suggesterEmail: suggester })
    )
    expect(ua.status).toBe(303)
    const rows = await storedRows('candidate_suggestions')
    expect(rows[0]).toMatchObject({ contact_email: null, contact_other: 'Par l’ALS d’Haïti' })
    expect(rows[1]).toMatchObject({ contact_email: contact, suggester_email: suggester })
  })

  it('answers 422 in Spanish when there is no way to reach them and no permission, values kept', async () => {
    const res = await postForm(
      `${PATH}?lang=es`,
      suggestionForm({
        contactEmail: '',
        contactOther: '',
        contactBasis: undefined,
        kind: undefined,
        why: 'Dirige un IXP',
      })
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect((await one(html, '#error-contactEmail')).text).toBe(
      'Correo electrónico de contacto: indique cómo puede contactarlos LACRALO: un correo electrónico, otra forma de contacto o ambos'
    )
    expect((await one(html, '#error-contactBasis')).text).toMatch(/^Permiso para el contacto: /)
    expect((await select(html, '.error-summary a')).map((link) => link.attributes.href)).toEqual([
      '#field-kind',
      '#field-contactEmail',
      '#field-contactBasis',
    ])
    expect((await one(html, 'textarea[name=why]')).text).toBe('Dirige un IXP')
    expect((await one(html, 'select[name=programme] option[selected]')).attributes.value).toBe(
      'dnssec-training'
    )
    expect(await rowCount('candidate_suggestions')).toBe(0)
  })

  it('refuses a country outside the region, an unknown programme and an old consent text', async () => {
    const res = await postForm(
      `${PATH}?lang=en`,
      suggestionForm({ country: 'US', programme: 'nomcom' })
    )
    const html = await res.text()
    expect(res.status).toBe(422)
    expect((await one(html, '#error-country')).text).toMatch(
      /^Country or territory: &#39;US&#39; is not a country or territory of Latin America/
    )
    expect((await one(html, '#error-programme')).text).toContain('DNSSEC training')
    const old = await postForm(`${PATH}?lang=en`, suggestionForm({ consentVersion: '2020-01' }))
    expect(old.status).toBe(422)
    expect((await one(await old.text(), '#error-consent')).text).toMatch(/consent text has changed/)
    expect(await rowCount('candidate_suggestions')).toBe(0)
  })

  it('stores nothing from a bot, a cross-site post, an oversized post or a client over the limit', async () => {
    const bot = await postForm(`${PATH}?lang=es`, suggestionForm({ [HONEYPOT_FIELD]: 'x' }))
    expect(bot.status).toBe(303)
    const crossSite = await postForm(`${PATH}?lang=pt`, suggestionForm(), {
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    })
    expect(crossSite.status).toBe(403)
    expect((await one(await crossSite.text(), 'h1')).text).toBe('Formulário não aceito')
    const large = await postForm(`${PATH}?lang=en`, suggestionForm({ why: '字'.repeat(12_000) }))
    expect(large.status).toBe(413)
    expect(await rowCount('candidate_suggestions')).toBe(0)

    const limited = envWith({ REGISTRATION_RATE_LIMIT: '1' })
    const send = () =>
      app.request(
        `${ORIGIN}${PATH}?lang=en`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'CF-Connecting-IP': '203.0.113.88',
            ...SAME_ORIGIN,
          },
          body: new URLSearchParams(suggestionForm()).toString(),
        },
        limited
      )
    expect((await send()).status).toBe(303)
    const refused = await send()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(await rowCount('candidate_suggestions')).toBe(1)
  })

  it('keeps its own limit: proposals from the same connection do not use it up', async () => {
    const limited = envWith({ REGISTRATION_RATE_LIMIT: '1' })
    const send = (path: string, fields: Record<string, string>) =>
      app.request(
        `${ORIGIN}${path}?lang=en`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'CF-Connecting-IP': '203.0.113.99',
            ...SAME_ORIGIN,
          },
          body: new URLSearchParams(fields).toString(),
        },
        limited
      )
    expect((await send('/propose-event', { title: '' })).status).toBe(422)
    expect((await send(PATH, suggestionForm())).status).toBe(303)
  })
})
