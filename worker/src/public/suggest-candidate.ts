// The "suggest a candidate" routes: GET and POST /suggest-candidate, GET /suggest-candidate/thanks.
import { SUGGESTION_CONSENT_VERSION } from '../member-input/consent'
import { suggestCandidate } from '../member-input/suggest-candidate'
import { type MemberInputForm, memberInputRoutes } from './member-input-pages'
import { SuggestCandidatePage } from './suggest-candidate-page'

/** The suggestion form: its page, its service and its thank-you page. */
export const suggestCandidateForm: MemberInputForm = {
  path: '/suggest-candidate',
  Page: SuggestCandidatePage,
  submit: suggestCandidate,
  consentVersion: SUGGESTION_CONSENT_VERSION,
  thanks: {
    title: 'memberInput.suggest.thanks.title',
    heading: 'memberInput.suggest.thanks.heading',
    text: 'memberInput.suggest.thanks.text',
    again: 'memberInput.suggest.thanks.again',
  },
}

/**
 * Mounted at the root: `app.route('/', suggestCandidateRoutes)`. See `memberInputRoutes`.
 *
 * @example
 * app.route('/', suggestCandidateRoutes)
 */
export const suggestCandidateRoutes = memberInputRoutes(suggestCandidateForm)
