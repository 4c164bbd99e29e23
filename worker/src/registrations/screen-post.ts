// The checks every public form post goes through before anything is stored: honeypot,
// Turnstile, validation and the per-client rate limit.
import type { Locale } from '../../../shared/i18n/locales'
import type { SchemaEntity } from '../../../shared/i18n/messages/schema'
import type { RateWindow } from '../db/rate-limits'
import type { Bindings } from '../env'
import { countRefusedPost, rateWindow, retryAfterSeconds } from './rate-limit'
import { type FieldErrors, type FormReading, fieldProblem } from './read-form'
import { isHoneypotFilled, TURNSTILE_RESPONSE_FIELD, verifyTurnstile } from './spam'

export type Screening<Form> =
  /** A bot filled the honeypot: answer as if it worked, store nothing. */
  | { kind: 'decoy' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /**
   * The post may be stored: store it in one transaction with its count in `window` (see
   * `countedInsert`), and answer 'rate-limited' if that insert says it went over.
   */
  | { kind: 'accepted'; form: Form; window: RateWindow | null }

export interface ScreenOptions<Form> {
  /** What the posts are for, for the rate limit (see `rateWindow`). */
  scope: string
  /** Who is posting (see `clientKeyOf`), for the rate limit and Turnstile's remote IP. */
  clientKey: string
  now: Date
  locale: Locale
  /** Whose labels Turnstile's problem uses. */
  entity: SchemaEntity
  /** Validates the form (see `readForm`). */
  read: (input: unknown, locale: Locale) => FormReading<Form>
}

/**
 * Screens one post, in order: a filled honeypot gets 'decoy' (after counting the post); the
 * form is read and Turnstile, when configured, checked, and any problem gives 'invalid' with
 * every field problem at once; either refusal counts against the client's limit, and a client
 * over it hears 'rate-limited' whatever it sent. What passes is 'accepted', not yet counted.
 *
 * @example
 * const screening = await screenPost(env, body, { scope: 'form:propose-event', clientKey,
 *   now, locale, entity: 'eventProposal', read: (input, locale) => readForm(PROPOSAL_FORM, input, locale) })
 * if (screening.kind === 'accepted') await insertProposal(env.DB, screening.form, screening.window)
 */
export async function screenPost<Form>(
  env: Bindings,
  input: unknown,
  options: ScreenOptions<Form>
): Promise<Screening<Form>> {
  const { locale, now } = options
  const window = await rateWindow(env, { scope: options.scope, clientKey: options.clientKey, now })
  const refused = async (answer: Screening<Form>): Promise<Screening<Form>> =>
    (await countRefusedPost(env, window)) ? answer : rateLimitedScreening(window)

  if (isHoneypotFilled(input)) return refused({ kind: 'decoy' })

  const reading = options.read(input, locale)
  const token =
    input !== null && typeof input === 'object'
      ? (input as Record<string, unknown>)[TURNSTILE_RESPONSE_FIELD]
      : undefined
  const turnstile = await verifyTurnstile(env, { token, remoteIp: options.clientKey })
  const errors: FieldErrors = reading.ok ? {} : { ...reading.errors }
  if (turnstile === 'failed' || turnstile === 'unavailable')
    errors.turnstile = fieldProblem(
      'turnstile',
      turnstile === 'failed'
        ? 'registration.problem.turnstileFailed'
        : 'registration.problem.turnstileUnavailable',
      locale,
      options.entity
    )
  if (!reading.ok || Object.keys(errors).length > 0) return refused({ kind: 'invalid', errors })
  return { kind: 'accepted', form: reading.form, window }
}

/**
 * The 'rate-limited' answer for a client over the limit of `window`.
 *
 * @example
 * if (outcome.kind === 'rate-limited') return rateLimitedScreening(screening.window)
 */
export function rateLimitedScreening(window: RateWindow | null): {
  kind: 'rate-limited'
  retryAfterSeconds: number
} {
  return { kind: 'rate-limited', retryAfterSeconds: window ? retryAfterSeconds(window) : 1 }
}
