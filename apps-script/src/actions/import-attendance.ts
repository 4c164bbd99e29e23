// "Import attendance": a meeting's participant list (parsed in the sidebar, which carries the
// CSV parser) matched to members, new records appended to Participation, the rest listed for a
// person to resolve; then every member's and ALS's Active and Reason recomputed.
import { t } from '../../../shared/i18n/catalogue'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { readAttendanceTable } from '../../../shared/participation/attendance-table'
import {
  type AttendanceCandidate,
  attendanceRecordId,
  matchAttendance,
  type UnmatchedReason,
} from '../../../shared/participation/match-attendance'
import type { Participation } from '../../../shared/schemas/participation'
import {
  PARTICIPATION_KINDS,
  type ParticipationKind,
} from '../../../shared/schemas/participation-values'
import { isIsoDate } from '../../../shared/schemas/primitives'
import { recordToRow } from '../../../shared/workbook/tabs'
import { ActionError, type ActionProblem } from './action-error'
import type { ActionHost } from './action-host'
import { recomputeActivity } from './activity-columns'
import { type ActionResult, runAction } from './run-action'
import { type RecordReader, recordReader } from './workbook-records'

/** The most lines a participant list may have (a meeting of the whole region is far fewer). */
export const MAX_ATTENDANCE_ROWS = 5000

/**
 * What the sidebar sends: the meeting, and the participant list's lines as the sidebar's CSV
 * parser split them (readCsvFile, as Import events does: the add-on's server bundles no CSV
 * parser), with the lines whose quotes never close.
 *
 * @example
 * const { table, unclosedQuoteRows } = await readCsvFile(file, text)
 * google.script.run.importAttendance({ meetingDate: '2026-03-10', kind: 'monthly-call', table, unclosedQuoteRows })
 */
export interface AttendanceRequest {
  /** YYYY-MM-DD. */
  meetingDate: string
  kind: ParticipationKind
  /** What the records' Detail column says ("LACRALO monthly call, March 2026"). */
  detail?: string | null
  table: (string | number | boolean | null)[][]
  unclosedQuoteRows?: number[]
}

/** A participant the import did not match, with the members it could be. */
export interface UnmatchedView {
  row: number
  rows: number[]
  name: string
  email: string | null
  reason: UnmatchedReason
  message: string
  candidates: AttendanceCandidate[]
}

/** What an import (or a resolution) did; plain JSON for the sidebar. */
export interface AttendanceReport {
  message: string
  meetingDate: string
  kind: ParticipationKind
  detail: string | null
  /** Participant rows read from the file. */
  participants: number
  /** Members found (one record each, however often they joined). */
  matched: number
  /** Records appended to Participation, and records it already had. */
  added: number
  alreadyThere: number
  unmatched: UnmatchedView[]
  /** The file's problems and rows left out of other tabs. */
  problems: ActionProblem[]
  members: number
  activeMembers: number
  notes: string[]
}

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max
const isOptionalText = (value: unknown, max: number) =>
  value === undefined || value === null || isText(value, max)

function readMeeting(request: Record<string, unknown>) {
  const { meetingDate, kind, detail } = request
  if (typeof meetingDate !== 'string' || !isIsoDate(meetingDate.trim()))
    throw new ActionError('invalid-input', 'participation.attendance.badDate', {
      value: String(meetingDate ?? ''),
    })
  if (!(PARTICIPATION_KINDS as readonly unknown[]).includes(kind))
    throw new ActionError('invalid-input', 'participation.attendance.badKind', {
      value: String(kind ?? ''),
    })
  if (!isOptionalText(detail, 500)) throw new ActionError('invalid-input', 'attendance.badRequest')
  const text = typeof detail === 'string' ? detail.normalize('NFC').trim() : ''
  return {
    meetingDate: meetingDate.trim(),
    kind: kind as ParticipationKind,
    detail: text === '' ? null : text,
  }
}

const isCell = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

function readRequest(request: unknown) {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new ActionError('invalid-input', 'attendance.badRequest')
  const fields = request as Record<string, unknown>
  const meeting = readMeeting(fields)
  const { table, unclosedQuoteRows = [] } = fields
  const valid =
    Array.isArray(table) &&
    table.every((row) => Array.isArray(row) && (row as unknown[]).every(isCell)) &&
    Array.isArray(unclosedQuoteRows) &&
    unclosedQuoteRows.every((row) => Number.isInteger(row) && (row as number) >= 1)
  if (!valid) throw new ActionError('invalid-input', 'attendance.badRequest')
  if (table.length > MAX_ATTENDANCE_ROWS + 50)
    throw new ActionError('invalid-input', 'attendance.tooManyRows', {
      limit: MAX_ATTENDANCE_ROWS,
    })
  const lines = (table as unknown[][]).map((row) =>
    row.map((cell) => (cell === null ? '' : String(cell)))
  )
  return { ...meeting, lines, unclosedQuoteRows: unclosedQuoteRows as number[] }
}

type Meeting = ReturnType<typeof readMeeting>

/**
 * Appends the records Participation lacks (by ID: the same meeting imported twice adds
 * nothing), then recomputes Active and Reason on Members and ALS. Returns the counts and
 * the totals for the report.
 */
function appendAndRecompute(host: ActionHost, reader: RecordReader, records: Participation[]) {
  const participation = reader.tab('Participation')
  const existing = new Set(
    participation.content.rows.map((row) => String(row.cells.ID ?? '').trim())
  )
  const fresh = records.filter((record) => !existing.has(record.id))
  host.workbook.appendRows(
    'Participation',
    fresh.map((record) => recordToRow('Participation', record))
  )
  const totals = recomputeActivity(host, {
    members: reader.tab('Members'),
    alses: reader.tab('ALS', { optional: true }),
    records: [...participation.records.map(({ record }) => record), ...fresh],
    settings: reader.settings(),
    today: reader.today,
  })
  return { added: fresh.length, alreadyThere: records.length - fresh.length, totals }
}

function report(
  host: ActionHost,
  meeting: Meeting,
  figures: {
    participants: number
    matched: number
    added: number
    alreadyThere: number
    unmatched: UnmatchedView[]
    problems: ActionProblem[]
    members: number
    activeMembers: number
    notes: string[]
  }
): AttendanceReport {
  const { locale } = host
  return {
    message: t(locale, 'attendance.done', {
      added: figures.added,
      existing: figures.alreadyThere,
      unmatched: figures.unmatched.length,
      date: meeting.meetingDate,
      kind: valueLabel('participationKind', meeting.kind, locale),
    }),
    ...meeting,
    ...figures,
  }
}

/**
 * Matches the participant rows to members (shared matchAttendance: email key, then exact full
 * name; never a guess), appends one record per member found to Participation with
 * deterministic IDs (a second import of the same meeting adds nothing), lists the others
 * with their candidate members, and recomputes Active and Reason. Call it holding the lock.
 *
 * @example
 * importAttendance(host, { meetingDate: '2026-03-10', kind: 'monthly-call', rows }).unmatched[0]?.candidates
 */
export function importAttendance(host: ActionHost, request: unknown): AttendanceReport {
  const input = readRequest(request)
  const { locale } = host
  const parsed = readAttendanceTable(input.lines, {
    locale,
    unclosedQuoteRows: input.unclosedQuoteRows,
  })
  const problems: ActionProblem[] = parsed.problems.map((problem) => ({
    tab: null,
    row: problem.row,
    column: null,
    message: problem.message,
    severity: problem.severity,
  }))
  const fatal = parsed.problems.find((problem) => problem.severity === 'error')
  if (fatal)
    throw new ActionError('invalid-input', 'participation.attendance.noHeader', {}, problems)
  if (parsed.rows.length === 0) throw new ActionError('empty', 'attendance.empty', {}, problems)
  const meeting = { meetingDate: input.meetingDate, kind: input.kind, detail: input.detail }
  const reader = recordReader(host)
  const members = reader.tab('Members').records.map(({ record }) => record)
  const match = matchAttendance(parsed.rows, members, {
    meetingDate: input.meetingDate,
    kind: input.kind,
    detail: input.detail,
    locale,
  })
  const { added, alreadyThere, totals } = appendAndRecompute(host, reader, match.records)
  return report(host, meeting, {
    participants: parsed.rows.length,
    matched: match.matched.length,
    added,
    alreadyThere,
    unmatched: match.unmatched.map((entry) => ({
      row: entry.row,
      rows: entry.rows,
      name: entry.name,
      email: entry.email,
      reason: entry.reason,
      message: entry.message,
      candidates: entry.candidates,
    })),
    problems,
    members: totals.members,
    activeMembers: totals.activeMembers,
    notes: reader.notes,
  })
}

/** A person's decision about unmatched participants: these members attended the meeting. */
export interface AttendanceResolution {
  meetingDate: string
  kind: ParticipationKind
  detail?: string | null
  memberIds: string[]
}

/**
 * Records the meeting for members a person picked (for rows the import could not match):
 * the same IDs the import would have given, so nothing is recorded twice. Each member must
 * be on the Members tab. Call it holding the lock.
 *
 * @example
 * recordAttendance(host, { meetingDate: '2026-03-10', kind: 'monthly-call', memberIds: ['m-0007'] }).added // 1
 */
export function recordAttendance(host: ActionHost, request: unknown): AttendanceReport {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new ActionError('invalid-input', 'attendance.badRequest')
  const fields = request as Record<string, unknown>
  const meeting = readMeeting(fields)
  const ids = fields.memberIds
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > MAX_ATTENDANCE_ROWS ||
    !ids.every((id) => isText(id, 64))
  )
    throw new ActionError('invalid-input', 'attendance.badRequest')
  const reader = recordReader(host)
  const known = new Set(reader.tab('Members').records.map(({ record }) => record.id))
  const unknown = (ids as string[]).filter((id) => !known.has(id.trim()))
  if (unknown.length > 0)
    throw new ActionError('invalid-input', 'attendance.unknownMembers', {
      ids: unknown.join(', '),
    })
  const memberIds = [...new Set((ids as string[]).map((id) => id.trim()))]
  const records: Participation[] = memberIds.map((memberId) => ({
    id: attendanceRecordId({
      memberId,
      date: meeting.meetingDate,
      kind: meeting.kind,
      detail: meeting.detail,
    }),
    memberId,
    date: meeting.meetingDate,
    kind: meeting.kind,
    detail: meeting.detail,
  }))
  const { added, alreadyThere, totals } = appendAndRecompute(host, reader, records)
  return report(host, meeting, {
    participants: memberIds.length,
    matched: memberIds.length,
    added,
    alreadyThere,
    unmatched: [],
    problems: [],
    members: totals.members,
    activeMembers: totals.activeMembers,
    notes: reader.notes,
  })
}

/**
 * The sidebar action: importAttendance under the lock, with a toast.
 *
 * @example
 * export function importAttendance(request) { return runImportAttendance(appsScriptActionHost(), request) }
 */
export function runImportAttendance(
  host: ActionHost,
  request: unknown
): ActionResult<AttendanceReport> {
  return runAction(host, { title: 'insights.menu.importAttendance', lock: true }, () =>
    importAttendance(host, request)
  )
}

/**
 * The sidebar action: recordAttendance under the lock, with a toast.
 *
 * @example
 * export function recordAttendance(request) { return runRecordAttendance(appsScriptActionHost(), request) }
 */
export function runRecordAttendance(
  host: ActionHost,
  request: unknown
): ActionResult<AttendanceReport> {
  return runAction(host, { title: 'insights.menu.importAttendance', lock: true }, () =>
    recordAttendance(host, request)
  )
}
