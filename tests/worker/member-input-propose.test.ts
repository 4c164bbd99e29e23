// GET and POST /propose-event through the Worker: the form in four languages, what is stored,
// and every refusal (invalid, honeypot, cross-site, too large, rate limit) storing nothing.
import { SELF } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../shared/i18n/locales'
import { fieldLabel } from '../../shared/i18n/messages/schema'
import { countryName } from '../../shared/reference/countries'
import app from '../../worker/src/index'
import { PROPOSAL_CONSENT_VERSION } from '../../worker/src/member-input/consent'
import { WEBINARS_CSS } from '../../worker/src/public/webinars-styles'
import { HONEYPOT_FIELD } from '../../worker/src/registrations/spam'
import { styleHashSource } from '../../worker/src/security-headers'
import fixture from '../fixtures/ua-email-cases.json'
import {
  daysFromNow,
  getPage,
  ORIGIN,
  one,
  postForm,
  proposalForm,
  resetMemberInputTables,
  rowCount,
  SAME_ORIGIN,
  select,
  storedRows,
} from './member-input-fixtures'
import { envWith } from './registrations-fixtures'

const PATH = '/propose-event'
const HEADINGS: Record<Locale, string> = {
  en: 'Propose an event for the Outreach Calendar',
  es: 'Proponer un evento para el calendario de extensión',
  pt: 'Propor um evento para o calendário de divulgação',
  fr: 'Proposer un événement pour le calendrier de sensibilisation',
}

beforeEach(resetMemberInputTables)

describe('GET /propose-event', () => {
  it.each(LOCALES)('is the form in %s, every field labelled in that language', async (locale) => {
    const res = await getPage(`${PATH}?lang=${locale}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect((await one(html, 'html')).attributes.lang).toBe(locale)
    expect((await one(html, 'h1')).text).toBe(HEADINGS[locale])
    for (const field of ['title', 'startDate', 'city', 'country', 'url', 'why'] as const)
      expect((await one(html, `label[for=field-${field}]`)).text).toContain(
        fieldLabel('eventProposal', field, locale)
      )
    expect((await one(html, 'label[for=field-consent]')).text).toBe(
      t(locale, 'memberInput.propose.consent.text')
    )
    expect((await one(html, 'input[name=consentVersion]')).attributes).toMatchObject({
      type: 'hidden',
      value: PROPOSAL_CONSENT_VERSION,
    })
    expect((await one(html, 'form')).attributes).toMatchObject({
      method: 'post',
      action: `${PATH}?lang=${locale}`,
    })
    const links = await select(html, 'nav .langs a')
    expect(links.map((link) => link.attributes.href)).toEqual(
      LOCALES.map((other) => `${PATH}?lang=${other}`)
    )
  })

  it('offers the region by the page language’s collation, then "Other", and dates as date inputs', async () => {
    const html = await (await getPage(`${PATH}?lang=fr`)).text()
    const options = (await select(html, 'select[name=country] option')).map((option) => ({
      value: option.attributes.value ?? '',
      text: option.text,
    }))
    expect(options[0]?.value).toBe('')
    expect(options.at(-1)?.value).toBe('other')
    const countries = options.slice(1, -1)
    expect(countries.map((option) => option.text)).toEqual(
      [...countries.map((option) => option.text)].sort(new Intl.Collator('fr').compare)
    )
    expect(countries.find((option) => option.value === 'HT')?.text).toBe(countryName('HT', 'fr'))
    expect((await one(html, 'input[name=startDate]')).attributes.type).toBe('date')
    expect((await one(html, 'select[name=format] option[selected]')).attributes.value).toBe(
      'in-person'
    )
    expect((await one(html, 'input[name=proposerEmail]')).attributes).toMatchObject({
      type: 'text',
      inputmode: 'email',
      autocomplete: 'email',
    })
  })

  it('sends the strict CSP and no-store, with the honeypot hidden and no script', async () => {
    const res = await getPage(PATH)
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`style-src ${await styleHashSource(WEBINARS_CSS)}`)
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect(await select(html, 'script')).toEqual([])
    expect((await one(html, '.trap')).attributes['aria-hidden']).toBe('true')
    expect((await one(html, `.trap input[name=${HONEYPOT_FIELD}]`)).attributes.tabindex).toBe('-1')
  })

  it('shows the Turnstile widget when it is configured', async () => {
    const res = await app.request(
      `${ORIGIN}${PATH}?lang=pt`,
      {},
      envWith({ TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET: 'secret' })
    )
    expect(res.headers.get('Content-Security-Policy')).toContain(
      'script-src https://challenges.cloudflare.com'
    )
    expect((await one(await res.text(), '.cf-turnstile')).attributes).toMatchObject({
      'data-sitekey': '1x00000000000000000000AA',
      'data-language': 'pt',
    })
  })
})

describe('POST /propose-event', () => {
  it.each(LOCALES)(
    'stores a proposal made in %s and says thank you (303, nothing personal in the URL)',
    async (locale) => {
      const res = await postForm(`${PATH}?lang=${locale}`, proposalForm())
      expect(res.status).toBe(303)
      const location = res.headers.get('Location')
      expect(location).toBe(`${PATH}/thanks?lang=${locale}`)
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
      const [row] = await storedRows('event_proposals')
      expect(row).toMatchObject({
        title: 'Foro de Gobernanza de Internet de Bolivia',
        start_date: daysFromNow(40),
        end_date: daysFromNow(41),
        format: 'hybrid',
        city: 'La Paz',
        country: 'BO',
        url: 'https://igf.bo/2026',
        why: 'Bolivia has no ALS yet.\r\nThe forum gathers the technical community.',
        crop_suitable: 1,
        proposer_name: 'Ana Quispe Mamani',
        proposer_email: 'ana@ejemplo.bo',
        proposer_email_key: 'ana@ejemplo.bo',
        language: locale,
        consent_version: PROPOSAL_CONSENT_VERSION,
        change_seq: 1,
        erased_at: null,
      })
      const thanks = await (await getPage(location ?? '')).text()
      expect((await one(thanks, 'h1')).text).toBe(t(locale, 'memberInput.propose.thanks.heading'))
      expect((await one(thanks, 'main a.button')).attributes.href).toBe(`${PATH}?lang=${locale}`)
    }
  )

  it('accepts Universal Acceptance addresses from the UASG set, and refuses the invalid ones', async () => {
    const valid = fixture.cases.filter((c) => c.valid).map((c) => c.email)
    const invalid = fixture.cases.filter((c) => !c.valid).map((c) => c.email)
    const picked = [valid[1], valid[6], valid[20], valid.at(-1)] as string[]
    for (const email of picked) {
      const res = await postForm(`${PATH}?lang=es`, proposalForm({ proposerEmail: email }))
      expect(res.status, email).toBe(303)
    }
    expect((await storedRows('event_proposals')).map((row) => row.proposer_email)).toEqual(
      picked.map((email) => email.normalize('NFC'))
    )
    for (const email of invalid.slice(0, 3)) {
      const res = await postForm(`${PATH}?lang=es`, proposalForm({ proposerEmail: email }))
      expect(res.status, email).toBe(422)
      expect((await one(await res.text(), '#error-proposerEmail')).text).toMatch(/^Su correo/)
    }
    expect(await rowCount('event_proposals')).toBe(picked.length)
  })

  it('answers 422 in Portuguese with each error beside its field, the values kept and escaped', async () => {
    const res = await postForm(
      `${PATH}?lang=pt`,
      proposalForm({
        title: '<script>alert(1)</script>',
        startDate: '14/09/2026',
        proposerEmail: 'ana.ejemplo.bo',
        why: 'A & B "C"',
        consent: undefined,
      })
    )
    expect(res.status).toBe(422)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect(await rowCount('event_proposals')).toBe(0)
    expect((await one(html, 'title')).text).toMatch(/^Erro: /)
    expect((await one(html, '#error-startDate')).text).toMatch(
      /^Data de início: “14\/09\/2026” não está no formato AAAA-MM-DD/
    )
    expect((await one(html, '#error-proposerEmail')).text).toMatch(/^Seu e-mail: /)
    expect((await one(html, '#error-consent')).text).toBe(
      t('pt', 'issue.sentence', {
        field: fieldLabel('eventProposal', 'consent', 'pt'),
        problem: t('pt', 'issue.consent_required_to_send'),
      })
    )
    const summary = (await select(html, '.error-summary a')).map((a) => a.attributes.href)
    expect(summary).toEqual(['#field-startDate', '#field-proposerEmail', '#field-consent'])
    expect((await one(html, 'input[name=title]')).attributes.value).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;'
    )
    expect(html).not.toContain('<script>alert(1)</script>')
    expect((await one(html, 'textarea[name=why]')).text).toBe('A &amp; B &quot;C&quot;')
    expect((await one(html, 'select[name=country] option[selected]')).attributes.value).toBe('BO')
    expect((await one(html, 'input[name=startDate]')).attributes['aria-invalid']).toBe('true')
    expect(await select(html, 'input[name=title][aria-invalid]')).toEqual([])
  })

  it('refuses an end before the start and an event that is already over', async () => {
    const before = await postForm(
      `${PATH}?lang=en`,
      proposalForm({ startDate: daysFromNow(10), endDate: daysFromNow(9) })
    )
    expect(before.status).toBe(422)
    expect((await one(await before.text(), '#error-endDate')).text).toBe(
      'End date: the end date is before the start date; correct one of the two dates'
    )
    const over = await postForm(
      `${PATH}?lang=es`,
      proposalForm({ startDate: daysFromNow(-9), endDate: daysFromNow(-8) })
    )
    expect(over.status).toBe(422)
    expect((await one(await over.text(), '#error-endDate')).text).toMatch(
      /^Fecha de fin: el evento ya terminó/
    )
    // Said together with the other problems, not after they are fixed.
    const both = await postForm(
      `${PATH}?lang=en`,
      proposalForm({ title: '', startDate: daysFromNow(-9), endDate: '' })
    )
    const bothHtml = await both.text()
    expect((await one(bothHtml, '#error-title')).text).toMatch(/^Event name: /)
    expect((await one(bothHtml, '#error-startDate')).text).toMatch(
      /^Start date: the event has already ended/
    )
    // An event that ends today is still to come, wherever in the region the reader is.
    const today = await postForm(
      `${PATH}?lang=es`,
      proposalForm({ startDate: daysFromNow(-2), endDate: daysFromNow(0) })
    )
    expect(today.status).toBe(303)
    expect(await rowCount('event_proposals')).toBe(1)
  })

  it('takes a one-day online event with no city, no link and no CROP', async () => {
    const res = await postForm(
      `${PATH}?lang=en`,
      proposalForm({
        endDate: '',
        city: '',
        url: '',
        format: 'virtual',
        country: 'other',
        cropSuitable: undefined,
      })
    )
    expect(res.status).toBe(303)
    expect((await storedRows('event_proposals'))[0]).toMatchObject({
      end_date: null,
      city: null,
      url: null,
      format: 'virtual',
      country: 'other',
      crop_suitable: 0,
    })
  })

  it('refuses control characters in free text, but keeps the line breaks of the explanation', async () => {
    const res = await postForm(`${PATH}?lang=en`, proposalForm({ title: 'IGF\u0007 Bolivia' }))
    expect(res.status).toBe(422)
    expect((await one(await res.text(), '#error-title')).text).toMatch(/^Event name: .*control/)
    expect(await rowCount('event_proposals')).toBe(0)
  })

  it('pretends success to a bot that fills the honeypot, and stores nothing', async () => {
    const res = await postForm(
      `${PATH}?lang=es`,
      proposalForm({ [HONEYPOT_FIELD]: 'https://spam.example' })
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${PATH}/thanks?lang=es`)
    expect(await rowCount('event_proposals')).toBe(0)
  })

  it('refuses a cross-site post, says why, and stores nothing', async () => {
    for (const headers of [
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' },
      {},
    ] as Record<string, string>[]) {
      const res = await postForm(`${PATH}?lang=es`, proposalForm(), headers)
      expect(res.status, JSON.stringify(headers)).toBe(403)
      const html = await res.text()
      expect((await one(html, 'h1')).text).toBe('Formulario no aceptado')
      expect((await one(html, 'main a.button')).attributes.href).toBe(`${PATH}?lang=es`)
    }
    expect(await rowCount('event_proposals')).toBe(0)
  })

  it('refuses an oversized post with a 413 page in the reader’s language, storing nothing', async () => {
    const res = await postForm(`${PATH}?lang=fr`, proposalForm({ why: 'x'.repeat(40_000) }))
    expect(res.status).toBe(413)
    expect((await one(await res.text(), 'main p.lede')).text).toBe(
      t('fr', 'memberInput.problem.tooLarge', { limit: 32 })
    )
    expect(await rowCount('event_proposals')).toBe(0)
  })

  it('answers a malformed body with a 400 page, storing nothing', async () => {
    const res = await fetchRaw(`${PATH}?lang=en`, 'multipart/form-data; boundary=x', '')
    expect(res.status).toBe(400)
    expect((await one(await res.text(), 'h1')).text).toBe('Form not readable')
    expect(await rowCount('event_proposals')).toBe(0)
  })

  it('answers 429 with Retry-After when one connection posts too often, refused posts counted', async () => {
    const limited = envWith({ REGISTRATION_RATE_LIMIT: '2' })
    const send = (fields: Record<string, string>) =>
      app.request(
        `${ORIGIN}${PATH}?lang=pt`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'CF-Connecting-IP': '203.0.113.77',
            ...SAME_ORIGIN,
          },
          body: new URLSearchParams(fields).toString(),
        },
        limited
      )
    expect((await send(proposalForm({ title: '' }))).status).toBe(422)
    expect((await send(proposalForm())).status).toBe(303)
    const refused = await send(proposalForm({ title: 'Another one' }))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await one(await refused.text(), 'h1')).text).toBe('Aguarde um momento, por favor')
    expect(await rowCount('event_proposals')).toBe(1)
  })

  describe('with Turnstile configured', () => {
    const turnstileEnv = envWith({
      TURNSTILE_SITE_KEY: '1x00000000000000000000AA',
      TURNSTILE_SECRET: 'turnstile-test-secret',
      TURNSTILE_VERIFY_URL: 'https://turnstile.stub.test/siteverify',
    })
    beforeEach(() => {
      vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
        const body = new URLSearchParams(String(init?.body))
        return Response.json({ success: body.get('response') === 'good-token' })
      })
    })
    afterEach(() => vi.restoreAllMocks())

    it('stores only when the token verifies, and shows the problem beside the widget', async () => {
      const send = (token: string) =>
        app.request(
          `${ORIGIN}${PATH}?lang=fr`,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN },
            body: new URLSearchParams(proposalForm({ 'cf-turnstile-response': token })).toString(),
          },
          turnstileEnv
        )
      const refused = await send('bad-token')
      expect(refused.status).toBe(422)
      expect((await one(await refused.text(), '#error-turnstile')).text).toMatch(
        /^Vérification de sécurité : /
      )
      expect(await rowCount('event_proposals')).toBe(0)
      expect((await send('good-token')).status).toBe(303)
      expect(await rowCount('event_proposals')).toBe(1)
    })
  })
})

/** A POST with an exact body and content type, as a same-origin browser would send it. */
function fetchRaw(path: string, contentType: string, body: string): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...SAME_ORIGIN },
    body,
    redirect: 'manual',
  })
}
