// The public webinar pages through the Worker: list, form, posts, confirmation, cancellation, .ics.
import { env, SELF } from 'cloudflare:test'
import ICAL from 'ical.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../shared/i18n/locales'
import { countryName } from '../../shared/reference/countries'
import type { WebinarInput } from '../../shared/schemas/webinar'
import { countRegistrations } from '../../worker/src/db/registrations'
import app from '../../worker/src/index'
import { WEBINARS_CSS } from '../../worker/src/public/webinars-styles'
import { CONSENT_TEXT_VERSION } from '../../worker/src/registrations/consent'
import { HONEYPOT_FIELD } from '../../worker/src/registrations/spam'
import { styleHashSource } from '../../worker/src/security-headers'
import {
  envWith,
  openWebinar,
  publish,
  registrationRowCount,
  resetRegistrationTables,
} from './registrations-fixtures'

const ORIGIN = 'https://lacralo.example'
const SLUG = 'dnssec-en-la-region'
const DAY = 86_400_000

interface Element {
  attributes: Record<string, string>
  text: string
}

/** The elements matching a CSS selector, with their attributes and text (HTMLRewriter). */
async function select(html: string, selector: string): Promise<Element[]> {
  const found: Element[] = []
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        found.push({ attributes: Object.fromEntries(element.attributes), text: '' })
      },
      text(chunk) {
        const last = found.at(-1)
        if (last) last.text += chunk.text
      },
    })
    .transform(new Response(html))
    .text()
  return found
}

async function one(html: string, selector: string): Promise<Element> {
  const [first, ...rest] = await select(html, selector)
  expect(first, `one element for ${selector}`).toBeDefined()
  expect(rest, `only one element for ${selector}`).toEqual([])
  return first as Element
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { headers, redirect: 'manual' })
}

const SAME_ORIGIN = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' }
let client = 0

/** A form post as a browser on this site sends it (a new client address each time). */
function post(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = SAME_ORIGIN
): Promise<Response> {
  client += 1
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'CF-Connecting-IP': `203.0.113.${client % 250}`,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

function form(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    name: 'María José Ñúñez',
    email: 'josé@correo.example',
    country: 'UY',
    affiliation: 'Universidad de la República',
    language: 'es',
    consent: 'on',
    consentVersion: CONSENT_TEXT_VERSION,
    [HONEYPOT_FIELD]: '',
    ...overrides,
  }
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

/** Registers through the form and answers the confirmation page's path. */
async function registerThroughForm(fields: Record<string, string>, lang = 'es'): Promise<string> {
  const res = await post(`/webinars/${SLUG}?lang=${lang}`, fields)
  expect(res.status).toBe(303)
  return res.headers.get('Location') ?? ''
}

const FULL_WEBINAR: WebinarInput = openWebinar({
  slug: 'ua-lleno',
  titles: { es: 'Aceptación universal', en: 'Universal Acceptance' },
  capacity: 1,
})

// A webinar titled in Spanish only, to see the fallback in other languages.
const SPANISH_ONLY: WebinarInput = openWebinar({
  slug: 'gobernanza',
  titles: { es: 'Gobernanza de Internet' },
  descriptions: { es: 'El modelo de múltiples partes interesadas.' },
  timeZone: 'America/Argentina/Buenos_Aires',
})

beforeEach(resetRegistrationTables)

describe('GET /webinars', () => {
  it.each(LOCALES)('lists the open webinars in %s, with dates in that language', async (locale) => {
    await publish(openWebinar({ capacity: 3 }))
    const res = await get(`/webinars?lang=${locale}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect((await one(html, 'html')).attributes.lang).toBe(locale)
    expect((await one(html, 'h1')).text).toBe(t(locale, 'webinarPage.list.heading'))
    const month = new Intl.DateTimeFormat(locale, {
      month: 'long',
      timeZone: 'America/Bogota',
    }).format(new Date(openWebinar().start))
    expect((await one(html, '.webinar .when time')).text).toContain(month)
    expect((await one(html, '.webinar .tag')).text).toBe(
      t(locale, 'webinarPage.seats.other', { count: 3 })
    )
    const register = await one(html, '.webinar a.button')
    expect(register.attributes.href).toBe(`/webinars/${SLUG}?lang=${locale}`)
    expect(register.text).toBe(t(locale, 'webinarPage.list.register'))
  })

  it('takes the language from Accept-Language when there is no ?lang=, and varies on it', async () => {
    await publish(openWebinar())
    const res = await get('/webinars', { 'Accept-Language': 'pt-BR,pt;q=0.9,en;q=0.5' })
    const html = await res.text()
    expect((await one(html, 'html')).attributes.lang).toBe('pt')
    expect((await one(html, 'h1')).text).toBe('Webinars de capacitação')
    expect(res.headers.get('Vary')).toContain('Accept-Language')
    const english = await (await get('/webinars')).text()
    expect((await one(english, 'html')).attributes.lang).toBe('en')
  })

  it('says "waiting list" for a full webinar and "1 seat left" in the singular', async () => {
    await publish(FULL_WEBINAR, openWebinar({ capacity: 2 }))
    await registerThroughForm(form({ email: 'primera@ejemplo.org' }))
    await post('/webinars/ua-lleno?lang=es', form({ email: 'llena@ejemplo.org' }))
    const html = await (await get('/webinars?lang=es')).text()
    const tags = (await select(html, '.webinar .tag')).map((tag) => tag.text)
    expect(tags.sort()).toEqual(['Completo: lista de espera abierta', 'Queda 1 lugar'])
    const buttons = await select(html, '.webinar a.button')
    expect(
      buttons.find((button) => button.attributes.href?.startsWith('/webinars/ua-lleno'))
    ).toEqual({
      attributes: expect.objectContaining({
        'aria-label': 'Anotarse en la lista de espera de Aceptación universal',
      }),
      text: 'Anotarse en la lista de espera',
    })
  })

  it('falls back to a language the title exists in and marks it with lang', async () => {
    await publish(SPANISH_ONLY)
    const html = await (await get('/webinars?lang=fr')).text()
    const title = await one(html, '.webinar h2 a span[lang]')
    expect(title).toEqual({ attributes: { lang: 'es' }, text: 'Gobernanza de Internet' })
    expect(html).toContain('(en espagnol)')
    expect((await one(html, '.webinar p[lang]')).attributes.lang).toBe('es')
  })

  it('leaves out webinars that have ended and says when none is open', async () => {
    const past = Date.now() - 30 * DAY
    await publish(
      openWebinar({
        slug: 'pasado',
        start: new Date(past).toISOString(),
        registrationOpens: new Date(past - 10 * DAY).toISOString(),
        registrationCloses: new Date(past - DAY).toISOString(),
      })
    )
    const html = await (await get('/webinars?lang=es')).text()
    expect(await select(html, '.webinar')).toEqual([])
    expect((await one(html, 'main .notice')).text).toBe(t('es', 'webinarPage.list.empty'))
  })

  it('offers every language with links that keep the page', async () => {
    await publish(openWebinar())
    const html = await (await get(`/webinars/${SLUG}?lang=es`)).text()
    const links = await select(html, 'nav .langs a')
    expect(links.map((link) => link.attributes.href)).toEqual(
      LOCALES.map((locale) => `/webinars/${SLUG}?lang=${locale}`)
    )
    expect(links.map((link) => link.text)).toEqual(['English', 'Español', 'Português', 'Français'])
    expect(links.find((link) => link.attributes['aria-current'] === 'page')?.text).toBe('Español')
  })
})

describe('GET /webinars/:slug (the form)', () => {
  it('has the fields a Universal Acceptance form needs, every one with a label', async () => {
    await publish(openWebinar())
    const res = await get(`/webinars/${SLUG}?lang=es`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const email = await one(html, 'input[name=email]')
    expect(email.attributes).toMatchObject({
      type: 'text',
      inputmode: 'email',
      autocomplete: 'email',
      id: 'field-email',
    })
    const name = await one(html, 'input[name=name]')
    expect(name.attributes.autocomplete).toBe('name')
    expect(name.attributes).not.toHaveProperty('pattern')
    expect(await select(html, '[pattern]')).toEqual([])
    for (const field of ['name', 'email', 'country', 'affiliation', 'language', 'consent'])
      expect((await select(html, `label[for=field-${field}]`)).length, field).toBe(1)
    expect((await one(html, 'input[name=consentVersion]')).attributes).toMatchObject({
      type: 'hidden',
      value: CONSENT_TEXT_VERSION,
    })
    expect((await one(html, 'label[for=field-consent]')).text).toBe(
      t('es', 'registration.consent.text')
    )
    expect((await one(html, 'select[name=language] option[selected]')).attributes.value).toBe('es')
    expect((await one(html, 'input[name=affiliation]')).attributes.list).toBe('als-names')
    expect((await select(html, 'datalist#als-names option')).length).toBeGreaterThan(3)
  })

  it('lists the region by the page language’s collation, then "Other"', async () => {
    await publish(openWebinar())
    for (const locale of ['es', 'fr'] as const) {
      const html = await (await get(`/webinars/${SLUG}?lang=${locale}`)).text()
      const options = (await select(html, 'select[name=country] option')).map((option) => ({
        value: option.attributes.value ?? '',
        text: option.text,
      }))
      expect(options[0]?.value).toBe('')
      expect(options.at(-1)?.value).toBe('other')
      const countries = options.slice(1, -1)
      const sorted = [...countries].sort((a, b) =>
        new Intl.Collator(locale).compare(a.text, b.text)
      )
      expect(countries).toEqual(sorted)
      expect(countries.find((option) => option.value === 'PE')?.text).toBe(
        countryName('PE', locale)
      )
      expect(countries.length).toBeGreaterThan(40)
    }
    const spanish = await (await get(`/webinars/${SLUG}?lang=es`)).text()
    const names = (await select(spanish, 'select[name=country] option')).map((o) => o.text)
    // "Perú" among the P's, not after "Venezuela" as code-point order would put it.
    expect(names.indexOf('Perú')).toBeLessThan(names.indexOf('Puerto Rico'))
  })

  it('hides the honeypot from people and screen readers', async () => {
    await publish(openWebinar())
    const html = await (await get(`/webinars/${SLUG}?lang=en`)).text()
    const trap = await one(html, '.trap')
    expect(trap.attributes['aria-hidden']).toBe('true')
    expect((await one(html, `.trap input[name=${HONEYPOT_FIELD}]`)).attributes).toMatchObject({
      tabindex: '-1',
      autocomplete: 'off',
    })
    expect(WEBINARS_CSS).toMatch(/\.trap\{position:absolute;left:-10000px/)
  })

  it('sends a strict CSP and no-store, and has no Turnstile unless it is configured', async () => {
    await publish(openWebinar())
    const res = await get(`/webinars/${SLUG}`)
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`style-src ${await styleHashSource(WEBINARS_CSS)}`)
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain("img-src 'self' data:")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('challenges.cloudflare.com')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    const html = await res.text()
    expect(await select(html, 'script')).toEqual([])
    expect(await select(html, '.cf-turnstile')).toEqual([])
  })

  it('shows the Turnstile widget and allows its origin when a site key is configured', async () => {
    await publish(openWebinar())
    const res = await app.request(
      `${ORIGIN}/webinars/${SLUG}?lang=fr`,
      {},
      envWith({ TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET: 'secret' })
    )
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain('script-src https://challenges.cloudflare.com')
    expect(csp).toContain('frame-src https://challenges.cloudflare.com')
    const html = await res.text()
    expect((await one(html, 'script')).attributes.src).toBe(
      'https://challenges.cloudflare.com/turnstile/v0/api.js'
    )
    expect((await one(html, '.cf-turnstile')).attributes).toMatchObject({
      'data-sitekey': '1x00000000000000000000AA',
      'data-language': 'fr',
    })
  })

  it('answers 404 for an unknown slug and 410 for a closed window, in the reader’s language', async () => {
    const past = Date.now() - DAY
    await publish(
      openWebinar({
        slug: 'cerrado',
        registrationOpens: new Date(past - 5 * DAY).toISOString(),
        registrationCloses: new Date(past).toISOString(),
      })
    )
    const unknown = await get('/webinars/no-existe?lang=es')
    expect(unknown.status).toBe(404)
    expect((await one(await unknown.text(), 'h1')).text).toBe('No encontramos el webinar')
    const closed = await get('/webinars/cerrado?lang=pt')
    expect(closed.status).toBe(410)
    expect((await one(await closed.text(), 'h1')).text).toBe('As inscrições estão encerradas')
  })

  it('says when registration opens instead of showing a form before the window', async () => {
    const opens = Date.now() + 2 * DAY
    await publish(
      openWebinar({
        registrationOpens: new Date(opens).toISOString(),
        registrationCloses: new Date(opens + 3 * DAY).toISOString(),
        start: new Date(opens + 4 * DAY).toISOString(),
      })
    )
    const html = await (await get(`/webinars/${SLUG}?lang=en`)).text()
    expect(await select(html, 'form')).toEqual([])
    expect((await one(html, 'main p.notice')).text).toMatch(/^Registration for this webinar opens /)
  })
})

describe('POST /webinars/:slug', () => {
  it('registers and redirects (303) to a private confirmation page', async () => {
    await publish(openWebinar())
    const location = await registerThroughForm(form())
    expect(location).toMatch(
      new RegExp(`^/webinars/${SLUG}/registered/[A-Za-z0-9_-]{43}\\?lang=es$`)
    )
    expect(location).not.toContain('correo')
    expect(await countRegistrations(env.DB, SLUG)).toMatchObject({ registered: 1, total: 1 })

    const res = await get(location)
    expect(res.status).toBe(200)
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect((await one(html, 'h1')).text).toBe('Su inscripción está confirmada')
    const times = await select(html, '.times time')
    expect(times).toHaveLength(2)
    expect(times[0]?.text).toMatch(/\(GMT−5\)$/)
    expect(times[1]?.text).toMatch(/\(UTC\)$/)
    expect((await one(html, 'select[name=tz] option[selected]')).attributes.value).toBe(
      'America/Bogota'
    )
    const links = (await select(html, 'main a')).map((link) => link.attributes.href ?? '')
    expect(links).toContain(`/webinars/${SLUG}.ics?lang=es`)
    expect(
      links.some((href) =>
        href.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE')
      )
    ).toBe(true)
    expect(links.some((href) => /\/cancel\/[A-Za-z0-9_-]{43}\?lang=es$/.test(href))).toBe(true)
    expect(html).not.toContain('zoom.us')
  })

  it('shows the times in the zone chosen with ?tz= (no JavaScript needed)', async () => {
    await publish(openWebinar())
    const location = await registerThroughForm(form())
    const html = await (await get(`${location}&tz=America/Sao_Paulo`)).text()
    expect((await one(html, 'select[name=tz] option[selected]')).attributes.value).toBe(
      'America/Sao_Paulo'
    )
    expect((await select(html, '.times time'))[0]?.text).toMatch(/\(GMT−3\)$/)
    const zoneForm = await one(html, 'form.zone-form')
    expect(zoneForm.attributes.method).toBe('get')
    // An unknown zone falls back to the webinar's own.
    const fallback = await (await get(`${location}&tz=Mars/Olympus`)).text()
    expect((await one(fallback, 'select[name=tz] option[selected]')).attributes.value).toBe(
      'America/Bogota'
    )
  })

  it('answers 422 with the Spanish error beside the email field and the values kept, escaped', async () => {
    await publish(openWebinar())
    const res = await post(
      `/webinars/${SLUG}?lang=es`,
      form({
        name: '<script>alert(1)</script>',
        email: 'josé.correo.example',
        affiliation: 'A & B "C"',
      })
    )
    expect(res.status).toBe(422)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect(await registrationRowCount()).toBe(0)
    const error = await one(html, '#error-email')
    expect(error.text).toBe(
      t('es', 'issue.sentence', {
        field: t('es', 'field.registration.email'),
        problem: t('es', 'email.no-at'),
      })
    )
    const email = await one(html, 'input[name=email]')
    expect(email.attributes.value).toBe('josé.correo.example')
    expect(email.attributes['aria-invalid']).toBe('true')
    expect(email.attributes['aria-describedby']?.split(' ')).toContain('error-email')
    // The error sits in the email field's own block, right after its hint.
    expect(html).toMatch(
      /<span class="error" id="error-email">[^<]*<\/span><input type="text" inputmode="email"/
    )
    expect((await one(html, '.error-summary a')).attributes.href).toBe('#field-email')
    // HTMLRewriter gives attribute values as written in the page, entities and all.
    expect((await one(html, 'input[name=name]')).attributes.value).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;'
    )
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(await select(html, 'script')).toEqual([])
    expect((await one(html, 'input[name=affiliation]')).attributes.value).toBe(
      'A &amp; B &quot;C&quot;'
    )
    expect((await one(html, 'select[name=country] option[selected]')).attributes.value).toBe('UY')
    expect(await select(html, 'input[name=name][aria-invalid]')).toEqual([])
  })

  it('asks for consent when the box is not ticked, and links the summary to it', async () => {
    await publish(openWebinar())
    const res = await post(`/webinars/${SLUG}?lang=fr`, form({ consent: undefined }))
    expect(res.status).toBe(422)
    const html = await res.text()
    expect((await one(html, '#error-consent')).text).toContain('cochez')
    expect((await one(html, 'input[name=consent]')).attributes['aria-invalid']).toBe('true')
    expect((await one(html, '.error-summary a')).attributes.href).toBe('#field-consent')
  })

  it('refuses a cross-site post, changes nothing and says why', async () => {
    await publish(openWebinar())
    const refusedHeaders: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
      {},
    ]
    for (const headers of refusedHeaders) {
      const res = await post(`/webinars/${SLUG}?lang=es`, form(), headers)
      expect(res.status, JSON.stringify(headers)).toBe(403)
      const html = await res.text()
      expect((await one(html, 'h1')).text).toBe('Formulario no aceptado')
      expect(html).toContain(`desde otro sitio web`)
    }
    expect(await registrationRowCount()).toBe(0)
  })

  it("answers a malformed form body with a 400 page in the reader's language, storing nothing", async () => {
    await publish(openWebinar())
    const res = await SELF.fetch(`${ORIGIN}/webinars/${SLUG}?lang=es`, {
      method: 'POST',
      headers: {
        'Content-Type': 'multipart/form-data; boundary=x',
        Origin: ORIGIN,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: '',
      redirect: 'manual',
    })
    expect(res.status).toBe(400)
    expect((await one(await res.text(), 'h1')).text).toBe('No pudimos leer el formulario')
    expect(await registrationRowCount()).toBe(0)
  })

  it('accepts a post whose Origin is "null" when Sec-Fetch-Site says same-origin', async () => {
    await publish(openWebinar())
    const res = await post(`/webinars/${SLUG}?lang=es`, form(), {
      Origin: 'null',
      'Sec-Fetch-Site': 'same-origin',
    })
    expect(res.status).toBe(303)
  })

  it('pretends success to a bot that fills the honeypot, and stores nothing', async () => {
    await publish(openWebinar())
    const res = await post(
      `/webinars/${SLUG}?lang=es`,
      form({ [HONEYPOT_FIELD]: 'https://spam.example' })
    )
    expect(res.status).toBe(303)
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers a second registration of the same address kindly, revealing nothing of the first', async () => {
    await publish(openWebinar())
    await registerThroughForm(form({ name: 'Primera Persona', email: 'JOSÉ@correo.example' }))
    const res = await post(`/webinars/${SLUG}?lang=es`, form({ name: 'Otra Persona' }))
    expect(res.status).toBe(409)
    const html = await res.text()
    expect((await one(html, '.notice h2')).text).toBe('Ya está en la lista')
    expect(html).not.toContain('Primera Persona')
    expect(html).not.toContain('JOSÉ')
    expect(await registrationRowCount()).toBe(1)
  })

  it('answers 410 outside the window and 404 for an unknown webinar, storing nothing', async () => {
    const past = Date.now() - DAY
    await publish(
      openWebinar({
        slug: 'cerrado',
        registrationOpens: new Date(past - 5 * DAY).toISOString(),
        registrationCloses: new Date(past).toISOString(),
      })
    )
    const closed = await post('/webinars/cerrado?lang=en', form())
    expect(closed.status).toBe(410)
    expect((await one(await closed.text(), 'h1')).text).toBe('Registration is closed')
    const unknown = await post('/webinars/no-existe?lang=en', form())
    expect(unknown.status).toBe(404)
    expect(await registrationRowCount()).toBe(0)
  })

  it('refuses an oversized post with a page that says so, storing nothing', async () => {
    await publish(openWebinar())
    const res = await post(`/webinars/${SLUG}?lang=es`, form({ affiliation: 'x'.repeat(20_000) }))
    expect(res.status).toBe(413)
    expect((await one(await res.text(), 'main p.lede')).text).toBe(
      t('es', 'registration.tooLarge', { limit: 16 })
    )
    expect(await registrationRowCount()).toBe(0)
  })

  it('answers 429 with Retry-After when one connection posts too often', async () => {
    await publish(openWebinar())
    const limited = envWith({ REGISTRATION_RATE_LIMIT: '1' })
    const send = (email: string) =>
      app.request(
        `${ORIGIN}/webinars/${SLUG}?lang=fr`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'CF-Connecting-IP': '198.51.100.9',
            ...SAME_ORIGIN,
          },
          body: new URLSearchParams(form({ email })).toString(),
        },
        limited
      )
    expect((await send('une@exemple.org')).status).toBe(303)
    const refused = await send('deux@exemple.org')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await one(await refused.text(), 'h1')).text).toBe('Veuillez patienter un instant')
    expect(await registrationRowCount()).toBe(1)
  })
})

describe('cancellation', () => {
  it('never cancels on GET; POST cancels and gives the seat to the waiting list', async () => {
    await publish(FULL_WEBINAR)
    const postTo = (fields: Record<string, string>) => post('/webinars/ua-lleno?lang=es', fields)
    const first = (await postTo(form({ email: 'ana@ejemplo.org' }))).headers.get('Location') ?? ''
    const second = (await postTo(form({ email: 'beto@ejemplo.org' }))).headers.get('Location') ?? ''
    const waiting = await (await get(second)).text()
    expect((await one(waiting, 'h1')).text).toBe('Está en la lista de espera')
    expect((await one(waiting, '.notice p')).text).toContain(
      'la primera persona de la lista de espera'
    )
    // Someone waiting has no seat to give up: they leave the list.
    expect((await select(waiting, 'main a')).map((link) => link.text)).toContain(
      'Salir de la lista de espera'
    )

    const cancelHref =
      (await select(await (await get(first)).text(), 'main a')).find((link) =>
        link.attributes.href?.includes('/cancel/')
      )?.attributes.href ?? ''
    const question = await get(cancelHref)
    expect(question.status).toBe(200)
    expect(question.headers.get('Referrer-Policy')).toBe('no-referrer')
    const questionHtml = await question.text()
    expect((await one(questionHtml, 'form')).attributes).toMatchObject({
      method: 'post',
      action: cancelHref,
    })
    expect(await countRegistrations(env.DB, 'ua-lleno')).toMatchObject({
      registered: 1,
      waitlisted: 1,
    })

    // The token page's own post arrives with Origin "null" (Referrer-Policy no-referrer).
    const done = await post(cancelHref, {}, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })
    expect(done.status).toBe(303)
    const cancelled = await get(done.headers.get('Location') ?? '')
    expect((await one(await cancelled.text(), 'h1')).text).toBe('Su inscripción está cancelada')
    expect(await countRegistrations(env.DB, 'ua-lleno')).toMatchObject({
      registered: 1,
      waitlisted: 0,
      cancelled: 1,
    })
    const promoted = await (await get(second)).text()
    expect((await one(promoted, 'h1')).text).toBe('Su inscripción está confirmada')
    const gone = await (await get(first)).text()
    expect((await one(gone, 'h1')).text).toBe('Esta inscripción está cancelada')
  })

  it('refuses a cross-site cancel and an unknown token', async () => {
    await publish(openWebinar())
    const location = await registerThroughForm(form())
    const token = /registered\/([^?]+)/.exec(location)?.[1] ?? ''
    const crossSite = await post(
      `/webinars/${SLUG}/cancel/${token}?lang=en`,
      {},
      {
        Origin: 'https://evil.example',
        'Sec-Fetch-Site': 'cross-site',
      }
    )
    expect(crossSite.status).toBe(403)
    expect(await countRegistrations(env.DB, SLUG)).toMatchObject({ registered: 1, cancelled: 0 })
    const unknown = await post(`/webinars/${SLUG}/cancel/${'x'.repeat(43)}?lang=en`, {})
    expect(unknown.status).toBe(404)
    expect((await get(`/webinars/${SLUG}/registered/${'x'.repeat(43)}`)).status).toBe(404)
    expect((await get(`/webinars/${SLUG}/registered/nope`)).status).toBe(404)
    // A token shown under another webinar's address is not found either.
    expect((await get(`/webinars/otro/registered/${token}`)).status).toBe(404)
  })
})

describe('GET /webinars/:slug.ics', () => {
  it('is a calendar file that ical.js reads, in the asked language, without the join link', async () => {
    const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 8 * DAY)
    await publish(openWebinar({ start: start.toISOString() }))
    const res = await get(`/webinars/${SLUG}.ics?lang=es`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const text = await res.text()
    expect(text).not.toContain('zoom.us')
    const calendar = new ICAL.Component(ICAL.parse(text))
    const [event] = calendar.getAllSubcomponents('vevent')
    expect(event).toBeDefined()
    const vevent = new ICAL.Event(event as ICAL.Component)
    expect(vevent.summary).toBe('DNSSEC en la región')
    expect(vevent.description).toBe('Cómo firmar una zona.')
    expect(vevent.startDate.toJSDate().toISOString()).toBe(start.toISOString())
    expect(vevent.endDate.toJSDate().getTime() - vevent.startDate.toJSDate().getTime()).toBe(
      90 * 60_000
    )
    expect(vevent.location).toBe('En línea')
    expect((event as ICAL.Component).getFirstPropertyValue('url')).toBe(
      `${ORIGIN}/webinars/${SLUG}?lang=es`
    )
  })

  it('is 404 for an unknown webinar', async () => {
    expect((await get('/webinars/no-existe.ics')).status).toBe(404)
  })
})

describe('every page', () => {
  it.each([
    ['en', 'Capacity-building webinars'],
    ['fr', 'Webinaires de renforcement des capacités'],
  ] as [Locale, string][])(
    'is a whole document in %s with a skip link and a main landmark',
    async (locale, heading) => {
      await publish(openWebinar())
      const html = await (await get(`/webinars?lang=${locale}`)).text()
      expect(html.startsWith('<!DOCTYPE html><html lang=')).toBe(true)
      expect((await one(html, 'a.skip')).attributes.href).toBe('#main')
      expect((await one(html, 'main')).attributes.id).toBe('main')
      expect((await one(html, 'h1')).text).toBe(heading)
    }
  )
})
