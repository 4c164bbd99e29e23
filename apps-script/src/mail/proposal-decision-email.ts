// The email that tells a member what became of the event they proposed: in their language, with
// the event's name and dates, the decision, staff's note, and for an accepted one the calendar.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { OutgoingEmail } from './mailer'

export interface ProposalDecisionInput {
  /** Who proposed the event, as the Proposals row holds them. */
  proposer: { name: string | null; email: string; language: Locale }
  /** The event's name, as the proposer sent it. */
  title: string
  startDate: string | null
  endDate: string | null
  decision: 'accepted' | 'rejected'
  /** What staff wrote for the proposer, or null. */
  note: string | null
  /** The public calendar's page (for an accepted proposal); null leaves the line out. */
  calendarUrl: string | null
}

/**
 * An event's dates written for a reader of `locale`: one day, or a range.
 *
 * @example
 * proposalDatesText('2023-09-14', '2023-09-15', 'es') // '14–15 de septiembre de 2023'
 */
export function proposalDatesText(
  startDate: string | null,
  endDate: string | null,
  locale: Locale
): string {
  if (startDate === null) return '—'
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const start = new Date(`${startDate}T12:00:00Z`)
  if (Number.isNaN(start.getTime())) return startDate
  const end = endDate === null ? null : new Date(`${endDate}T12:00:00Z`)
  if (end === null || Number.isNaN(end.getTime()) || endDate === startDate)
    return format.format(start)
  return format.formatRange(start, end)
}

/**
 * The decision email for a proposer, in their language.
 *
 * @example
 * mailer.send(proposalDecisionEmail({ proposer, title, startDate, endDate, decision: 'accepted',
 *   note: null, calendarUrl: 'https://lacralo.example.workers.dev/embed?lang=pt' }))
 */
export function proposalDecisionEmail(input: ProposalDecisionInput): OutgoingEmail {
  const { proposer, title, decision, note, calendarUrl } = input
  const locale = proposer.language
  const sender = t(locale, 'actions.email.senderName')
  const dates = proposalDatesText(input.startDate, input.endDate, locale)
  const accepted = decision === 'accepted'
  const paragraphs = [
    proposer.name
      ? t(locale, 'proposals.email.greeting', { name: proposer.name })
      : t(locale, 'proposals.email.greetingNoName'),
    t(locale, accepted ? 'proposals.email.accepted' : 'proposals.email.rejected', {
      title,
      dates,
    }),
    note ? `${t(locale, 'proposals.email.note')}\n${note}` : null,
    accepted && calendarUrl ? t(locale, 'proposals.email.calendar', { url: calendarUrl }) : null,
    t(locale, 'proposals.email.closing'),
    sender,
  ]
  return {
    to: proposer.email,
    subject: t(
      locale,
      accepted ? 'proposals.email.subjectAccepted' : 'proposals.email.subjectRejected',
      { title }
    ),
    body: paragraphs.filter((paragraph) => paragraph !== null).join('\n\n'),
    senderName: sender,
    attachments: [],
  }
}
