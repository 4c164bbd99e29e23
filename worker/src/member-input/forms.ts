// The member input forms as the shared form reader sees them, and their limits.
import { candidateSuggestionFormSchema } from '../../../shared/schemas/candidate-suggestion'
import { eventProposalFormSchema } from '../../../shared/schemas/event-proposal'
import type { FormDefinition } from '../registrations/read-form'
import { PROPOSAL_CONSENT_VERSION, SUGGESTION_CONSENT_VERSION } from './consent'

/**
 * The largest post either form accepts. A real one is well under 8 KB; this leaves room for
 * the longest answers in a non-Latin script, percent-encoded.
 */
export const MEMBER_INPUT_BODY_LIMIT_BYTES = 32 * 1024

/** Rate-limit scopes: a colon never appears in a webinar slug, so no bucket is shared. */
export const PROPOSAL_SCOPE = 'form:propose-event'
export const SUGGESTION_SCOPE = 'form:suggest-candidate'

/** The "propose an event" form, for `readForm`. */
export const PROPOSAL_FORM: FormDefinition<typeof eventProposalFormSchema> = {
  schema: eventProposalFormSchema,
  entity: 'eventProposal',
  freeTextFields: ['title', 'city', 'why', 'proposerName'],
  multiLineFields: ['why'],
  consentVersion: PROPOSAL_CONSENT_VERSION,
  notObject: 'memberInput.problem.notObject',
}

/** The "suggest a candidate" form, for `readForm`. */
export const SUGGESTION_FORM: FormDefinition<typeof candidateSuggestionFormSchema> = {
  schema: candidateSuggestionFormSchema,
  entity: 'candidateSuggestion',
  freeTextFields: ['candidateName', 'organization', 'contactOther', 'why', 'suggesterName'],
  multiLineFields: ['why'],
  consentVersion: SUGGESTION_CONSENT_VERSION,
  notObject: 'memberInput.problem.notObject',
}
