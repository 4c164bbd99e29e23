// The registration service: one submission in, a seat, a waiting-list place or a clear refusal out.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/i18n/locales'
import type { RegistrationStatus } from '../../../shared/schemas/registration'
import { type PublicWebinar, toPublicWebinar } from '../../../shared/schemas/webinar'
import { insertRegistration } from '../db/registrations'
import { getWebinar } from '../db/webinars'
import type { Bindings } from '../env'
import { hashCancelToken, newCancelToken } from './cancel-token'
import { type FieldErrors, readRegistrationForm } from './read-form'
import { rateLimitedScreening, screenPost } from './screen-post'
import { registrationState } from './webinar-view'

/** The largest registration body either endpoint accepts; a real form is well under 2 KB. */
export const REGISTRATION_BODY_LIMIT_BYTES = 16 * 1024

/** What the registrant may see of their own registration (never another person's). */
export interface PublicRegistration {
  id: string
  webinarSlug: string
  name: string
  language: Locale
  status: Exclude<RegistrationStatus, 'cancelled'>
  createdAt: string
}

export type RegisterResult =
  | {
      ok: true
      status: 'registered' | 'waitlisted'
      registration: PublicRegistration
      /** The private token for `cancelPath()`; shown once, only its hash is stored. */
      cancelToken: string
      webinar: PublicWebinar
    }
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  /** The same email (by comparison key) already holds a seat or a waiting-list place. */
  | { ok: false; kind: 'duplicate' }
  | { ok: false; kind: 'not-found' }
  | {
      ok: false
      kind: 'closed'
      /** Whether the window has not opened yet or has already closed. */
      window: 'not-yet-open' | 'closed'
      webinar: PublicWebinar
    }
  | { ok: false; kind: 'rate-limited'; retryAfterSeconds: number }

export interface RegisterOptions {
  /** The moment of the submission; the clock by default. */
  now?: Date
  /** Who is posting, for the rate limit (see `clientKeyOf`), and Turnstile's remote IP. */
  clientKey: string
  /** The language of field problems. */
  locale?: Locale
}

// What a bot that filled the honeypot gets: an answer shaped like a real success (echoing what
// it sent), so it has no reason to change tactics. Nothing of it is stored.
function decoy(slug: string, input: unknown, now: Date, webinar: PublicWebinar): RegisterResult {
  const fields = (input ?? {}) as Record<string, unknown>
  return {
    ok: true,
    status: 'registered',
    registration: {
      id: crypto.randomUUID(),
      webinarSlug: slug,
      name: typeof fields.name === 'string' ? fields.name.normalize('NFC').trim() : '',
      language: isLocale(fields.language) ? fields.language : DEFAULT_LOCALE,
      status: 'registered',
      createdAt: now.toISOString(),
    },
    cancelToken: newCancelToken(),
    webinar,
  }
}

/**
 * Registers a person for a webinar. In order: the webinar must exist and be published
 * (else 'not-found') and its window open ('closed'); a filled honeypot gets a convincing
 * success and nothing is stored; Turnstile, when configured, must pass and the form must be
 * valid ('invalid', with every field problem localized); then one D1 transaction counts the
 * post against the client's rate limit ('rate-limited' beyond it) and stores the
 * registration, its status decided in the same SQL statement ('registered' or 'waitlisted';
 * 'duplicate' when the email is already registered). Refused posts count against the limit
 * too, and a client over it hears 'rate-limited' whatever it sent.
 *
 * @example
 * const result = await registerForWebinar(c.env, 'dnssec-2026', body, {
 *   clientKey: clientKeyOf(c.req.raw.headers),
 *   locale: 'es',
 * })
 * if (result.ok) c.redirect(cancelPath(result.registration.webinarSlug, result.cancelToken))
 */
export async function registerForWebinar(
  env: Bindings,
  slug: string,
  formInput: unknown,
  options: RegisterOptions
): Promise<RegisterResult> {
  const now = options.now ?? new Date()
  const locale = options.locale ?? DEFAULT_LOCALE
  const stored = await getWebinar(env.DB, slug)
  if (!stored) return { ok: false, kind: 'not-found' }
  const webinar = toPublicWebinar(stored.webinar)
  const state = registrationState(webinar, now)
  if (state !== 'open') return { ok: false, kind: 'closed', window: state, webinar }

  const screening = await screenPost(env, formInput, {
    scope: slug,
    clientKey: options.clientKey,
    now,
    locale,
    entity: 'registration',
    read: readRegistrationForm,
  })
  switch (screening.kind) {
    case 'decoy':
      return decoy(slug, formInput, now, webinar)
    case 'invalid':
      return { ok: false, kind: 'invalid', errors: screening.errors }
    case 'rate-limited':
      return { ok: false, ...screening }
  }

  const { form, window } = screening
  const cancelToken = newCancelToken()
  const id = crypto.randomUUID()
  const outcome = await insertRegistration(
    env.DB,
    {
      id,
      webinarSlug: slug,
      name: form.name,
      email: form.email.address,
      emailKey: form.email.key,
      country: form.country,
      affiliation: form.affiliation,
      language: form.language,
      consentVersion: form.consentVersion,
      cancelTokenHash: await hashCancelToken(cancelToken),
    },
    { now, rateWindow: window }
  )
  switch (outcome.kind) {
    case 'duplicate':
      return { ok: false, kind: 'duplicate' }
    case 'rate-limited':
      return { ok: false, ...rateLimitedScreening(window) }
    case 'unavailable': {
      // Archived, or its window changed, between the read above and the insert.
      const current = await getWebinar(env.DB, slug)
      if (!current) return { ok: false, kind: 'not-found' }
      const latest = registrationState(current.webinar, now)
      return {
        ok: false,
        kind: 'closed',
        window: latest === 'not-yet-open' ? 'not-yet-open' : 'closed',
        webinar: toPublicWebinar(current.webinar),
      }
    }
    case 'stored':
      return {
        ok: true,
        status: outcome.status,
        registration: {
          id,
          webinarSlug: slug,
          name: form.name,
          language: form.language,
          status: outcome.status,
          createdAt: now.toISOString(),
        },
        cancelToken,
        webinar,
      }
  }
}
