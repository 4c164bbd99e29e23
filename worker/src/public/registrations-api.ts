// The registration JSON API: public webinar details and the JSON twin of the registration form.
import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { t } from '../../../shared/i18n/catalogue'
import { isLocale, type Locale } from '../../../shared/i18n/locales'
import { webinarSlug } from '../../../shared/schemas/webinar'
import { getWebinar, listWebinars } from '../db/webinars'
import type { AppEnv } from '../env'
import { ApiError, type ApiErrorBody } from '../errors'
import { cancelRegistration } from '../registrations/cancel'
import { cancelPath } from '../registrations/cancel-token'
import { clientKeyOf } from '../registrations/client-key'
import { CONSENT_TEXT_VERSION } from '../registrations/consent'
import { REGISTRATION_BODY_LIMIT_BYTES, registerForWebinar } from '../registrations/register'
import { turnstileSiteKey } from '../registrations/spam'
import { publicWebinarView } from '../registrations/webinar-view'
import { localeFromAcceptLanguage, requestLocale } from '../request-locale'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i
const LIST_CACHE_CONTROL = 'public, max-age=30'

/** The 422 answer to an invalid registration: the usual error body plus `errors` by field. */
export interface RegistrationErrorBody extends ApiErrorBody {
  errors: Record<string, string>
}

function notFound(): ApiError {
  return new ApiError(404, { code: 'webinar_not_found', messageKey: 'registration.notFound' })
}

const tooLarge = bodyLimit({
  maxSize: REGISTRATION_BODY_LIMIT_BYTES,
  onError: () => {
    throw new ApiError(413, {
      code: 'payload_too_large',
      messageKey: 'registration.tooLarge',
      params: { limit: REGISTRATION_BODY_LIMIT_BYTES / 1024 },
    })
  },
})

/**
 * The body as JSON: it must be declared JSON (else 415), be valid UTF-8 (a lenient decoder
 * would store U+FFFD in a name) and parse (else 422); nothing is stored in either case.
 */
async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? ''
  if (!JSON_MEDIA_TYPE.test(mediaType))
    throw new ApiError(415, { code: 'unsupported_media_type', messageKey: 'registration.notJson' })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      await c.req.arrayBuffer()
    )
  } catch {
    throw new ApiError(422, { code: 'invalid_encoding', messageKey: 'registration.badEncoding' })
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError(422, { code: 'invalid_json', messageKey: 'error.invalidJson' })
  }
}

// ?lang= first; then the language the person chose in the form; then the browser's.
function registrationLocale(c: Context<AppEnv>, body: unknown): Locale {
  const fromQuery = c.req.query('lang')
  if (isLocale(fromQuery)) return fromQuery
  const chosen = (body as { language?: unknown } | null)?.language
  if (isLocale(chosen)) return chosen
  return localeFromAcceptLanguage(c.req.header('Accept-Language')) ?? requestLocale(c)
}

const MOMENT_FORMAT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
}

function moment(instant: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { ...MOMENT_FORMAT, timeZone }).format(new Date(instant))
}

/**
 * Mount with `app.route('/api', registrationsApiApp)`.
 *
 * - GET /api/webinars and GET /api/webinars/:slug: public fields only (never the join link),
 *   with `registration: { state, seatsLeft, waitlisting }`; the single webinar also gives the
 *   consent text (in ?lang=) and its version, and the Turnstile site key when it is on.
 * - POST /api/webinars/:slug/registrations, a JSON form (see registrationFormSchema):
 *   201 `{ status, registration, cancelUrl, message }`; 422 `{ error, errors: { field: message } }`
 *   for invalid fields; 409 already registered (no detail about the registration); 404 unknown
 *   webinar; 422 `registration_closed` / `registration_not_open` outside the window (422, not
 *   410: a window that has not opened yet is not gone); 413 over 16 KB; 415 not JSON; 422
 *   broken UTF-8 or JSON; 429 with Retry-After over the rate limit.
 * - POST /api/registrations/cancel `{ token }`: 200 `{ status: 'cancelled', alreadyCancelled,
 *   message }`, or 404.
 *
 * @example
 * app.route('/api', registrationsApiApp)
 */
export const registrationsApiApp = new Hono<AppEnv>()

registrationsApiApp.get('/webinars', async (c) => {
  const now = new Date()
  const webinars = (await listWebinars(c.env.DB)).map((stored) => publicWebinarView(stored, now))
  return c.json({ webinars }, 200, { 'Cache-Control': LIST_CACHE_CONTROL })
})

registrationsApiApp.get('/webinars/:slug', async (c) => {
  const slug = c.req.param('slug')
  const stored = webinarSlug.safeParse(slug).success ? await getWebinar(c.env.DB, slug) : null
  if (!stored) throw notFound()
  const locale = requestLocale(c)
  return c.json(
    {
      ...publicWebinarView(stored, new Date()),
      consent: { version: CONSENT_TEXT_VERSION, text: t(locale, 'registration.consent.text') },
      turnstileSiteKey: turnstileSiteKey(c.env),
    },
    200,
    { 'Cache-Control': LIST_CACHE_CONTROL }
  )
})

registrationsApiApp.post('/webinars/:slug/registrations', tooLarge, async (c) => {
  const slug = c.req.param('slug')
  const body = await readJsonBody(c)
  if (!webinarSlug.safeParse(slug).success) throw notFound()
  const locale = registrationLocale(c, body)
  const result = await registerForWebinar(c.env, slug, body, {
    clientKey: clientKeyOf(c.req.raw.headers),
    locale,
  })
  c.header('Cache-Control', 'no-store')
  if (result.ok) {
    const { origin } = new URL(c.req.url)
    return c.json(
      {
        status: result.status,
        registration: result.registration,
        cancelUrl: origin + cancelPath(slug, result.cancelToken),
        message: t(locale, `registration.${result.status}`),
      },
      201
    )
  }
  switch (result.kind) {
    case 'invalid': {
      const body: RegistrationErrorBody = {
        error: {
          code: 'invalid_registration',
          message: t(locale, 'registration.invalid'),
          problems: Object.entries(result.errors).map(([field, message]) => ({ field, message })),
        },
        errors: result.errors,
      }
      return c.json(body, 422)
    }
    case 'duplicate':
      throw new ApiError(409, { code: 'already_registered', messageKey: 'registration.duplicate' })
    case 'not-found':
      throw notFound()
    case 'closed': {
      const { webinar } = result
      const shownIn = requestLocale(c)
      if (result.window === 'not-yet-open')
        throw new ApiError(422, {
          code: 'registration_not_open',
          messageKey: 'registration.notYetOpen',
          params: { opens: moment(webinar.registrationOpens, webinar.timeZone, shownIn) },
        })
      throw new ApiError(422, {
        code: 'registration_closed',
        messageKey: 'registration.closed',
        params: { closes: moment(webinar.registrationCloses, webinar.timeZone, shownIn) },
      })
    }
    case 'rate-limited':
      c.header('Retry-After', String(result.retryAfterSeconds))
      throw new ApiError(429, {
        code: 'too_many_requests',
        messageKey: 'registration.rateLimited',
        params: { minutes: Math.ceil(result.retryAfterSeconds / 60) },
      })
  }
})

registrationsApiApp.post('/registrations/cancel', tooLarge, async (c) => {
  const body = await readJsonBody(c)
  const token = (body as { token?: unknown } | null)?.token
  const result = await cancelRegistration(c.env, typeof token === 'string' ? token : '')
  if (!result.ok)
    throw new ApiError(404, {
      code: 'registration_not_found',
      messageKey: 'registration.cancel.notFound',
    })
  const locale = requestLocale(c)
  return c.json(
    {
      status: 'cancelled',
      alreadyCancelled: result.alreadyCancelled,
      message: t(
        locale,
        result.alreadyCancelled ? 'registration.cancel.already' : 'registration.cancel.done'
      ),
    },
    200,
    { 'Cache-Control': 'no-store' }
  )
})
