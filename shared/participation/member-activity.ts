// Whether a member is active, computed from participation records by the rule in Settings.
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Member } from '../schemas/member'
import type { Settings } from '../schemas/settings'
import { compactDate } from './compact-date'
import { formatMonthRange } from './month-range'
import {
  callsAttended,
  callWindow,
  type Election,
  indexParticipation,
  lastElection,
  lastSeenOf,
  lastVoteBetween,
  memberNumber,
  type ParticipationFact,
  type ParticipationIndex,
} from './participation-index'

/** Why a member is active or not: by calls, by the vote, by both, or neither. */
export const ACTIVITY_REASON_CODES = ['calls', 'vote', 'calls-and-vote', 'inactive'] as const
export type ActivityReasonCode = (typeof ACTIVITY_REASON_CODES)[number]

/** The figures behind the verdict, for a sentence in any language. */
export interface ActivityReason {
  code: ActivityReasonCode
  calls: {
    attended: number
    /** Monthly calls in the window: the rule's number, or fewer when fewer are on record. */
    of: number
    /** Calls the rule asks for. */
    required: number
    /** First and last call of the window, or null when no call is on record. */
    from: string | null
    to: string | null
  }
  vote: {
    /** Whether the rule counts a vote in the last election. */
    counts: boolean
    election: Election | null
    voted: boolean
    /** The day the member voted in it, or null. */
    date: string | null
  }
}

/** A member's activity: the verdict, its reason, and the reason as a sentence. */
export interface MemberActivity {
  memberId: string
  active: boolean
  reason: ActivityReason
  /** The member's latest participation record of any kind, or null. */
  lastSeen: string | null
  message: string
}

type ActiveRule = Settings['activeRule']

export interface ActivityOptions {
  /** The language of `message`; English by default. */
  locale?: Locale
}

/** The calls and the election the rule looks at on one day, the same for every member. */
export interface RuleWindow {
  asOf: string
  /** The last monthly calls up to `asOf`, oldest first (the rule's number, or fewer). */
  calls: string[]
  election: Election | null
  /** The first and last day of `calls` as compact dates, or null when there is no call. */
  callDays: { from: number; to: number } | null
  /** The days a vote counts for `election`, as compact dates: its span up to `asOf`. */
  voteDays: { from: number; to: number } | null
}

/**
 * The window of the rule on `asOf` (the index's date by default): compute it once, then ask
 * `activityReason` for each member.
 *
 * @example
 * ruleWindow(index, settings.activeRule).calls // ['2026-01-14', ..., '2026-06-10']
 */
export function ruleWindow(
  index: ParticipationIndex,
  rule: ActiveRule,
  asOf: string = index.asOf
): RuleWindow {
  const calls = callWindow(index, rule.ofLastMonthlyCalls, asOf)
  const first = calls[0]
  const last = calls[calls.length - 1]
  const election = lastElection(index, asOf)
  return {
    asOf,
    calls,
    election,
    // Every call a member attended is one of the calls held, so the calls attended in the
    // window are those dated from its first call to its last.
    callDays:
      first !== undefined && last !== undefined
        ? { from: compactDate(first), to: compactDate(last) }
        : null,
    voteDays: election
      ? {
          from: compactDate(election.start),
          to: Math.min(compactDate(election.end), compactDate(asOf)),
        }
      : null,
  }
}

/**
 * The reason for `memberId` from an index, in a window (the index's date by default).
 *
 * @example
 * activityReason(indexParticipation(records, today), 'm-0042', settings.activeRule).code // 'calls'
 */
export function activityReason(
  index: ParticipationIndex,
  memberId: string,
  rule: ActiveRule,
  window: RuleWindow = ruleWindow(index, rule)
): ActivityReason {
  const { calls, election, callDays, voteDays } = window
  const member = memberNumber(index, memberId)
  const attended = callDays ? callsAttended(index, member, callDays.from, callDays.to) : 0
  const voteDate = voteDays && lastVoteBetween(index, member, voteDays.from, voteDays.to)
  const byCalls = attended >= rule.callsAttended
  const byVote = rule.orVotedInLastElection && voteDate !== null
  return {
    code: byCalls && byVote ? 'calls-and-vote' : byCalls ? 'calls' : byVote ? 'vote' : 'inactive',
    calls: {
      attended,
      of: calls.length,
      required: rule.callsAttended,
      from: calls[0] ?? null,
      to: calls[calls.length - 1] ?? null,
    },
    vote: {
      counts: rule.orVotedInLastElection,
      election,
      voted: voteDate !== null,
      date: voteDate,
    },
  }
}

/**
 * The calls part of a reason: "attended 4 of the last 6 monthly calls (Jan – Jun 2026)".
 *
 * @example
 * describeCalls(reason.calls, 'es') // 'asistió a 4 de las últimas 6 llamadas mensuales (ene–jun 2026)'
 */
export function describeCalls(calls: ActivityReason['calls'], locale: Locale): string {
  if (calls.from === null || calls.to === null) return t(locale, 'participation.calls.none')
  return t(locale, 'participation.calls', {
    attended: calls.attended,
    of: calls.of,
    months: formatMonthRange(calls.from, calls.to, locale),
  })
}

/**
 * The vote part of a reason: "voted in the election of 2026-03-10", "no vote in the last
 * election" or "no election on record".
 *
 * @example
 * describeVote(reason.vote, 'en') // 'voted in the election of 2026-03-10'
 */
export function describeVote(vote: ActivityReason['vote'], locale: Locale): string {
  if (vote.election === null) return t(locale, 'participation.vote.noElection')
  if (!vote.voted) return t(locale, 'participation.vote.no')
  const { start, end } = vote.election
  const election = start === end ? start : t(locale, 'participation.election.span', { start, end })
  return t(locale, 'participation.vote.yes', { election })
}

/**
 * The reason as a sentence: what made the member active, or the figures that fell short.
 *
 * @example
 * describeActivityReason(reason, 'en')
 * // 'attended 1 of the last 6 monthly calls (Jan – Jun 2026); no vote in the last election'
 */
export function describeActivityReason(reason: ActivityReason, locale: Locale): string {
  // Most members share a handful of figures (same window, same election): say each once.
  const { calls, vote } = reason
  const key = `${locale}|${reason.code}|${calls.attended}|${calls.of}|${calls.from}|${calls.to}|${vote.counts}|${vote.voted}|${vote.election?.start}|${vote.election?.end}`
  let sentence = SENTENCES.get(key)
  if (sentence === undefined) {
    if (SENTENCES.size > 1000) SENTENCES.clear()
    sentence = activitySentence(reason, locale)
    SENTENCES.set(key, sentence)
  }
  return sentence
}

const SENTENCES = new Map<string, string>()

function activitySentence(reason: ActivityReason, locale: Locale): string {
  const join = (first: string, second: string) => t(locale, 'participation.join', { first, second })
  switch (reason.code) {
    case 'calls':
      return describeCalls(reason.calls, locale)
    case 'vote':
      return describeVote(reason.vote, locale)
    case 'calls-and-vote':
      return join(describeCalls(reason.calls, locale), describeVote(reason.vote, locale))
    case 'inactive':
      return reason.vote.counts
        ? join(describeCalls(reason.calls, locale), describeVote(reason.vote, locale))
        : describeCalls(reason.calls, locale)
  }
}

function activityFromIndex(
  index: ParticipationIndex,
  memberId: string,
  settings: Settings,
  window: RuleWindow,
  locale: Locale
): MemberActivity {
  const reason = activityReason(index, memberId, settings.activeRule, window)
  return {
    memberId,
    active: reason.code !== 'inactive',
    reason,
    lastSeen: lastSeenOf(index, memberNumber(index, memberId)),
    message: describeActivityReason(reason, locale),
  }
}

/**
 * Whether a member is active on `today` by the rule in Settings (by default: attended at least
 * 3 of the last 6 monthly calls, or voted in the last election). "The last 6 monthly calls" are
 * the 6 most recent distinct monthly-call dates in the records up to `today`, not calendar
 * months; "the last election" is the latest run of vote dates (see ELECTION_GAP_DAYS).
 *
 * @example
 * isMemberActive(member, records, DEFAULT_SETTINGS, '2026-06-30')
 * // { active: true, reason: { code: 'calls', calls: { attended: 4, of: 6, ... } ... },
 * //   message: 'attended 4 of the last 6 monthly calls (Jan – Jun 2026)', ... }
 */
export function isMemberActive(
  member: Pick<Member, 'id'>,
  records: readonly ParticipationFact[],
  settings: Settings,
  today: string,
  options: ActivityOptions = {}
): MemberActivity {
  const index = indexParticipation(records, today)
  return activityFromIndex(
    index,
    member.id,
    settings,
    ruleWindow(index, settings.activeRule),
    options.locale ?? DEFAULT_LOCALE
  )
}

/**
 * Every member's activity at once, indexing the records a single time: what the dashboard,
 * the ALS rules and the CROP shortlist use.
 *
 * @example
 * memberActivities(members, records, settings, today).get('m-0042')?.active
 */
export function memberActivities(
  members: readonly Pick<Member, 'id'>[],
  records: readonly ParticipationFact[] | ParticipationIndex,
  settings: Settings,
  today: string,
  options: ActivityOptions = {}
): Map<string, MemberActivity> {
  const index = 'memberNumbers' in records ? records : indexParticipation(records, today)
  if (index.asOf !== today)
    throw new RangeError(`The participation index is as of ${index.asOf}, not ${today}`)
  const locale = options.locale ?? DEFAULT_LOCALE
  const window = ruleWindow(index, settings.activeRule)
  const activities = new Map<string, MemberActivity>()
  for (const member of members)
    activities.set(member.id, activityFromIndex(index, member.id, settings, window, locale))
  return activities
}
