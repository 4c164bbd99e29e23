// "Draft the announcement": the 2023 plan's announcement step. One Gmail draft per language
// to the shortlist's tier-1 members (the event's sub-region), addresses in Bcc, for staff to
// read, adjust and send; nothing is sent by the toolkit.
//
// Why one draft per language rather than one bilingual draft: each member reads the call in
// the first language on their Members row, a message half in a language they do not read is
// longer for everyone, and staff can still merge drafts by hand. Members with no language on
// record get the draft in the language of the person drafting.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { countPhrase } from '../../../shared/participation/count-phrase'
import { addDays } from '../../../shared/participation/date-math'
import { countryName } from '../../../shared/reference/countries'
import type { OutreachEvent } from '../../../shared/schemas/event'
import type { Member } from '../../../shared/schemas/member'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { announcementRecipients, computeShortlist, readShortlistRequest } from './crop-shortlist'
import { type ActionResult, runAction } from './run-action'
import type { SelectionApp } from './selected-event'

/** `GmailApp`, reduced to creating a draft. */
export interface DraftGmailApp {
  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options: { bcc: string; name: string }
  ): unknown
}

/** Addresses per draft: Gmail refuses a message with too many recipients. */
export const MAX_DRAFT_RECIPIENTS = 90

/** The sender's display name on the drafts. */
export const SENDER_NAME = 'LACRALO'

/** What the event's announcement says, in one language. */
export interface Announcement {
  subject: string
  body: string
}

export interface AnnouncementFacts {
  event: Pick<
    OutreachEvent,
    'title' | 'startDate' | 'endDate' | 'city' | 'country' | 'format' | 'url'
  >
  subregion: OutreachEvent['subregion']
  /** The CROP request deadline, YYYY-MM-DD. */
  deadline: string
  leadTimeWeeks: number
  /** The day interested members should answer by, YYYY-MM-DD. */
  replyBy: string
  countryNames?: ReadonlyMap<string, string>
}

function longDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day))
  )
}

function dateSpan(start: string, end: string | null, locale: Locale): string {
  if (end === null || end === start)
    return t(locale, 'announcement.onDate', { date: longDate(start, locale) })
  return t(locale, 'announcement.dates', {
    start: longDate(start, locale),
    end: longDate(end, locale),
  })
}

/**
 * The announcement in `locale`: what the trip is, where and when, who it is offered to first
 * (the sub-region's active members, as the plan says), by when to answer, and how people are
 * chosen.
 *
 * @example
 * announcementEmail('es', facts).subject // 'CROP: viaje a CaribNOG 26'
 */
export function announcementEmail(locale: Locale, facts: AnnouncementFacts): Announcement {
  const { event } = facts
  const country = event.country
    ? (facts.countryNames?.get(event.country) ?? countryName(event.country, locale))
    : ''
  const place =
    event.format === 'virtual'
      ? t(locale, 'shortlist.online')
      : [event.city, country].filter(Boolean).join(', ')
  const area = facts.subregion
    ? t(locale, 'announcement.area.subregion', {
        subregion: valueLabel('subregion', facts.subregion, locale),
      })
    : t(locale, 'announcement.area.region')
  const lines = [
    t(locale, 'announcement.greeting', { area }),
    '',
    t(locale, 'announcement.offer', {
      event: event.title,
      place: place || '—',
      dates: event.startDate ? dateSpan(event.startDate, event.endDate, locale) : '—',
    }),
    '',
    t(locale, 'announcement.firstOffer', { area }),
    '',
    t(locale, 'announcement.replyBy', {
      replyBy: longDate(facts.replyBy, locale),
      deadline: longDate(facts.deadline, locale),
      leadTime: countPhrase(locale, 'week', facts.leadTimeWeeks),
    }),
    ...(event.url ? ['', t(locale, 'announcement.link', { url: event.url })] : []),
    '',
    t(locale, 'announcement.selection'),
    '',
    t(locale, 'announcement.signature'),
  ]
  return {
    subject: t(locale, 'announcement.subject', { event: event.title }),
    body: lines.join('\n'),
  }
}

/** One draft created. */
export interface DraftView {
  locale: Locale
  /** The language's name in the user's language. */
  language: string
  recipients: number
  subject: string
}

/** What drafting did; plain JSON for the sidebar. */
export interface AnnouncementReport {
  message: string
  event: { id: string; title: string }
  drafts: DraftView[]
  recipients: number
  /** Tier-1 candidates with no email on the Members tab: not in any draft. */
  withoutEmail: { memberId: string; name: string }[]
  /** Recipients with no language on record (their draft is in the user's language). */
  withoutLanguage: number
  /** The CROP request deadline has passed (the drafts are made all the same). */
  late: boolean
}

function preferredLocale(member: Member, fallback: Locale): Locale {
  return member.languages[0] ?? fallback
}

/**
 * Computes the event's shortlist as the sidebar showed it, then creates one Gmail draft per
 * language for its tier-1 candidates who have an email (Bcc, at most MAX_DRAFT_RECIPIENTS a
 * draft). No tier-1 candidate with an email is an 'empty' error and no draft.
 *
 * @example
 * draftAnnouncement(host, SpreadsheetApp, GmailApp, { eventId: 'caribnog-26' }).drafts
 * // [{ locale: 'en', recipients: 4, ... }, { locale: 'fr', recipients: 1, ... }]
 */
export function draftAnnouncement(
  host: ActionHost,
  app: SelectionApp,
  gmail: DraftGmailApp,
  request: unknown
): AnnouncementReport {
  const { locale } = host
  const computed = computeShortlist(host, app, readShortlistRequest(request))
  const { shortlist, event, countryNames } = computed
  const tier1 = shortlist.candidates.filter((candidate) => candidate.tier === 1)
  const recipients = announcementRecipients(computed)
  const withEmail = new Set(recipients.map((member) => member.id))
  const withoutEmail = tier1
    .filter((candidate) => !withEmail.has(candidate.memberId))
    .map((candidate) => ({ memberId: candidate.memberId, name: candidate.name }))
  if (recipients.length === 0)
    throw new ActionError('empty', 'announcement.nobody', {
      event: event.title,
      count: tier1.length,
    })

  const today = computed.reader.today
  const { deadline } = shortlist.deadline
  const replyBy = [addDays(deadline, -7), deadline, today].find((day) => day >= today) ?? today
  const byLanguage = new Map<Locale, Member[]>()
  for (const member of recipients) {
    const language = preferredLocale(member, locale)
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), member])
  }
  const drafts: DraftView[] = []
  for (const [language, members] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const email = announcementEmail(language, {
      event,
      subregion: shortlist.event.subregion,
      deadline,
      leadTimeWeeks: shortlist.deadline.leadTimeWeeks,
      replyBy,
      countryNames: language === locale ? countryNames : undefined,
    })
    for (let start = 0; start < members.length; start += MAX_DRAFT_RECIPIENTS) {
      const part = members.slice(start, start + MAX_DRAFT_RECIPIENTS)
      gmail.createDraft('', email.subject, email.body, {
        bcc: part.map((member) => member.email).join(','),
        name: SENDER_NAME,
      })
      drafts.push({
        locale: language,
        language: t(locale, `language.${language}`),
        recipients: part.length,
        subject: email.subject,
      })
    }
  }
  return {
    message: t(locale, 'announcement.done', {
      drafts: drafts.length,
      recipients: recipients.length,
      event: event.title,
    }),
    event: { id: event.id, title: event.title },
    drafts,
    recipients: recipients.length,
    withoutEmail,
    withoutLanguage: recipients.filter((member) => member.languages.length === 0).length,
    late: shortlist.deadline.late,
  }
}

/**
 * The sidebar action: draftAnnouncement (it reads only the sheet, so no lock), with a toast.
 *
 * @example
 * export function draftCropAnnouncement(request) {
 *   return runDraftAnnouncement(appsScriptActionHost(), SpreadsheetApp, GmailApp, request)
 * }
 */
export function runDraftAnnouncement(
  host: ActionHost,
  app: SelectionApp,
  gmail: DraftGmailApp,
  request: unknown
): ActionResult<AnnouncementReport> {
  return runAction(host, { title: 'insights.menu.draftAnnouncement', lock: false }, () =>
    draftAnnouncement(host, app, gmail, request)
  )
}
