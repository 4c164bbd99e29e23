// What the member input services answer, and what they need to know about the post.
import type { Locale } from '../../../shared/i18n/locales'
import type { FieldErrors } from '../registrations/read-form'

/** What a member input post comes to (a bot caught by the honeypot hears `ok` too). */
export type MemberInputResult =
  | { ok: true }
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'rate-limited'; retryAfterSeconds: number }

export interface MemberInputOptions {
  /** The moment of the post; the clock by default. */
  now?: Date
  /** Who is posting (see `clientKeyOf`), for the rate limit and Turnstile. */
  clientKey: string
  /** The page's language: problems are in it, and the row records it. */
  locale?: Locale
}
