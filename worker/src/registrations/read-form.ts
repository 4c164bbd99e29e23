// Reads a posted public form: its shared schema, plus the checks only the Worker makes.
import * as z from 'zod/mini'
import { type MessageKey, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { findFieldLabel, type SchemaEntity } from '../../../shared/i18n/messages/schema'
import { describeIssues } from '../../../shared/schemas/describe-issue'
import { type RegistrationForm, registrationFormSchema } from '../../../shared/schemas/registration'
import { CONSENT_TEXT_VERSION } from './consent'

/** Field name -> one sentence saying what is wrong with it, in the reader's language. */
export type FieldErrors = Record<string, string>

export type FormReading<Form = RegistrationForm> =
  | { ok: true; form: Form }
  | { ok: false; errors: FieldErrors }

// C0 and C1 controls, DEL, and lone surrogates (JSON can carry "\ud800"). Format characters
// such as the zero-width joiners some scripts need are not controls and are kept.
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cs}]/u
// What a textarea sends between lines (CR LF), or a person types (tab): controls to keep.
const LINE_BREAKS = /\r\n|[\r\n\t]/g

/**
 * A field's problem as a sentence, the way the schema surface words them ("Full name: ..."),
 * with the field's label from `entity` ('registration' unless given).
 *
 * @example
 * fieldProblem('turnstile', 'registration.problem.turnstileFailed', 'es')
 */
export function fieldProblem(
  field: string,
  problemKey: MessageKey,
  locale: Locale,
  entity: SchemaEntity = 'registration'
): string {
  const label =
    findFieldLabel(entity, field, locale) ??
    (field === 'turnstile'
      ? t(locale, 'registration.field.turnstile')
      : t(locale, 'registration.field.form'))
  return t(locale, 'issue.sentence', { field: label, problem: t(locale, problemKey) })
}

function isPlainObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object' && !Array.isArray(input)
}

/** What a form is, for `readForm`. */
export interface FormDefinition<Schema extends z.core.$ZodType> {
  schema: Schema
  /** Whose field labels the problems use. */
  entity: SchemaEntity
  /** Fields of free text, where control characters are refused. */
  freeTextFields: readonly string[]
  /** Those of them that may hold several lines: line breaks and tabs are kept there. */
  multiLineFields?: readonly string[]
  /** The consent text's current version: a consent given to another one is refused. */
  consentVersion: string
  /** The problem when the input is not an object at all (JSON clients only). */
  notObject: MessageKey
}

/**
 * Validates a form with its shared schema, then refuses what the schema lets through but a
 * stored record must not hold: control characters in free text, and a consent given to an
 * older consent text. Every problem comes back at once, one per field.
 *
 * @example
 * const reading = readForm(proposalForm, body, 'pt')
 * if (!reading.ok) reading.errors // { startDate: 'Data de início: ...' }
 */
export function readForm<Schema extends z.core.$ZodType>(
  definition: FormDefinition<Schema>,
  input: unknown,
  locale: Locale
): FormReading<z.core.output<Schema>> {
  const { entity } = definition
  if (!isPlainObject(input))
    return { ok: false, errors: { form: fieldProblem('form', definition.notObject, locale) } }

  const errors: FieldErrors = {}
  const parsed = z.safeParse(definition.schema, input)
  if (!parsed.success) {
    for (const problem of describeIssues(parsed.error, locale, { entity, input })) {
      const field = problem.path.split('.')[0] || 'form'
      errors[field] ??= problem.message
    }
  }
  for (const field of definition.freeTextFields) {
    const value = input[field]
    if (errors[field] || typeof value !== 'string') continue
    const text = definition.multiLineFields?.includes(field)
      ? value.replace(LINE_BREAKS, ' ')
      : value
    if (CONTROL_CHARACTERS.test(text.trim()))
      errors[field] = fieldProblem(field, 'registration.problem.controlCharacters', locale, entity)
  }
  const agreedTo = parsed.success
    ? (parsed.data as { consentVersion?: unknown }).consentVersion
    : undefined
  if (parsed.success && agreedTo !== definition.consentVersion)
    errors.consent ??= fieldProblem(
      'consent',
      'registration.problem.consentOutdated',
      locale,
      entity
    )

  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, form: parsed.data }
}

/** The webinar registration form, for `readForm`. */
export const REGISTRATION_FORM: FormDefinition<typeof registrationFormSchema> = {
  schema: registrationFormSchema,
  entity: 'registration',
  freeTextFields: ['name', 'affiliation'],
  consentVersion: CONSENT_TEXT_VERSION,
  notObject: 'registration.problem.notObject',
}

/**
 * Validates a registration form (see `readForm`).
 *
 * @example
 * const reading = readRegistrationForm(body, 'es')
 * if (!reading.ok) reading.errors // { email: 'Correo electrónico: ...' }
 */
export function readRegistrationForm(input: unknown, locale: Locale): FormReading {
  return readForm(REGISTRATION_FORM, input, locale)
}
