// The suggestion service: one "suggest a candidate" post in, a stored suggestion or a refusal out.
import { insertSuggestion } from '../db/suggestions'
import { readForm } from '../registrations/read-form'
import { SUGGESTION_FORM, SUGGESTION_SCOPE } from './forms'
import { memberInputService } from './service'

/**
 * Takes a candidate suggestion from the public form, with the defences of every member input
 * form (see `memberInputService`): honeypot, Turnstile, validation, then the rate-limited insert.
 *
 * @example
 * const result = await suggestCandidate(c.env, body, { clientKey, locale: 'fr' })
 * if (!result.ok && result.kind === 'invalid') showErrors(result.errors)
 */
export const suggestCandidate = memberInputService({
  scope: SUGGESTION_SCOPE,
  entity: 'candidateSuggestion',
  read: (input, locale) => readForm(SUGGESTION_FORM, input, locale),
  store: (db, form, { locale, ...options }) =>
    insertSuggestion(
      db,
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
      options
    ),
})
