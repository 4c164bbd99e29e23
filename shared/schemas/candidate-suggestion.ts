// The candidate suggestion: a person or organization a member thinks LACRALO should invite.
import * as z from 'zod/mini'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import {
  CANDIDATE_COUNTRIES,
  CANDIDATE_KINDS,
  CONTACT_BASES,
  OUTREACH_PROGRAMMES,
} from './candidate-suggestion-values'
import { recordId } from './member'
import { blankAsNull, isoInstant, nfcText, optionalText } from './primitives'
import { consentVersion, tickedConsent } from './registration'

export {
  CANDIDATE_COUNTRIES,
  CANDIDATE_KINDS,
  type CandidateKind,
  CONTACT_BASES,
  type ContactBasis,
  OUTREACH_PROGRAMMES,
  type OutreachProgramme,
  PROSPECT_STAGES,
  type ProspectStage,
} from './candidate-suggestion-values'

const CONTACT_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set([
  'contactEmail',
  'contactOther',
])

const candidateCountry = z.enum(CANDIDATE_COUNTRIES, { error: 'country_not_in_region' })

/**
 * The public "suggest a candidate" form, as posted. The candidate can be reached by email,
 * by another means (a phone, a profile, "through the ALS of ..."), or both, but not by
 * neither; an email goes through the shared Universal Acceptance validator. The suggester
 * says why LACRALO may contact them (`contactBasis`) and consents for their own data.
 *
 * @example
 * candidateSuggestionFormSchema.parse({
 *   kind: 'organization', candidateName: 'Red de Telecentros de Honduras', country: 'HN',
 *   contactEmail: 'contacto@telecentros.hn', programme: 'als-accreditation',
 *   why: 'Trains rural users; Honduras has no ALS.', contactBasis: 'public-professional',
 *   suggesterName: 'Luis Ortega', suggesterEmail: 'luis@ejemplo.org',
 *   consent: 'on', consentVersion: '2026-11',
 * })
 */
export const candidateSuggestionFormSchema = z
  .object({
    kind: z.enum(CANDIDATE_KINDS),
    candidateName: nfcText({ max: 200 }),
    organization: optionalText(200),
    country: candidateCountry,
    contactEmail: blankAsNull(emailAddressSchema),
    contactOther: optionalText(300),
    programme: z.enum(OUTREACH_PROGRAMMES),
    why: nfcText({ max: 2000 }),
    contactBasis: z.enum(CONTACT_BASES),
    suggesterName: nfcText({ max: 200 }),
    suggesterEmail: emailAddressSchema,
    consent: tickedConsent('consent_required_to_send'),
    consentVersion,
  })
  .check(
    z.superRefine(
      (suggestion, ctx) => {
        if (suggestion.contactEmail === null && suggestion.contactOther === null)
          ctx.addIssue({ code: 'custom', path: ['contactEmail'], message: 'contact_required' })
      },
      // Also when other fields are wrong, so that every problem is told at once.
      { when: (payload) => !payload.issues.some((issue) => CONTACT_FIELDS.has(issue.path?.[0])) }
    )
  )

export type CandidateSuggestionForm = z.infer<typeof candidateSuggestionFormSchema>
export type CandidateSuggestionFormInput = z.input<typeof candidateSuggestionFormSchema>

const storedText = (max: number) => z.nullable(nfcText({ max }))
const storedEmail = z.nullable(z.string().check(z.minLength(1), z.maxLength(512)))

/**
 * A suggestion as the Worker keeps it and the admin export gives it. Erasure empties it in
 * two ways: when the candidate asks (`erased`), every personal field is null and only the
 * row's identity, country, programme and dates stay, so the sync can remove it; when the
 * suggester asks (`suggesterErased`), only their name and email go.
 *
 * @example
 * candidateSuggestionSchema.parse(page.items[0])
 */
export const candidateSuggestionSchema = z.object({
  id: recordId,
  changeSeq: z.int().check(z.positive()),
  kind: z.enum(CANDIDATE_KINDS),
  candidateName: storedText(200),
  organization: storedText(200),
  country: candidateCountry,
  contactEmail: storedEmail,
  contactEmailKey: storedEmail,
  contactOther: storedText(300),
  programme: z.enum(OUTREACH_PROGRAMMES),
  why: storedText(2000),
  contactBasis: z.enum(CONTACT_BASES),
  suggesterName: storedText(200),
  suggesterEmail: storedEmail,
  suggesterEmailKey: storedEmail,
  language: z.enum(LOCALES),
  consent: z.object({ given: z.literal(true), textVersion: consentVersion }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  erased: z.boolean(),
  erasedAt: z.nullable(isoInstant),
  suggesterErased: z.boolean(),
})

export type CandidateSuggestion = z.infer<typeof candidateSuggestionSchema>
