// The proposal service: one "propose an event" post in, a stored proposal or a clear refusal out.
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locales'
import { type EventProposalForm, proposalHasEnded } from '../../../shared/schemas/event-proposal'
import { isIsoDate } from '../../../shared/schemas/primitives'
import { insertProposal } from '../db/proposals'
import type { Bindings } from '../env'
import { type FormReading, fieldProblem, readForm } from '../registrations/read-form'
import { rateLimitedScreening, screenPost } from '../registrations/screen-post'
import { PROPOSAL_FORM, PROPOSAL_SCOPE } from './forms'
import type { MemberInputOptions, MemberInputResult } from './result'

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
 * Takes an event proposal from the public form. In order (see `screenPost`): a filled
 * honeypot gets a convincing `ok` and nothing is stored; Turnstile, when configured, must pass
 * and the form must be valid and still to come ('invalid', every problem localized); then one
 * D1 transaction counts the post against the client's limit ('rate-limited' beyond it) and
 * stores the proposal with the next change number.
 *
 * @example
 * const result = await proposeEvent(c.env, body, { clientKey: clientKeyOf(headers), locale: 'pt' })
 * if (result.ok) return c.redirect('/propose-event/thanks?lang=pt', 303)
 */
export async function proposeEvent(
  env: Bindings,
  input: unknown,
  options: MemberInputOptions
): Promise<MemberInputResult> {
  const now = options.now ?? new Date()
  const locale = options.locale ?? DEFAULT_LOCALE
  const screening = await screenPost(env, input, {
    scope: PROPOSAL_SCOPE,
    clientKey: options.clientKey,
    now,
    locale,
    entity: 'eventProposal',
    read: (form, language) => readProposal(form, language, now),
  })
  if (screening.kind === 'decoy') return { ok: true }
  if (screening.kind !== 'accepted') return { ok: false, ...screening }

  const { form, window } = screening
  const outcome = await insertProposal(
    env.DB,
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
    { now, rateWindow: window }
  )
  return outcome.kind === 'stored' ? { ok: true } : { ok: false, ...rateLimitedScreening(window) }
}
