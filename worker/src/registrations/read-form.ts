// Reads a posted registration form: the shared schema, plus the checks only the Worker makes.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { findFieldLabel } from '../../../shared/i18n/messages/schema'
import { describeIssues } from '../../../shared/schemas/describe-issue'
import { type RegistrationForm, registrationFormSchema } from '../../../shared/schemas/registration'
import { CONSENT_TEXT_VERSION } from './consent'

/** Field name -> one sentence saying what is wrong with it, in the reader's language. */
export type FieldErrors = Record<string, string>

export type FormReading = { ok: true; form: RegistrationForm } | { ok: false; errors: FieldErrors }

// C0 and C1 controls, DEL, and lone surrogates (JSON can carry "\ud800"). Format characters
// such as the zero-width joiners some scripts need are not controls and are kept.
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cs}]/u
const FREE_TEXT_FIELDS = ['name', 'affiliation'] as const

/**
 * A field's problem as a sentence, the way the schema surface words them ("Full name: ...").
 *
 * @example
 * fieldProblem('turnstile', 'registration.problem.turnstileFailed', 'es')
 */
export function fieldProblem(
  field: string,
  problemKey: Parameters<typeof t>[1],
  locale: Locale
): string {
  const label =
    findFieldLabel('registration', field, locale) ??
    (field === 'turnstile'
      ? t(locale, 'registration.field.turnstile')
      : t(locale, 'registration.field.form'))
  return t(locale, 'issue.sentence', { field: label, problem: t(locale, problemKey) })
}

function isPlainObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object' && !Array.isArray(input)
}

/**
 * Validates a registration form with `registrationFormSchema`, then refuses what the schema
 * lets through but a registration must not hold: control characters in free text, and a
 * consent given to an older consent text. Every problem comes back at once, one per field.
 *
 * @example
 * const reading = readRegistrationForm(body, 'es')
 * if (!reading.ok) reading.errors // { email: 'Correo electrónico: ...' }
 */
export function readRegistrationForm(input: unknown, locale: Locale): FormReading {
  if (!isPlainObject(input))
    return {
      ok: false,
      errors: { form: fieldProblem('form', 'registration.problem.notObject', locale) },
    }

  const errors: FieldErrors = {}
  const parsed = registrationFormSchema.safeParse(input)
  if (!parsed.success) {
    for (const problem of describeIssues(parsed.error, locale, { entity: 'registration', input })) {
      const field = problem.path.split('.')[0] || 'form'
      errors[field] ??= problem.message
    }
  }
  for (const field of FREE_TEXT_FIELDS) {
    const value = input[field]
    if (!errors[field] && typeof value === 'string' && CONTROL_CHARACTERS.test(value.trim()))
      errors[field] = fieldProblem(field, 'registration.problem.controlCharacters', locale)
  }
  if (parsed.success && parsed.data.consentVersion !== CONSENT_TEXT_VERSION)
    errors.consent ??= fieldProblem('consent', 'registration.problem.consentOutdated', locale)

  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, form: parsed.data }
}
