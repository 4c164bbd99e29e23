// The "propose an event" routes: GET and POST /propose-event, GET /propose-event/thanks.
import { PROPOSAL_CONSENT_VERSION } from '../member-input/consent'
import { proposeEvent } from '../member-input/propose-event'
import { type MemberInputForm, memberInputRoutes } from './member-input-pages'
import { ProposeEventPage } from './propose-event-page'

/** The proposal form: its page, its service and its thank-you page. */
export const proposeEventForm: MemberInputForm = {
  path: '/propose-event',
  Page: ProposeEventPage,
  submit: proposeEvent,
  consentVersion: PROPOSAL_CONSENT_VERSION,
  initialValues: { format: 'in-person' },
  thanks: {
    title: 'memberInput.propose.thanks.title',
    heading: 'memberInput.propose.thanks.heading',
    text: 'memberInput.propose.thanks.text',
    again: 'memberInput.propose.thanks.again',
  },
}

/**
 * Mounted at the root: `app.route('/', proposeEventRoutes)`. See `memberInputRoutes`.
 *
 * @example
 * app.route('/', proposeEventRoutes)
 */
export const proposeEventRoutes = memberInputRoutes(proposeEventForm)
