// The invitation a prospect gets to a teleconference: in their language and in English, saying
// what the session is, when (in its own zone and in UTC), why they are invited and who their
// liaison is, with the session's calendar file as the Worker serves it.
import { eventLocation } from '../../../shared/calendar/event-labels'
import { eventSpan } from '../../../shared/calendar/event-span'
import { eventIcsPath } from '../../../shared/calendar/links'
import { type MessageKey, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import {
  type InvitationLanguages,
  invitationLanguages,
} from '../../../shared/outreach/invitation-languages'
import { countryName } from '../../../shared/reference/countries'
import type { OutreachEvent } from '../../../shared/schemas/event'
import type { Prospect } from '../../../shared/schemas/prospect'
import type { Webinar } from '../../../shared/schemas/webinar'
import { webinarPaths, webinarTitleIn } from './confirmation-email'
import type { OutgoingEmail } from './mailer'

/** The session invited to: a row of Webinars or of Events. */
export type InvitationSession =
  | { kind: 'webinar'; webinar: Webinar }
  | { kind: 'event'; event: OutreachEvent }

/** The member who is the prospect's liaison, as the Members tab knows them (or as typed). */
export interface Liaison {
  name: string
  email: string | null
}

export interface InvitationInput {
  prospect: Pick<Prospect, 'name' | 'country' | 'programme' | 'language'>
  /** The address to write to, as parsed from the Email column. */
  to: string
  session: InvitationSession
  liaison: Liaison | null
  /** The Worker's address: the session's page and calendar file are there. */
  workerUrl: string
  /** The session's .ics in the first language, as the Worker served it. */
  ics: string
}

/** The email, and the languages it is written in (and why those). */
export interface InvitationEmail extends OutgoingEmail {
  languages: InvitationLanguages
}

/**
 * The session's title in `locale` (a webinar has one per language; an event has one).
 *
 * @example
 * sessionTitle({ kind: 'event', event }, 'es') // 'CaribNOG 32'
 */
export function sessionTitle(session: InvitationSession, locale: Locale): string {
  return session.kind === 'webinar' ? webinarTitleIn(session.webinar, locale) : session.event.title
}

/**
 * The Worker's path of the session's calendar file in `locale`.
 *
 * @example
 * sessionIcsPath({ kind: 'webinar', webinar }, 'pt') // '/webinars/dnssec-2026.ics?lang=pt'
 */
export function sessionIcsPath(session: InvitationSession, locale: Locale): string {
  return session.kind === 'webinar'
    ? webinarPaths(session.webinar.slug, locale).ics
    : `${eventIcsPath(session.event.id)}?lang=${locale}`
}

/** The calendar file's name in the email: the slug's or the event ID's. */
export function sessionIcsFileName(session: InvitationSession): string {
  return `${session.kind === 'webinar' ? session.webinar.slug : session.event.id}.ics`
}

function moment(instant: number, locale: Locale, timeZone: string, dateStyle: 'full' | 'medium') {
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone }).format(
    new Date(instant)
  )
}

function day(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`)
  )
}

/** What the session is and when, where and how to join it, in one language. */
function sessionLines(input: InvitationInput, locale: Locale): string[] {
  const { session, workerUrl } = input
  const lines = [sessionTitle(session, locale)]
  if (session.kind === 'webinar') {
    const { webinar } = session
    const start = Date.parse(webinar.start)
    lines.push(
      t(locale, 'prospects.email.webinarWhen', {
        local: moment(start, locale, webinar.timeZone, 'full'),
        timeZone: webinar.timeZone,
        utc: moment(start, locale, 'UTC', 'medium'),
        duration: webinar.durationMinutes,
      }),
      t(locale, 'prospects.email.register', {
        url: workerUrl + webinarPaths(webinar.slug, locale).page,
      })
    )
    return lines
  }
  const { event } = session
  const span = eventSpan(event)
  if (span && !span.allDay && event.timeZone)
    lines.push(
      t(locale, 'prospects.email.eventWhen', {
        local: moment(span.start, locale, event.timeZone, 'full'),
        timeZone: event.timeZone,
        utc: moment(span.start, locale, 'UTC', 'medium'),
      })
    )
  else if (event.startDate) {
    const last = event.endDate && event.endDate !== event.startDate ? event.endDate : null
    const dates = last
      ? `${day(event.startDate, locale)} – ${day(last, locale)}`
      : day(event.startDate, locale)
    lines.push(t(locale, 'prospects.email.eventDays', { dates }))
  }
  const place = event.format === 'virtual' ? null : eventLocation(event, locale)
  if (place) lines.push(t(locale, 'prospects.email.eventPlace', { place }))
  if (event.url) lines.push(t(locale, 'prospects.email.eventPage', { url: event.url }))
  return lines
}

/** The whole letter in one language. */
function letter(input: InvitationInput, locale: Locale): string[] {
  const { prospect, liaison } = input
  const liaisonLine =
    liaison === null
      ? t(locale, 'prospects.email.noLiaison')
      : liaison.email
        ? t(locale, 'prospects.email.liaisonWithEmail', {
            liaison: liaison.name,
            email: liaison.email,
          })
        : t(locale, 'prospects.email.liaison', { liaison: liaison.name })
  return [
    t(locale, 'prospects.email.greeting', { name: prospect.name }),
    '',
    t(locale, 'prospects.email.intro'),
    '',
    ...sessionLines(input, locale),
    '',
    t(locale, `prospects.email.why.${prospect.programme}` as MessageKey, {
      country: countryName(prospect.country, locale),
    }),
    '',
    liaisonLine,
    '',
    t(locale, 'prospects.email.calendar', { file: sessionIcsFileName(input.session) }),
    '',
    t(locale, 'prospects.email.closing'),
    t(locale, 'prospects.email.signature'),
  ]
}

/**
 * The invitation: the letter in the prospect's language, then in English (Spanish and English
 * when theirs is unknown or English, see invitationLanguages), the subject in both, and the
 * session's calendar file attached. The link is the session's public page (for a webinar, its
 * registration page), never the private join link.
 *
 * @example
 * const email = invitationEmail({ prospect, to: 'ana@ejemplo.bo', session, liaison, workerUrl, ics })
 * mailer.send(email)
 */
export function invitationEmail(input: InvitationInput): InvitationEmail {
  const languages = invitationLanguages(input.prospect.language)
  const [first, english] = languages.languages
  const subject = (locale: Locale) =>
    t(locale, 'prospects.email.subject', { title: sessionTitle(input.session, locale) })
  const body = [
    t(first, 'prospects.email.englishBelow'),
    '',
    ...letter(input, first),
    '',
    '————————————————',
    '',
    ...letter(input, english),
  ].join('\n')
  return {
    to: input.to,
    subject: `${subject(first)} / ${subject(english)}`,
    body,
    senderName: t(first, 'prospects.email.senderName'),
    attachments: [
      {
        fileName: sessionIcsFileName(input.session),
        mimeType: 'text/calendar',
        content: input.ics,
      },
    ],
    languages,
  }
}
