// "Invite to teleconference": a bilingual invitation to a webinar or event, with the session's
// calendar file from the Worker, sent to the prospect; then their row says invited, when and to
// what. Anything that stops it (no address, an unknown, past or unpublished session, a prospect
// who joined or declined) is said before anything is sent or written.

import { describeEmailProblem } from '../../../shared/email/email-schema'
import { parseEmail } from '../../../shared/email/parse-email'
import { type MessageKey, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import {
  type InvitationLanguageReason,
  invitationLanguages,
} from '../../../shared/outreach/invitation-languages'
import { recordInvitation } from '../../../shared/outreach/record-invitation'
import type { Prospect } from '../../../shared/schemas/prospect'
import {
  invitationEmail,
  type Liaison,
  sessionIcsPath,
  sessionTitle,
} from '../mail/invitation-email'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import {
  findSession,
  readSessionRef,
  type SessionRef,
  sessionKey,
  sessionProblem,
} from './invitable-sessions'
import { refusalError } from './move-prospect-refusal'
import { findProspect } from './move-prospect-target'
import { dateText, type ProspectReport, prospectView, stageLabel } from './move-prospect-view'
import { writeProspectChanges } from './move-prospect-write'
import { type ActionResult, runAction } from './run-action'
import type { SelectionApp } from './selected-event'
import { type RecordReader, recordReader } from './workbook-records'

/** What the sidebar asks for. */
export interface InviteRequest {
  /** The prospect; the row selected on Prospects when absent. */
  prospectId?: string
  session: SessionRef
}

/** What an invitation did: the prospect as now, and what was sent in which languages. */
export interface InvitationReport extends ProspectReport {
  session: { kind: 'webinar' | 'event'; key: string; title: string }
  email: { to: string; subject: string; attachment: string }
  /** The languages it was written in, the prospect's first, and why those. */
  languages: Locale[]
  languageReason: InvitationLanguageReason
  /** False when the prospect was further on already (attended, applied) and stays there. */
  stageMoved: boolean
}

/**
 * The request as sent, checked.
 *
 * @example
 * readInviteRequest({ prospectId: 'sug-91c2', session: { kind: 'webinar', slug: 'dnssec-2026' } })
 */
export function readInviteRequest(request: unknown): InviteRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new ActionError('invalid-input', 'prospects.badRequest')
  const { prospectId, session } = request as Record<string, unknown>
  const ref = readSessionRef(session)
  const idValid =
    prospectId === undefined ||
    prospectId === null ||
    (typeof prospectId === 'string' && prospectId.length <= 80)
  if (ref === null || !idValid) throw new ActionError('invalid-input', 'prospects.badRequest')
  const id = typeof prospectId === 'string' ? prospectId.trim() : ''
  return { ...(id !== '' ? { prospectId: id } : {}), session: ref }
}

/** The address to write to, or an error saying why there is none. */
function recipient(prospect: Prospect, locale: Locale): string {
  if (prospect.email === null)
    throw new ActionError('invalid-input', 'prospects.invite.noEmail', { name: prospect.name })
  const parsed = parseEmail(prospect.email)
  if (!parsed.ok)
    throw new ActionError('invalid-input', 'prospects.invite.badEmail', {
      name: prospect.name,
      problem: describeEmailProblem(parsed.reason, locale),
    })
  return parsed.address
}

/** The liaison as the Members tab knows them (by ID or name), or as typed. */
function liaisonOf(reader: RecordReader, liaison: string | null): Liaison | null {
  if (liaison === null) return null
  const wanted = liaison.toLocaleLowerCase()
  const member = reader
    .tab('Members', { optional: true })
    .records.find(
      ({ record }) => record.id === liaison || record.name.toLocaleLowerCase() === wanted
    )?.record
  return member
    ? { name: member.name, email: member.email ?? null }
    : { name: liaison, email: null }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^Exception:\s*/, '')
}

/**
 * Sends the invitation and records it. Checks first, in this order, and sends nothing when one
 * fails: the prospect's stage and the date, their address, the session (in its tab, ahead,
 * not cancelled or proposed, open for registration), the Worker's calendar file for it in the
 * invitation's first language. The
 * row is written after the email went out. Call it holding the lock.
 *
 * @example
 * inviteProspect(host, SpreadsheetApp, { session: { kind: 'webinar', slug: 'dnssec-2026' } }).languages // ['es', 'en']
 */
export function inviteProspect(
  host: ActionHost,
  app: SelectionApp,
  request: InviteRequest
): InvitationReport {
  const { locale } = host
  const reader = recordReader(host)
  const { rowNumber, prospect } = findProspect(host, app, request.prospectId, reader.timeZone)
  const today = reader.today
  const key = request.session.kind === 'webinar' ? request.session.slug : request.session.id
  const invited = recordInvitation(prospect, { on: today, session: key })
  if (!invited.ok) throw refusalError(invited.refusal, prospect.name, locale)
  const to = recipient(prospect, locale)
  const session = findSession(reader, request.session)
  const problem = sessionProblem(session, { now: host.now(), today, name: prospect.name, locale })
  if (problem) throw problem
  const client = host.workerClient()
  const languages = invitationLanguages(prospect.language)
  const title = sessionTitle(session, locale)
  const ics = client.publicText(sessionIcsPath(session, languages.languages[0]))
  if (ics === null || !ics.includes('BEGIN:VCALENDAR'))
    throw new ActionError(
      'invalid-input',
      session.kind === 'webinar' ? 'prospects.invite.noIcsWebinar' : 'prospects.invite.noIcsEvent',
      { url: client.address, title }
    )
  const email = invitationEmail({
    prospect,
    to,
    session,
    liaison: liaisonOf(reader, prospect.liaison),
    workerUrl: client.address,
    ics,
  })
  try {
    host.mailer.send(email)
  } catch (error) {
    throw new ActionError('invalid-input', 'prospects.invite.mailFailed', {
      name: prospect.name,
      reason: reasonOf(error),
    })
  }
  const next = invited.prospect
  writeProspectChanges(host.workbook, rowNumber, prospect, next)
  const stageMoved = next.stage !== prospect.stage
  const sentence = t(locale, 'prospects.invite.sent', {
    title,
    name: prospect.name,
    email: to,
    languages: `${t(locale, `prospects.invite.in.${languages.languages[0]}` as MessageKey)} ${t(
      locale,
      `prospects.invite.why.${languages.reason}` as MessageKey
    )}`,
  })
  const date = dateText(next.invitedOn ?? today, locale)
  const stage = stageLabel(next.stage, locale)
  return {
    message: `${sentence} ${
      stageMoved
        ? t(locale, 'prospects.invite.stageMoved', { stage, date })
        : t(locale, 'prospects.invite.stageKept', { stage, date })
    }`,
    prospect: prospectView(next, rowNumber, locale, today),
    session: { kind: session.kind, key: sessionKey(session), title },
    email: { to, subject: email.subject, attachment: email.attachments[0]?.fileName ?? '' },
    languages: [...languages.languages],
    languageReason: languages.reason,
    stageMoved,
  }
}

/**
 * The sidebar's action: inviteProspect under the lock, with a toast.
 *
 * @example
 * export function inviteProspect(request) { return runInviteProspect(appsScriptActionHost(), SpreadsheetApp, request) }
 */
export function runInviteProspect(
  host: ActionHost,
  app: SelectionApp,
  request: unknown
): ActionResult<InvitationReport> {
  return runAction(host, { title: 'prospects.action.invite', lock: true }, () =>
    inviteProspect(host, app, readInviteRequest(request))
  )
}
