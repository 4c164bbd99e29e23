// Webinars for the browser tests, published to the test Worker through the signed admin route.
import { signedFetch } from '../../cli/src/admin-client'
import type { WebinarInput } from '../../shared/schemas/webinar'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// At 23:00 UTC (18:00 in Bogotá, 20:00 in São Paulo), `days` from now: an evening webinar
// across the region, so the pages and screenshots show times people would really choose.
function openFor(now: Date, slug: string, days: number, overrides: Partial<WebinarInput> = {}) {
  const day = new Date(now.getTime() + days * DAY).toISOString().slice(0, 10)
  const start = Date.parse(`${day}T23:00:00Z`)
  return {
    slug,
    titles: {},
    descriptions: {},
    start: new Date(start).toISOString(),
    timeZone: 'America/Bogota',
    durationMinutes: 90,
    capacity: 300,
    registrationOpens: new Date(now.getTime() - DAY).toISOString(),
    registrationCloses: new Date(start - HOUR).toISOString(),
    joinUrl: `https://icann.zoom.us/j/1234567890?pwd=${slug}`,
    ...overrides,
  } satisfies WebinarInput
}

/**
 * The webinars the browser tests register for, dated from `now`: each test posts to its
 * own webinar so that no rate limit or duplicate crosses tests.
 *
 * @example
 * await publishWebinars({ baseUrl, secret, webinars: browserWebinars(new Date()) })
 */
export function browserWebinars(now: Date): WebinarInput[] {
  return [
    openFor(now, 'aceptacion-universal', 9, {
      titles: {
        es: 'Aceptación Universal: correo electrónico en todos los idiomas',
        en: 'Universal Acceptance: email in every language',
        pt: 'Aceitação Universal: e-mail em todos os idiomas',
        fr: 'Acceptation universelle : le courrier électronique dans toutes les langues',
      },
      descriptions: {
        es: 'Por qué josé@correo.example y 用户@例子.广告 son direcciones válidas, y cómo lograr que sus sistemas las acepten.',
        en: 'Why josé@correo.example and 用户@例子.广告 are valid addresses, and how to make your systems accept them.',
      },
      timeZone: 'America/Mexico_City',
    }),
    openFor(now, 'dnssec-en-la-region', 16, {
      titles: {
        es: 'DNSSEC en América Latina y el Caribe',
        en: 'DNSSEC in Latin America and the Caribbean',
      },
      descriptions: { es: 'Cómo firmar una zona y validar respuestas, paso a paso.' },
      capacity: 2,
    }),
    openFor(now, 'modelo-multisectorial', 23, {
      titles: { es: 'El modelo de múltiples partes interesadas de la ICANN' },
      descriptions: { es: 'Quién decide qué en la ICANN, y cómo participar desde la región.' },
      timeZone: 'America/Argentina/Buenos_Aires',
    }),
    openFor(now, 'gobernanza-de-internet', 30, {
      titles: {
        pt: 'Governança da Internet: o que o usuário final tem a dizer',
        es: 'Gobernanza de Internet: qué tienen para decir los usuarios finales',
      },
      timeZone: 'America/Sao_Paulo',
    }),
    openFor(now, 'sin-javascript', 37, {
      titles: { es: 'Ciberseguridad para organizaciones de la sociedad civil' },
      timeZone: 'America/Lima',
    }),
  ]
}

/**
 * Publishes exactly `webinars` with a signed PUT /admin/webinars; throws with the Worker's
 * answer when it refuses them.
 *
 * @example
 * await publishWebinars({ baseUrl: inject('baseUrl'), secret: inject('adminSecret'), webinars })
 */
export async function publishWebinars(options: {
  baseUrl: string
  secret: string
  webinars: WebinarInput[]
}): Promise<void> {
  const response = await signedFetch({
    baseUrl: options.baseUrl,
    secret: options.secret,
    method: 'PUT',
    path: '/admin/webinars',
    body: { webinars: options.webinars },
  })
  if (!response.ok)
    throw new Error(`PUT /admin/webinars answered ${response.status}: ${await response.text()}`)
}
