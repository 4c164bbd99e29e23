// The public webinar pages: list, registration form (plain HTML post), confirmation, cancellation.
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { toPublicWebinar, webinarEndsAt, webinarSlug } from '../../../shared/schemas/webinar'
import { getWebinar, listWebinars, type StoredWebinar } from '../db/webinars'
import type { AppEnv } from '../env'
import { cancelRegistration } from '../registrations/cancel'
import { cancelPath } from '../registrations/cancel-token'
import { clientKeyOf } from '../registrations/client-key'
import { CONSENT_TEXT_VERSION } from '../registrations/consent'
import { findRegistrationByCancelToken } from '../registrations/find'
import { REGISTRATION_BODY_LIMIT_BYTES, registerForWebinar } from '../registrations/register'
import { HONEYPOT_FIELD, turnstileSiteKey } from '../registrations/spam'
import { publicWebinarView } from '../registrations/webinar-view'
import { requestLocale } from '../request-locale'
import { addressOf, formBodyLimit, problemPage, readFormBody, sendPage } from './page-response'
import { webinarGoogleLink, webinarIcs, webinarIcsPath } from './webinars-calendar'
import { CancelledPage, CancelPage, ConfirmationPage } from './webinars-confirmation-page'
import {
  emptyFormValues,
  type FormNotice,
  formValuesFrom,
  type RegistrationFormValues,
  WebinarFormPage,
} from './webinars-form-page'
import { webinarTitle } from './webinars-format'
import { WebinarListPage, webinarPath } from './webinars-list-page'
import { isSameOriginPost } from './webinars-security'
import { chosenZone, zoneOptions } from './webinars-time-zones'

/**
 * The confirmation page of a registration, by its private token (never an email address).
 *
 * @example
 * registeredPath('dnssec-2026', token, 'es') // '/webinars/dnssec-2026/registered/q3J0…?lang=es'
 */
export function registeredPath(slug: string, token: string, locale: Locale): string {
  return `/webinars/${encodeURIComponent(slug)}/registered/${token}?lang=${locale}`
}

function problem(
  c: Context<AppEnv>,
  locale: Locale,
  which: 'notFound' | 'closed' | 'badToken' | 'rateLimited' | 'crossSite' | 'badForm',
  status: ContentfulStatusCode,
  params: Record<string, string> = {}
): Promise<Response> {
  const heading = t(locale, `webinarPage.problem.${which}.heading`)
  return problemPage(
    c,
    locale,
    { heading, text: t(locale, `webinarPage.problem.${which}.text`, params) },
    status
  )
}

async function publishedWebinar(c: Context<AppEnv>, slug: string): Promise<StoredWebinar | null> {
  return webinarSlug.safeParse(slug).success ? getWebinar(c.env.DB, slug) : null
}

function formPage(
  c: Context<AppEnv>,
  options: {
    locale: Locale
    stored: StoredWebinar
    values: RegistrationFormValues
    errors?: Record<string, string>
    notice?: FormNotice | null
    status?: ContentfulStatusCode
  }
): Promise<Response> {
  const { locale, stored } = options
  const siteKey = turnstileSiteKey(c.env)
  return sendPage(
    c,
    <WebinarFormPage
      locale={locale}
      webinar={publicWebinarView(stored, new Date())}
      values={options.values}
      errors={options.errors ?? {}}
      notice={options.notice ?? null}
      fixtures={{
        honeypotField: HONEYPOT_FIELD,
        consentVersion: CONSENT_TEXT_VERSION,
        turnstileSiteKey: siteKey,
      }}
      consentText={t(locale, 'registration.consent.text')}
      address={addressOf(c)}
      action={webinarPath(stored.webinar.slug, locale)}
    />,
    { status: options.status, noStore: true, turnstile: siteKey !== null }
  )
}

/** The webinar pages, mounted at the root: `app.route('/', webinarRoutes)`. */
export const webinarRoutes = new Hono<AppEnv>()

webinarRoutes.get('/webinars', async (c) => {
  const locale = requestLocale(c)
  const now = new Date()
  // Open and upcoming: everything published that has not ended yet.
  const webinars = (await listWebinars(c.env.DB))
    .filter((stored) => webinarEndsAt(stored.webinar) > now.getTime())
    .map((stored) => publicWebinarView(stored, now))
  return sendPage(
    c,
    <WebinarListPage locale={locale} webinars={webinars} address={addressOf(c)} />,
    {
      noStore: true,
    }
  )
})

// Before '/webinars/:slug', which would otherwise take 'dnssec-2026.ics' for a slug.
webinarRoutes.get('/webinars/:file{[a-z0-9-]+\\.ics}', async (c) => {
  const locale = requestLocale(c)
  const slug = c.req.param('file').replace(/\.ics$/, '')
  const stored = await publishedWebinar(c, slug)
  if (!stored) return problem(c, locale, 'notFound', 404)
  const { origin } = new URL(c.req.url)
  const body = webinarIcs(toPublicWebinar(stored.webinar), {
    locale,
    pageUrl: origin + webinarPath(slug, locale),
    updatedAt: stored.updatedAt,
  })
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${slug}.ics"`,
    'Cache-Control': 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Language',
  })
})

webinarRoutes.get('/webinars/:slug', async (c) => {
  const locale = requestLocale(c)
  const stored = await publishedWebinar(c, c.req.param('slug'))
  if (!stored) return problem(c, locale, 'notFound', 404)
  const view = publicWebinarView(stored, new Date())
  if (view.registration.state === 'closed')
    return problem(c, locale, 'closed', 410, { title: webinarTitle(view, locale).text })
  return formPage(c, { locale, stored, values: emptyFormValues(locale) })
})

webinarRoutes.post(
  '/webinars/:slug',
  formBodyLimit({
    maxSize: REGISTRATION_BODY_LIMIT_BYTES,
    message: (locale) => ({
      heading: t(locale, 'common.error'),
      text: t(locale, 'registration.tooLarge', { limit: REGISTRATION_BODY_LIMIT_BYTES / 1024 }),
    }),
  }),
  async (c) => {
    const locale = requestLocale(c)
    const slug = c.req.param('slug')
    if (!isSameOriginPost(c))
      return problem(c, locale, 'crossSite', 403, { origin: new URL(c.req.url).origin })
    const stored = await publishedWebinar(c, slug)
    if (!stored) return problem(c, locale, 'notFound', 404)

    const input = await readFormBody(c)
    if (!input) return problem(c, locale, 'badForm', 400)
    const values = formValuesFrom(input, locale)
    const result = await registerForWebinar(c.env, slug, input, {
      clientKey: clientKeyOf(c.req.raw.headers),
      locale,
    })
    if (result.ok) {
      c.header('Cache-Control', 'no-store')
      c.header('Referrer-Policy', 'no-referrer')
      return c.redirect(registeredPath(slug, result.cancelToken, locale), 303)
    }
    switch (result.kind) {
      case 'invalid':
        return formPage(c, { locale, stored, values, errors: result.errors, status: 422 })
      case 'duplicate':
        return formPage(c, { locale, stored, values, notice: { kind: 'duplicate' }, status: 409 })
      case 'not-found':
        return problem(c, locale, 'notFound', 404)
      case 'closed':
        if (result.window === 'not-yet-open')
          // The page says when registration opens instead of showing the form.
          return formPage(c, { locale, stored, values, status: 403 })
        return problem(c, locale, 'closed', 410, {
          title: webinarTitle(result.webinar, locale).text,
        })
      case 'rate-limited':
        c.header('Retry-After', String(result.retryAfterSeconds))
        return problem(c, locale, 'rateLimited', 429)
    }
  }
)

webinarRoutes.get('/webinars/:slug/registered/:token', async (c) => {
  const locale = requestLocale(c)
  const slug = c.req.param('slug')
  const token = c.req.param('token')
  const found = await findRegistrationByCancelToken(c.env, token)
  const stored = found?.webinarSlug === slug ? await publishedWebinar(c, slug) : null
  if (!found || !stored) return problem(c, locale, 'badToken', 404)
  const webinar = toPublicWebinar(stored.webinar)
  const start = Date.parse(webinar.start)
  const zones = zoneOptions(start, webinar.timeZone, locale)
  const zone = chosenZone(c.req.query('tz'), zones, webinar.timeZone)
  const { origin } = new URL(c.req.url)
  const pageUrl = origin + webinarPath(slug, locale)
  return sendPage(
    c,
    <ConfirmationPage
      locale={locale}
      webinar={webinar}
      status={found.status}
      zones={zones}
      zone={zone}
      links={{
        ics: webinarIcsPath(slug, locale),
        google: webinarGoogleLink(webinar, { locale, pageUrl, updatedAt: stored.updatedAt }),
        cancel: `${cancelPath(slug, token)}?lang=${locale}`,
      }}
      address={addressOf(c)}
    />,
    { token: true }
  )
})

webinarRoutes.get('/webinars/:slug/cancel/:token', async (c) => {
  const locale = requestLocale(c)
  const slug = c.req.param('slug')
  const token = c.req.param('token')
  const found = await findRegistrationByCancelToken(c.env, token)
  const stored = found?.webinarSlug === slug ? await publishedWebinar(c, slug) : null
  if (!found || !stored) return problem(c, locale, 'badToken', 404)
  if (found.status === 'cancelled')
    return sendPage(c, <CancelledPage locale={locale} address={addressOf(c)} />, { token: true })
  return sendPage(
    c,
    <CancelPage
      locale={locale}
      webinar={toPublicWebinar(stored.webinar)}
      status={found.status}
      action={`${cancelPath(slug, token)}?lang=${locale}`}
      keepHref={registeredPath(slug, token, locale)}
      address={addressOf(c)}
    />,
    { token: true }
  )
})

webinarRoutes.post('/webinars/:slug/cancel/:token', async (c) => {
  const locale = requestLocale(c)
  if (!isSameOriginPost(c))
    return problem(c, locale, 'crossSite', 403, { origin: new URL(c.req.url).origin })
  const result = await cancelRegistration(c.env, c.req.param('token'), { now: new Date() })
  if (!result.ok) return problem(c, locale, 'badToken', 404)
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  return c.redirect(
    `/webinars/${encodeURIComponent(result.registration.webinarSlug)}/cancelled?lang=${locale}`,
    303
  )
})

webinarRoutes.get('/webinars/:slug/cancelled', (c) => {
  const locale = requestLocale(c)
  return sendPage(c, <CancelledPage locale={locale} address={addressOf(c)} />, { noStore: true })
})
