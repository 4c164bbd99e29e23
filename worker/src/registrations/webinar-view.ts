// A webinar as the public sees it: no join link, whether registration is open, seats left.
import { type PublicWebinar, toPublicWebinar, type Webinar } from '../../../shared/schemas/webinar'
import type { StoredWebinar } from '../db/webinars'

export const REGISTRATION_STATES = ['not-yet-open', 'open', 'closed'] as const
export type RegistrationState = (typeof REGISTRATION_STATES)[number]

/** The public fields of a webinar plus where its registration stands. */
export interface PublicWebinarView extends PublicWebinar {
  registration: {
    state: RegistrationState
    /** Seats nobody holds yet; 0 when full. */
    seatsLeft: number
    /** True when a new registration would go on the waiting list. */
    waitlisting: boolean
  }
}

/**
 * Whether `now` is before, inside or after the registration window (opens inclusive,
 * closes exclusive).
 *
 * @example
 * registrationState(webinar, new Date()) // 'open'
 */
export function registrationState(
  webinar: Pick<Webinar, 'registrationOpens' | 'registrationCloses'>,
  now: Date
): RegistrationState {
  const at = now.getTime()
  if (at < Date.parse(webinar.registrationOpens)) return 'not-yet-open'
  if (at >= Date.parse(webinar.registrationCloses)) return 'closed'
  return 'open'
}

/**
 * What public pages and JSON may show of a stored webinar. It never carries the join link,
 * nor anything about the people registered beyond how many seats are left.
 *
 * @example
 * c.json(publicWebinarView(stored, new Date()))
 */
export function publicWebinarView(stored: StoredWebinar, now: Date): PublicWebinarView {
  const { webinar } = stored
  const seatsLeft = Math.max(0, webinar.capacity - stored.registered)
  return {
    ...toPublicWebinar(webinar),
    registration: {
      state: registrationState(webinar, now),
      seatsLeft,
      waitlisting: seatsLeft === 0 || stored.waitlisted > 0,
    },
  }
}
