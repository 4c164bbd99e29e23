// Matches a meeting's participant rows to members: by email key first, then by exact full name.
import { foldText } from '../calendar-import/fold-text'
import { parseEmail } from '../email/parse-email'
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Member } from '../schemas/member'
import {
  PARTICIPATION_KINDS,
  type Participation,
  type ParticipationKind,
} from '../schemas/participation'
import { isIsoDate } from '../schemas/primitives'
import type { AttendanceRow } from './attendance-csv'
import { compareCodeUnits } from './compare-code-units'
import { nameList } from './name-list'

export const UNMATCHED_REASONS = ['no-match', 'ambiguous-name', 'ambiguous-email'] as const
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number]

type MatchMember = Pick<Member, 'id' | 'name' | 'email' | 'country'>
type MatchRow = Pick<AttendanceRow, 'row' | 'name' | 'email'> & { originalName?: string | null }

/** A member offered to the person who resolves a row by hand. */
export interface AttendanceCandidate {
  id: string
  name: string
  email: string | null
  country: string
}

/** A participant the import did not match: every row of theirs, and who it might be. */
export interface UnmatchedAttendance {
  /** Their first row in the file. */
  row: number
  rows: number[]
  name: string
  email: string | null
  reason: UnmatchedReason
  /** The members it could be: the namesakes or the owners of the email, or similar names. */
  candidates: AttendanceCandidate[]
  message: string
}

/** A member found in the list, with the rows that were theirs. */
export interface MatchedAttendance {
  memberId: string
  by: 'email' | 'name'
  rows: number[]
}

export interface AttendanceMatch {
  /** One record per member, however many times they joined; ordered by member ID. */
  records: Participation[]
  matched: MatchedAttendance[]
  unmatched: UnmatchedAttendance[]
}

export interface AttendanceMatchOptions {
  /** The day of the meeting, YYYY-MM-DD. */
  meetingDate: string
  kind: ParticipationKind
  /** What the records' Detail column says, e.g. "LACRALO monthly call, March 2026". */
  detail?: string | null
  locale?: Locale
}

/** Bad options (a meeting date or kind the records cannot hold): nothing was matched. */
export class AttendanceInputError extends Error {
  override name = 'AttendanceInputError'
}

const KIND_PREFIX: Record<ParticipationKind, string> = {
  'monthly-call': 'call',
  vote: 'vote',
  'working-group': 'wg',
  other: 'part',
}

const MAX_ID_LENGTH = 64

// FNV-1a: a short, stable fingerprint for record IDs (not for security).
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}

/**
 * The ID of a member's record of one meeting: the same meeting imported twice gives the same
 * IDs, so the add-on can skip what it already has. A detail (the meeting's name) is part of
 * the ID, so two working groups on one day stay two records.
 *
 * @example
 * attendanceRecordId({ memberId: 'm-0042', date: '2026-03-10', kind: 'monthly-call' }) // 'call-2026-03-10-m-0042'
 */
export function attendanceRecordId(record: {
  memberId: string
  date: string
  kind: ParticipationKind
  detail?: string | null
}): string {
  const detail = record.detail ? `-${fingerprint(record.detail.normalize('NFC'))}` : ''
  const id = `${KIND_PREFIX[record.kind]}-${record.date}${detail}-${record.memberId}`
  if (id.length <= MAX_ID_LENGTH) return id
  const head = `${KIND_PREFIX[record.kind]}-${record.date}${detail}-`
  const tail = `-${fingerprint(record.memberId)}`
  return `${head}${record.memberId.slice(0, MAX_ID_LENGTH - head.length - tail.length)}${tail}`
}

function emailKey(email: string | null | undefined): string | null {
  if (!email) return null
  const parsed = parseEmail(email)
  return parsed.ok ? parsed.key : null
}

function candidate(member: MatchMember): AttendanceCandidate {
  return { id: member.id, name: member.name, email: member.email, country: member.country }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const byMemberId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id)

// Members whose name contains every word of the row's name or the other way round (two words
// at least): offered as "did you mean", never matched.
function similarMembers(names: readonly string[], members: readonly MatchMember[]): MatchMember[] {
  const wanted = names.map((name) => new Set(foldText(name).split(' ').filter(Boolean)))
  const contains = (outer: Set<string>, inner: Set<string>) =>
    inner.size >= 2 && [...inner].every((word) => outer.has(word))
  return members
    .filter((member) => {
      const words = new Set(foldText(member.name).split(' ').filter(Boolean))
      return wanted.some((row) => contains(words, row) || contains(row, words))
    })
    .sort(byMemberId)
    .slice(0, 10)
}

/**
 * Turns a meeting's participant rows into participation records. A row is matched by the
 * shared email key first (Universal Acceptance rules: case and IDN forms do not matter); when
 * its email matches no member, by name: accents, case and punctuation ignored, but only an exact
 * full-name match counts (the shown name or Zoom's original name). Several members with the same
 * name or email leave the row unmatched with them as candidates: the import never guesses.
 * A member who joined several times gets one record; IDs are deterministic
 * (see `attendanceRecordId`).
 *
 * @example
 * matchAttendance(parseAttendanceCsv(csv).rows, members, { meetingDate: '2026-03-10', kind: 'monthly-call' })
 * // { records: [{ id: 'call-2026-03-10-m-0042', memberId: 'm-0042', ... }], unmatched: [...], matched: [...] }
 */
export function matchAttendance(
  rows: readonly MatchRow[],
  members: readonly MatchMember[],
  options: AttendanceMatchOptions
): AttendanceMatch {
  const locale = options.locale ?? DEFAULT_LOCALE
  const { meetingDate, kind } = options
  if (typeof meetingDate !== 'string' || !isIsoDate(meetingDate))
    throw new AttendanceInputError(
      t(locale, 'participation.attendance.badDate', { value: String(meetingDate) })
    )
  if (!(PARTICIPATION_KINDS as readonly string[]).includes(kind))
    throw new AttendanceInputError(
      t(locale, 'participation.attendance.badKind', { value: String(kind) })
    )
  const detail = options.detail?.trim() ? options.detail.normalize('NFC').trim() : null

  const byEmail = new Map<string, MatchMember[]>()
  const byName = new Map<string, MatchMember[]>()
  for (const member of members) {
    const key = emailKey(member.email)
    if (key) pushTo(byEmail, key, member)
    pushTo(byName, foldText(member.name), member)
  }

  const matched = new Map<string, MatchedAttendance>()
  const unmatched = new Map<string, Omit<UnmatchedAttendance, 'message'>>()
  for (const row of rows) {
    const key = emailKey(row.email)
    const owners = key ? (byEmail.get(key) ?? []) : []
    if (owners.length === 1) {
      const member = owners[0] as MatchMember
      const entry = matched.get(member.id)
      if (entry) entry.rows.push(row.row)
      else matched.set(member.id, { memberId: member.id, by: 'email', rows: [row.row] })
      continue
    }
    const names = [row.name, row.originalName ?? ''].filter((name) => foldText(name) !== '')
    let reason: UnmatchedReason
    let candidates: MatchMember[]
    if (owners.length > 1) {
      reason = 'ambiguous-email'
      candidates = owners
    } else {
      const namesakes = new Map<string, MatchMember>()
      for (const name of names)
        for (const member of byName.get(foldText(name)) ?? []) namesakes.set(member.id, member)
      if (namesakes.size === 1) {
        const member = [...namesakes.values()][0] as MatchMember
        const entry = matched.get(member.id)
        if (entry) entry.rows.push(row.row)
        else matched.set(member.id, { memberId: member.id, by: 'name', rows: [row.row] })
        continue
      }
      reason = namesakes.size > 1 ? 'ambiguous-name' : 'no-match'
      candidates = namesakes.size > 1 ? [...namesakes.values()] : similarMembers(names, members)
    }
    const who = key ?? `name:${names.map(foldText).join('|')}`
    const entry = unmatched.get(who)
    if (entry) {
      entry.rows.push(row.row)
      continue
    }
    unmatched.set(who, {
      row: row.row,
      rows: [row.row],
      name: row.name,
      email: row.email,
      reason,
      candidates: candidates.map(candidate).sort(byMemberId),
    })
  }

  const matchedList = [...matched.values()].sort((a, b) => compareCodeUnits(a.memberId, b.memberId))
  return {
    records: matchedList.map((entry) => ({
      id: attendanceRecordId({ memberId: entry.memberId, date: meetingDate, kind, detail }),
      memberId: entry.memberId,
      date: meetingDate,
      kind,
      detail,
    })),
    matched: matchedList,
    unmatched: [...unmatched.values()]
      .sort((a, b) => a.row - b.row)
      .map((entry) => ({ ...entry, message: describeUnmatched(entry, locale) })),
  }
}

/**
 * What is wrong with an unmatched row and what to do, in `locale`.
 *
 * @example
 * describeUnmatched(entry, 'en')
 * // 'Row 7: 2 members are named José Pérez (m-0007, m-0102), so the import does not guess. ...'
 */
export function describeUnmatched(
  entry: Omit<UnmatchedAttendance, 'message'>,
  locale: Locale
): string {
  const who = entry.name || entry.email || ''
  const list = nameList(
    entry.candidates.map((member) => `${member.name} (${member.id})`),
    locale,
    10
  )
  const params = {
    row: entry.row,
    name: who,
    email: entry.email ?? '',
    count: entry.candidates.length,
    candidates: list,
  }
  if (entry.reason === 'ambiguous-email')
    return t(locale, 'participation.attendance.ambiguousEmail', params)
  if (entry.reason === 'ambiguous-name')
    return t(locale, 'participation.attendance.ambiguousName', params)
  return entry.candidates.length > 0
    ? t(locale, 'participation.attendance.noMatchSimilar', params)
    : t(locale, 'participation.attendance.noMatch', params)
}
