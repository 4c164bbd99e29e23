// The teleconferences a prospect can be invited to: the Webinars and Events tabs' sessions that
// are still ahead (not proposed, not cancelled), found by slug or ID, or listed for the sidebar.
import { eventSpan } from '../../../shared/calendar/event-span'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { webinarEndsAt } from '../../../shared/schemas/webinar'
import { type InvitationSession, sessionTitle } from '../mail/invitation-email'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'
import { type RecordReader, recordReader } from './workbook-records'

/** A session as the sidebar names it. */
export type SessionRef = { kind: 'webinar'; slug: string } | { kind: 'event'; id: string }

/** A session to pick, labelled in the user's language; plain JSON. */
export interface SessionChoice {
  kind: 'webinar' | 'event'
  /** The webinar's slug or the event's ID. */
  key: string
  title: string
  /** When it starts, written the user's way. */
  when: string
}

export interface InvitableSessionsReport {
  message: string
  /** Upcoming sessions, soonest first. */
  sessions: SessionChoice[]
}

/**
 * The session reference in a request, or null when it is not one.
 *
 * @example
 * readSessionRef({ kind: 'webinar', slug: 'dnssec-2026' }) // { kind: 'webinar', slug: 'dnssec-2026' }
 */
export function readSessionRef(value: unknown): SessionRef | null {
  if (typeof value !== 'object' || value === null) return null
  const { kind, slug, id } = value as Record<string, unknown>
  if (kind === 'webinar' && typeof slug === 'string' && slug.length > 0 && slug.length <= 80)
    return { kind, slug: slug.trim() }
  if (kind === 'event' && typeof id === 'string' && id.length > 0 && id.length <= 80)
    return { kind, id: id.trim() }
  return null
}

/** The key the Invited to column holds for a session: its slug or ID. */
export function sessionKey(session: InvitationSession): string {
  return session.kind === 'webinar' ? session.webinar.slug : session.event.id
}

/** When the session starts (epoch ms) and whether it is over; null for an undated event. */
function sessionTimes(
  session: InvitationSession,
  now: Date,
  today: string
): { start: number; over: boolean } | null {
  if (session.kind === 'webinar')
    return {
      start: Date.parse(session.webinar.start),
      over: webinarEndsAt(session.webinar) <= now.getTime(),
    }
  const span = eventSpan(session.event)
  if (span === null) return null
  if (span.allDay)
    return {
      start: Date.parse(`${span.startDate}T00:00:00Z`),
      over: span.endDateExclusive <= today,
    }
  return { start: span.start, over: span.end <= now.getTime() }
}

/**
 * Finds the session in its tab; an ActionError when it is not there.
 *
 * @example
 * findSession(reader, { kind: 'event', id: 'lacigf-2026' }).kind // 'event'
 */
export function findSession(reader: RecordReader, ref: SessionRef): InvitationSession {
  if (ref.kind === 'webinar') {
    const found = reader
      .tab('Webinars', { optional: true })
      .records.find(({ record }) => record.slug === ref.slug)
    if (!found)
      throw new ActionError('invalid-input', 'prospects.invite.unknownWebinar', { slug: ref.slug })
    return { kind: 'webinar', webinar: found.record }
  }
  const found = reader
    .tab('Events', { optional: true })
    .records.find(({ record }) => record.id === ref.id)
  if (!found)
    throw new ActionError('invalid-input', 'prospects.invite.unknownEvent', { id: ref.id })
  return { kind: 'event', event: found.record }
}

/**
 * Why nobody can be invited to the session now, or null: it is over, cancelled, only proposed,
 * undated, or (a webinar) its registration has closed, so the invitee could not sign up.
 *
 * @example
 * sessionProblem(session, { now, today, name: 'Ana Quispe' })?.key // 'prospects.invite.over'
 */
export function sessionProblem(
  session: InvitationSession,
  context: { now: Date; today: string; name: string; locale: Locale }
): ActionError | null {
  const title = sessionTitle(session, context.locale)
  if (session.kind === 'event') {
    if (session.event.status === 'cancelled')
      return new ActionError('invalid-input', 'prospects.invite.cancelled', { title })
    if (session.event.status === 'proposed')
      return new ActionError('invalid-input', 'prospects.invite.proposed', { title })
  }
  const times = sessionTimes(session, context.now, context.today)
  if (times === null) return new ActionError('invalid-input', 'prospects.invite.undated', { title })
  if (times.over) return new ActionError('invalid-input', 'prospects.invite.over', { title })
  if (
    session.kind === 'webinar' &&
    Date.parse(session.webinar.registrationCloses) <= context.now.getTime()
  )
    return new ActionError('invalid-input', 'prospects.invite.registrationClosed', {
      title,
      name: context.name,
    })
  return null
}

function whenText(session: InvitationSession, start: number, locale: Locale): string {
  if (session.kind === 'webinar')
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: session.webinar.timeZone,
    }).format(new Date(start))
  const { event } = session
  const timed = event.startTime !== null && event.timeZone !== null
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(timed ? { timeStyle: 'short' as const } : {}),
    timeZone: timed ? (event.timeZone as string) : 'UTC',
  }).format(new Date(start))
}

/**
 * The sessions staff can invite to today, soonest first: webinars not over whose registration
 * is open or still to open, and events not over, neither proposed nor cancelled.
 *
 * @example
 * invitableSessions(host).map((session) => session.key) // ['dnssec-2026', 'lacigf-2026']
 */
export function invitableSessions(host: ActionHost, reader = recordReader(host)): SessionChoice[] {
  const now = host.now()
  const sessions: InvitationSession[] = [
    ...reader
      .tab('Webinars', { optional: true })
      .records.map(({ record }) => ({ kind: 'webinar' as const, webinar: record })),
    ...reader
      .tab('Events', { optional: true })
      .records.map(({ record }) => ({ kind: 'event' as const, event: record })),
  ]
  const choices: { start: number; choice: SessionChoice }[] = []
  for (const session of sessions) {
    const context = { now, today: reader.today, name: '', locale: host.locale }
    const times = sessionTimes(session, now, reader.today)
    if (times === null || sessionProblem(session, context) !== null) continue
    choices.push({
      start: times.start,
      choice: {
        kind: session.kind,
        key: sessionKey(session),
        title: sessionTitle(session, host.locale),
        when: whenText(session, times.start, host.locale),
      },
    })
  }
  return choices
    .sort((a, b) => a.start - b.start || a.choice.key.localeCompare(b.choice.key))
    .map(({ choice }) => choice)
}

/**
 * For the sidebar's session picker. Reads Webinars and Events, writes nothing.
 *
 * @example
 * export function listInvitableSessions() { return runListInvitableSessions(appsScriptActionHost()) }
 */
export function runListInvitableSessions(host: ActionHost): ActionResult<InvitableSessionsReport> {
  return runAction(host, { title: 'prospects.action.invite', lock: false, toast: false }, () => {
    const sessions = invitableSessions(host)
    return {
      message:
        sessions.length === 0
          ? t(host.locale, 'prospects.sessions.none')
          : t(host.locale, 'prospects.sessions.found', { count: sessions.length }),
      sessions,
    }
  })
}
