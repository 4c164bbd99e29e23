// What every member input service does with a post: the shared defences, then the form's store.
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locales'
import type { SchemaEntity } from '../../../shared/i18n/messages/schema'
import type { CountedInsertOutcome } from '../db/change-feed-table'
import type { RateWindow } from '../db/rate-limits'
import type { Bindings } from '../env'
import type { FormReading } from '../registrations/read-form'
import { rateLimitedScreening, screenPost } from '../registrations/screen-post'
import type { MemberInputOptions, MemberInputResult } from './result'

/** One member input form's own part: its rate-limit scope, how it is read and stored. */
export interface MemberInputService<Form> {
  /** The form's rate-limit scope (see `forms.ts`). */
  scope: string
  /** Whose labels Turnstile's problem uses. */
  entity: SchemaEntity
  /** Validates the post (see `readForm`); `now` for rules that depend on the date. */
  read: (input: unknown, locale: Locale, now: Date) => FormReading<Form>
  /**
   * Stores an accepted form in one transaction with its count in `rateWindow` (see
   * `countedInsert`); `locale` is the page's language, which the row records.
   */
  store: (
    db: D1Database,
    form: Form,
    context: { locale: Locale; now: Date; rateWindow: RateWindow | null }
  ) => Promise<CountedInsertOutcome>
}

/**
 * The service of a member input form. In order (see `screenPost`): a filled honeypot gets a
 * convincing `ok` and nothing is stored; Turnstile, when configured, must pass and the form
 * must be valid ('invalid', every problem localized); then one D1 transaction counts the post
 * against the client's limit ('rate-limited' beyond it) and stores the form's row with the
 * next change number.
 *
 * @example
 * export const suggestCandidate = memberInputService({ scope: SUGGESTION_SCOPE,
 *   entity: 'candidateSuggestion', read: …, store: (db, form, context) => insertSuggestion(…) })
 */
export function memberInputService<Form>(
  service: MemberInputService<Form>
): (env: Bindings, input: unknown, options: MemberInputOptions) => Promise<MemberInputResult> {
  return async function takeMemberInput(env, input, options) {
    const now = options.now ?? new Date()
    const locale = options.locale ?? DEFAULT_LOCALE
    const screening = await screenPost(env, input, {
      scope: service.scope,
      clientKey: options.clientKey,
      now,
      locale,
      entity: service.entity,
      read: (form, language) => service.read(form, language, now),
    })
    if (screening.kind === 'decoy') return { ok: true }
    if (screening.kind !== 'accepted') return { ok: false, ...screening }

    const { form, window } = screening
    const outcome = await service.store(env.DB, form, { locale, now, rateWindow: window })
    return outcome.kind === 'stored' ? { ok: true } : { ok: false, ...rateLimitedScreening(window) }
  }
}
