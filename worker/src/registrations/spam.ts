// Keeping bots out of the registration form: a honeypot field and, when configured, Turnstile.
import type { Bindings } from '../env'

/**
 * The honeypot: a text field the form hides from people (off-screen, aria-hidden,
 * tabindex=-1, autocomplete=off) that form-filling bots fill in. Named like a real field.
 */
export const HONEYPOT_FIELD = 'website'

/** The field the Turnstile widget adds to the form, holding its one-time token. */
export const TURNSTILE_RESPONSE_FIELD = 'cf-turnstile-response'

/** Cloudflare's server-side verification endpoint (TURNSTILE_VERIFY_URL overrides it). */
export const DEFAULT_TURNSTILE_VERIFY_URL =
  'https://challenges.cloudflare.com/turnstile/v0/siteverify'

const VERIFY_TIMEOUT_MS = 5000

/**
 * True when the honeypot holds anything but blanks. The caller then answers as if the
 * registration succeeded, stores nothing, and the bot learns nothing to adapt to.
 *
 * @example
 * isHoneypotFilled({ name: 'Ana', website: 'http://spam.example' }) // true
 */
export function isHoneypotFilled(input: unknown): boolean {
  if (input === null || typeof input !== 'object') return false
  const value = (input as Record<string, unknown>)[HONEYPOT_FIELD]
  if (value === undefined || value === null) return false
  return typeof value !== 'string' || value.trim() !== ''
}

/**
 * The site key for the form's Turnstile widget, or null when Turnstile is off (it is on only
 * when both TURNSTILE_SITE_KEY and TURNSTILE_SECRET are set).
 *
 * @example
 * const siteKey = turnstileSiteKey(c.env) // render the widget only when not null
 */
export function turnstileSiteKey(
  env: Pick<Bindings, 'TURNSTILE_SITE_KEY' | 'TURNSTILE_SECRET'>
): string | null {
  const siteKey = env.TURNSTILE_SITE_KEY?.trim()
  return siteKey && env.TURNSTILE_SECRET?.trim() ? siteKey : null
}

/** 'off': Turnstile is not configured; 'unavailable': the verify URL could not answer. */
export type TurnstileVerdict = 'off' | 'passed' | 'failed' | 'unavailable'

/**
 * Checks the form's Turnstile token with the verify URL (server side, with the secret). A
 * missing token fails without a call; a network error, timeout or non-JSON answer is
 * 'unavailable' and, like 'failed', lets nothing through.
 *
 * @example
 * const verdict = await verifyTurnstile(env, { token: input['cf-turnstile-response'], remoteIp })
 */
export async function verifyTurnstile(
  env: Pick<Bindings, 'TURNSTILE_SITE_KEY' | 'TURNSTILE_SECRET' | 'TURNSTILE_VERIFY_URL'>,
  request: { token: unknown; remoteIp?: string }
): Promise<TurnstileVerdict> {
  if (turnstileSiteKey(env) === null) return 'off'
  const { token } = request
  if (typeof token !== 'string' || token.trim() === '' || token.length > 2048) return 'failed'
  const body = new URLSearchParams({ secret: env.TURNSTILE_SECRET?.trim() ?? '', response: token })
  if (request.remoteIp && request.remoteIp !== 'unknown') body.set('remoteip', request.remoteIp)
  try {
    const res = await fetch(env.TURNSTILE_VERIFY_URL?.trim() || DEFAULT_TURNSTILE_VERIFY_URL, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS),
    })
    if (!res.ok) return 'unavailable'
    const outcome = (await res.json()) as { success?: unknown }
    return outcome?.success === true ? 'passed' : 'failed'
  } catch {
    return 'unavailable'
  }
}
