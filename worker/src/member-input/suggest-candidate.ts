// The suggestion service: one "suggest a candidate" post in, a stored suggestion or a refusal out.
import { DEFAULT_LOCALE } from '../../../shared/i18n/locales'
import { insertSuggestion } from '../db/suggestions'
import type { Bindings } from '../env'
import { readForm } from '../registrations/read-form'
import { rateLimitedScreening, screenPost } from '../registrations/screen-post'
import { SUGGESTION_FORM, SUGGESTION_SCOPE } from './forms'
import type { MemberInputOptions, MemberInputResult } from './result'

/**
 * Takes a candidate suggestion from the public form, with the same defences as a proposal
 * (see `proposeEvent`): honeypot, Turnstile, validation, then the rate-limited insert.
 *
 * @example
 * const result = await suggestCandidate(c.env, body, { clientKey, locale: 'fr' })
 * if (!result.ok && result.kind === 'invalid') showErrors(result.errors)
 */
export async function suggestCandidate(
  env: Bindings,
  input: unknown,
  options: MemberInputOptions
): Promise<MemberInputResult> {
  const now = options.now ?? new Date()
  const locale = options.locale ?? DEFAULT_LOCALE
  const screening = await screenPost(env, input, {
    scope: SUGGESTION_SCOPE,
    clientKey: options.clientKey,
    now,
    locale,
    entity: 'candidateSuggestion',
    read: (form, language) => readForm(SUGGESTION_FORM, form, language),
  })
  if (screening.kind === 'decoy') return { ok: true }
  if (screening.kind !== 'accepted') return { ok: false, ...screening }

  const { form, window } = screening
  const outcome = await insertSuggestion(
    env.DB,
    {
      id: crypto.randomUUID(),
      kind: form.kind,
      candidateName: form.candidateName,
      organization: form.organization,
      country: form.country,
      contactEmail: form.contactEmail?.address ?? null,
      contactEmailKey: form.contactEmail?.key ?? null,
      contactOther: form.contactOther,
      programme: form.programme,
      why: form.why,
      contactBasis: form.contactBasis,
      suggesterName: form.suggesterName,
      suggesterEmail: form.suggesterEmail.address,
      suggesterEmailKey: form.suggesterEmail.key,
      language: locale,
      consentVersion: form.consentVersion,
    },
    { now, rateWindow: window }
  )
  return outcome.kind === 'stored' ? { ok: true } : { ok: false, ...rateLimitedScreening(window) }
}
