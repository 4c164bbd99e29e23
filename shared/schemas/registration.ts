// The webinar registration: the public form's input and the record the Worker keeps.
import * as z from 'zod/mini'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import { recordId } from './member'
import { isoInstant, nfcText, optionalText } from './primitives'
import {
  REGISTRATION_COUNTRIES,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from './registration-values'
import { webinarSlug } from './webinar'

export {
  REGISTRATION_COUNTRIES,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from './registration-values'

const registrationCountry = z.enum(REGISTRATION_COUNTRIES, { error: 'country_not_in_region' })

/** The version of the consent text the person agreed to, e.g. 2024-01. */
export const consentVersion = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'invalid_consent_version'))

// What a ticked box can arrive as: HTML sends 'on', JSON clients send true.
const CONSENT_TICKED = [true, 'on', 'true', 'yes'] as const

/**
 * A consent box that must be ticked: comes out as `true`; anything else (unticked, 'off',
 * missing) is refused with the issue `code`: 'consent_required' ("... before registering") for
 * a registration, 'consent_required_to_send' for the other public forms.
 *
 * @example
 * z.object({ consent: tickedConsent('consent_required_to_send'), consentVersion })
 */
export function tickedConsent(
  code: 'consent_required' | 'consent_required_to_send' = 'consent_required'
) {
  return z.pipe(
    z.literal(CONSENT_TICKED, { error: code }),
    z.transform(() => true as const)
  )
}

/**
 * The public registration form, as posted. `email` goes through the shared Universal
 * Acceptance validator and comes out as `{ address, key }`; `consent` comes out as `true`
 * and anything but a ticked box is refused.
 *
 * @example
 * registrationFormSchema.parse({
 *   name: 'Zoë Saldaña',
 *   email: 'zoë@correo.example',
 *   country: 'DO',
 *   affiliation: 'Universidad Autónoma de Santo Domingo',
 *   language: 'es',
 *   consent: 'on',
 *   consentVersion: '2024-01',
 * })
 */
export const registrationFormSchema = z.object({
  name: nfcText({ max: 200 }),
  email: emailAddressSchema,
  country: registrationCountry,
  affiliation: optionalText(200),
  language: z.enum(LOCALES),
  consent: tickedConsent(),
  consentVersion,
})

export type RegistrationForm = z.infer<typeof registrationFormSchema>
export type RegistrationFormInput = z.input<typeof registrationFormSchema>

/**
 * A registration as the Worker stores it and the add-on syncs it. `email` is the display form
 * and `emailKey` the comparison key, both as the shared validator gives them.
 *
 * @example
 * registrationSchema.parse(row)
 */
export const registrationSchema = z
  .object({
    id: recordId,
    webinarSlug,
    name: nfcText({ max: 200 }),
    email: z.string().check(z.minLength(1), z.maxLength(512)),
    emailKey: z.string().check(z.minLength(1), z.maxLength(512)),
    country: registrationCountry,
    affiliation: optionalText(200),
    language: z.enum(LOCALES),
    consent: z.object({
      given: z.literal(true, { error: 'consent_required' }),
      textVersion: consentVersion,
    }),
    status: z.enum(REGISTRATION_STATUSES),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .check(
    z.superRefine((registration, ctx) => {
      const email = emailAddressSchema.safeParse(registration.email)
      if (!email.success) {
        for (const issue of email.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: ['email'],
            message: issue.message,
            input: registration.email,
          })
      } else if (email.data.key !== registration.emailKey) {
        ctx.addIssue({
          code: 'custom',
          path: ['emailKey'],
          message: 'email_key_mismatch',
          input: registration.emailKey,
        })
      }
    })
  )

export type Registration = z.infer<typeof registrationSchema>

/**
 * The record for a valid form submission.
 *
 * @example
 * registrationFromForm(form, { id: crypto.randomUUID(), webinarSlug: 'dnssec-2023',
 *   status: 'registered', now: new Date().toISOString() })
 */
export function registrationFromForm(
  form: RegistrationForm,
  options: { id: string; webinarSlug: string; status: RegistrationStatus; now: string }
): Registration {
  return {
    id: options.id,
    webinarSlug: options.webinarSlug,
    name: form.name,
    email: form.email.address,
    emailKey: form.email.key,
    country: form.country,
    affiliation: form.affiliation,
    language: form.language,
    consent: { given: true, textVersion: form.consentVersion },
    status: options.status,
    createdAt: options.now,
    updatedAt: options.now,
  }
}
