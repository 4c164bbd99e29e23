// The proposal service: one "propose an event" post in, a stored proposal or a clear refusal out.
import type { Locale } from '../../../shared/i18n/locales'
import { type EventProposalForm, proposalHasEnded } from '../../../shared/schemas/event-proposal'
import { isIsoDate } from '../../../shared/schemas/primitives'
import { insertProposal } from '../db/proposals'
import { type FormReading, fieldProblem, readForm } from '../registrations/read-form'
import { PROPOSAL_FORM, PROPOSAL_SCOPE } from './forms'
import { memberInputService } from './service'

const DAY_MS = 86_400_000

// The dates as posted, when both are well formed (the end may be blank): enough to tell
// whether the event is over even while other fields are wrong.
function postedDates(input: unknown): Pick<EventProposalForm, 'startDate' | 'endDate'> | null {
  const { startDate, endDate } = (input ?? {}) as Record<string, unknown>
  if (typeof startDate !== 'string' || !isIsoDate(startDate)) return null
  if (endDate === undefined || endDate === null || (typeof endDate === 'string' && !endDate.trim()))
    return { startDate, endDate: null }
  return typeof endDate === 'string' && isIsoDate(endDate) ? { startDate, endDate } : null
}

/**
 * Reads a proposal (see `readForm`), and refuses an event that is already over, along with
 * any other problem. "Over" counts from yesterday in UTC, so that nobody in the region is
 * refused an event that is still on today where they are.
 *
 * @example
 * readProposal(body, 'es', new Date())
 */
export function readProposal(
  input: unknown,
  locale: Locale,
  now: Date
): FormReading<EventProposalForm> {
  const reading = readForm(PROPOSAL_FORM, input, locale)
  const dates = reading.ok ? reading.form : postedDates(input)
  const yesterday = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10)
  if (!dates || !proposalHasEnded(dates, yesterday)) return reading
  const field = dates.endDate === null ? 'startDate' : 'endDate'
  const errors = reading.ok ? {} : reading.errors
  errors[field] ??= fieldProblem(field, 'memberInput.problem.eventPast', locale, 'eventProposal')
  return { ok: false, errors }
}

/**
 * Takes an event proposal from the public form, with the defences of every member input form
 * (see `memberInputService`), and stores it only while the event is still to come.
 *
 * @example
 * const result = await proposeEvent(c.env, body, { clientKey: clientKeyOf(headers), locale: 'pt' })
 * if (result.ok) return c.redirect('/propose-event/thanks?lang=pt', 303)
 */
export const proposeEvent = memberInputService({
  scope: PROPOSAL_SCOPE,
  entity: 'eventProposal',
  read: readProposal,
  store: (db, form, { locale, ...options }) =>
    insertProposal(
      db,
      {
        id: crypto.randomUUID(),
        title: form.title,
        startDate: form.startDate,
        endDate: form.endDate,
        city: form.city,
        country: form.country,
        format: form.format,
        url: form.url,
        why: form.why,
        cropSuitable: form.cropSuitable,
        proposerName: form.proposerName,
        proposerEmail: form.proposerEmail.address,
        proposerEmailKey: form.proposerEmail.key,
        language: locale,
        consentVersion: form.consentVersion,
      },
      options
    ),
})
