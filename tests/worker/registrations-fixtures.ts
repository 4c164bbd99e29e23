// Shared set-up for the registration tests: empty tables, webinars around "now", valid forms.
import { env } from 'cloudflare:test'
import type { RegistrationFormInput } from '../../shared/schemas/registration'
import { type WebinarInput, webinarSchema } from '../../shared/schemas/webinar'
import { publishWebinars } from '../../worker/src/db/webinars'
import type { Bindings } from '../../worker/src/env'
import { CONSENT_TEXT_VERSION } from '../../worker/src/registrations/consent'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Deletes every registration, webinar and rate-limit counter. */
export async function resetRegistrationTables(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM registrations'),
    env.DB.prepare("DELETE FROM sqlite_sequence WHERE name = 'registrations'"),
    env.DB.prepare('DELETE FROM webinars'),
    env.DB.prepare('DELETE FROM registration_rate_limits'),
  ])
}

/**
 * A webinar whose registration window is open now (opened a day ago, closes in a week,
 * starts an hour after that), with `overrides` on top.
 */
export function openWebinar(overrides: Partial<WebinarInput> = {}): WebinarInput {
  const now = Date.now()
  return {
    slug: 'dnssec-en-la-region',
    titles: { es: 'DNSSEC en la región', en: 'DNSSEC in the region' },
    descriptions: { es: 'Cómo firmar una zona.', en: 'How to sign a zone.' },
    start: new Date(now + 7 * DAY + HOUR).toISOString(),
    timeZone: 'America/Bogota',
    durationMinutes: 90,
    capacity: 50,
    registrationOpens: new Date(now - DAY).toISOString(),
    registrationCloses: new Date(now + 7 * DAY).toISOString(),
    joinUrl: 'https://icann.zoom.us/j/99999999999?pwd=secret-join-link',
    ...overrides,
  }
}

/** Publishes exactly these webinars (straight through the query, no HTTP). */
export async function publish(...webinars: WebinarInput[]): Promise<void> {
  await publishWebinars(
    env.DB,
    webinars.map((webinar) => webinarSchema.parse(webinar)),
    new Date()
  )
}

/** A valid registration form; `overrides` replace fields (undefined removes one). */
export function validForm(
  overrides: Partial<Record<keyof RegistrationFormInput | string, unknown>> = {}
): Record<string, unknown> {
  const form: Record<string, unknown> = {
    name: 'María José Ñúñez',
    email: 'maria.jose@ejemplo.org',
    country: 'UY',
    affiliation: 'Universidad de la República',
    language: 'es',
    consent: true,
    consentVersion: CONSENT_TEXT_VERSION,
    ...overrides,
  }
  for (const [key, value] of Object.entries(form)) if (value === undefined) delete form[key]
  return form
}

/** The test environment with some variables changed (for app.request). */
export function envWith(vars: Partial<Bindings>): Bindings {
  return { ...env, ...vars }
}

/** How many registration rows exist, whatever their status. */
export async function registrationRowCount(): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS count FROM registrations').first<{
    count: number
  }>()
  return row?.count ?? 0
}

export interface StoredRow {
  arrival: number
  id: string
  webinar_slug: string
  name: string | null
  email: string | null
  email_key: string | null
  status: string
  change_seq: number
  cancel_token_hash: string | null
  consent_version: string
  erased_at: string | null
}

/** Every registration row, in arrival order. */
export async function storedRows(): Promise<StoredRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM registrations ORDER BY arrival'
  ).all<StoredRow>()
  return results
}
