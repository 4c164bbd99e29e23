// Indexes participation records once (by member, calls, elections) so rules run in linear time.
import type { Participation } from '../schemas/participation'
import { compactDate, isoDateOf } from './compact-date'
import { daysBetween } from './date-math'

/** What the index needs of a participation record. */
export type ParticipationFact = Pick<Participation, 'memberId' | 'date' | 'kind'>

/** An election: vote dates close together (see ELECTION_GAP_DAYS), first and last day. */
export interface Election {
  start: string
  end: string
}

/**
 * Votes recorded on dates at most this many days apart belong to one election: an election
 * whose polls stay open a week has its votes recorded on the day each person voted.
 */
export const ELECTION_GAP_DAYS = 7

/** One member's records up to the index's date, as plain values (see `recordsOf`). */
export interface MemberRecords {
  /** Dates of the monthly calls attended. */
  callDates: Set<string>
  /** Dates of votes cast, oldest first. */
  voteDates: string[]
  /** Dates of working-group and other contributions, oldest first. */
  otherDates: string[]
  /** The latest record of any kind, or null. */
  lastSeen: string | null
}

/**
 * Every member's entries of one kind, back to back in one typed array: member number n owns
 * `values[start[n]]` up to (not including) `values[end[n]]`, in ascending order.
 */
export interface MemberRuns {
  start: Int32Array
  end: Int32Array
  values: Int32Array
}

/**
 * Every record up to `asOf`, indexed. The rules ask the same few questions of thousands of
 * members (calls attended in a window, a vote in an election, contributions since a day), so
 * the index is flat rather than a Set and arrays per member: each member with records gets a
 * number (see `memberNumber`), each kind of record one MemberRuns of compact dates (see
 * `compactDate`). A question is then a binary search over a few integers, and building the
 * index allocates a handful of arrays, not several per member.
 */
export interface ParticipationIndex {
  asOf: string
  /** Distinct monthly-call dates in the records, oldest first. */
  callDates: string[]
  /** The elections, oldest first. */
  elections: Election[]
  /** Each member with records, by ID: their number in the runs below. */
  memberNumbers: Map<string, number>
  /** The monthly calls each member attended, each once. */
  calls: MemberRuns
  /** Each member's votes. */
  votes: MemberRuns
  /** Each member's working-group and other contributions. */
  others: MemberRuns
}

const CALL = 0
const VOTE = 1
const OTHER = 2
type KindCode = typeof CALL | typeof VOTE | typeof OTHER

/**
 * The records up to the index's date, read once: who, what kind and which day, as parallel
 * columns, and the days calls and votes were held.
 */
interface RecordColumns {
  /** Per record: the member's number, or -1 for a record after the index's date. */
  member: Int32Array
  kind: Uint8Array
  /** Per record: its compact date. */
  date: Int32Array
  memberNumbers: Map<string, number>
  callDays: Set<number>
  voteDays: Set<number>
}

/**
 * Indexes the records dated on or before `asOf` (later ones, typed ahead by mistake, are left
 * out). Monthly calls are the distinct dates of 'monthly-call' records; elections are runs of
 * 'vote' dates no more than ELECTION_GAP_DAYS apart. Dates must be YYYY-MM-DD (as the
 * participation schema makes them); any other text is a RangeError.
 *
 * @example
 * const index = indexParticipation(records, '2026-06-30')
 * index.callDates.slice(-6) // the last six monthly calls
 */
export function indexParticipation(
  records: readonly ParticipationFact[],
  asOf: string
): ParticipationIndex {
  const columns = readRecords(records, compactDate(asOf))
  return {
    asOf,
    callDates: sortedDates(columns.callDays),
    elections: groupElections(sortedDates(columns.voteDays)),
    memberNumbers: columns.memberNumbers,
    ...groupByMember(columns),
  }
}

// One pass over the records, the only one that reads them (each lookup of a member's number
// is a hash of their ID: the costliest step of the index).
function readRecords(records: readonly ParticipationFact[], last: number): RecordColumns {
  const columns: RecordColumns = {
    member: new Int32Array(records.length),
    kind: new Uint8Array(records.length),
    date: new Int32Array(records.length),
    memberNumbers: new Map(),
    callDays: new Set(),
    voteDays: new Set(),
  }
  const { memberNumbers } = columns
  for (let at = 0; at < records.length; at++) {
    const record = records[at] as ParticipationFact
    const date = compactDate(record.date)
    if (date > last) {
      columns.member[at] = -1
      continue
    }
    let member = memberNumbers.get(record.memberId)
    if (member === undefined) {
      member = memberNumbers.size
      memberNumbers.set(record.memberId, member)
    }
    const kind: KindCode =
      record.kind === 'monthly-call' ? CALL : record.kind === 'vote' ? VOTE : OTHER
    columns.member[at] = member
    columns.kind[at] = kind
    columns.date[at] = date
    if (kind === CALL) columns.callDays.add(date)
    else if (kind === VOTE) columns.voteDays.add(date)
  }
  return columns
}

function sortedDates(days: ReadonlySet<number>): string[] {
  return [...days].sort((a, b) => a - b).map(isoDateOf)
}

function groupElections(voteDates: readonly string[]): Election[] {
  const elections: Election[] = []
  for (const date of voteDates) {
    const last = elections[elections.length - 1]
    if (last && daysBetween(last.end, date) <= ELECTION_GAP_DAYS) last.end = date
    else elections.push({ start: date, end: date })
  }
  return elections
}

// A counting sort by member, of the three kinds at once: count each member's records of each
// kind, lay every kind's runs out one after the other, fill them, then sort each run (most
// hold a handful of dates). Calls are kept once per date: joining a call twice is attending it.
function groupByMember(
  columns: RecordColumns
): Pick<ParticipationIndex, 'calls' | 'votes' | 'others'> {
  const members = columns.memberNumbers.size
  const { length } = columns.member
  const starts = [
    new Int32Array(members + 1),
    new Int32Array(members + 1),
    new Int32Array(members + 1),
  ]
  for (let at = 0; at < length; at++) {
    const member = columns.member[at] as number
    if (member === -1) continue
    const start = starts[columns.kind[at] as KindCode] as Int32Array
    start[member + 1] = (start[member + 1] as number) + 1
  }
  const runs = starts.map((start): MemberRuns => {
    for (let member = 0; member < members; member++)
      start[member + 1] = (start[member + 1] as number) + (start[member] as number)
    return { start, end: start.slice(0, members), values: new Int32Array(start[members] as number) }
  })
  for (let at = 0; at < length; at++) {
    const member = columns.member[at] as number
    if (member === -1) continue
    const { end, values } = runs[columns.kind[at] as KindCode] as MemberRuns
    const next = end[member] as number
    values[next] = columns.date[at] as number
    end[member] = next + 1
  }
  for (let kind = CALL; kind <= OTHER; kind++) {
    const { start, end, values } = runs[kind] as MemberRuns
    for (let member = 0; member < members; member++) {
      const from = start[member] as number
      sortRun(values, from, end[member] as number)
      if (kind === CALL) end[member] = from + dropRepeats(values, from, end[member] as number)
    }
  }
  const [calls, votes, others] = runs as [MemberRuns, MemberRuns, MemberRuns]
  return { calls, votes, others }
}

// Insertion sort for the usual short run; the built-in sort for a long one.
function sortRun(values: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    values.subarray(from, to).sort()
    return
  }
  for (let at = from + 1; at < to; at++) {
    const value = values[at] as number
    let into = at
    while (into > from && (values[into - 1] as number) > value) {
      values[into] = values[into - 1] as number
      into--
    }
    values[into] = value
  }
}

// Moves the distinct values of a sorted run to its front; returns how many there are.
function dropRepeats(values: Int32Array, from: number, to: number): number {
  if (to === from) return 0
  let kept = from + 1
  for (let at = from + 1; at < to; at++)
    if (values[at] !== values[kept - 1]) values[kept++] = values[at] as number
  return kept - from
}

// How many values of member `member`'s run are below `limit` (binary search).
function countBelow(runs: MemberRuns, member: number, limit: number): number {
  const from = runs.start[member] as number
  let low = from
  let high = runs.end[member] as number
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((runs.values[middle] as number) < limit) low = middle + 1
    else high = middle
  }
  return low - from
}

/**
 * The member's number in the index, for the questions below; -1 when they have no record.
 *
 * @example
 * memberNumber(index, 'm-0042') // 17
 */
export function memberNumber(index: ParticipationIndex, memberId: string): number {
  return index.memberNumbers.get(memberId) ?? -1
}

/**
 * How many monthly calls the member attended from `from` to `to` (compact dates, both
 * included).
 *
 * @example
 * callsAttended(index, memberNumber(index, 'm-0042'), 20260114, 20260610) // 4
 */
export function callsAttended(
  index: ParticipationIndex,
  member: number,
  from: number,
  to: number
): number {
  if (member === -1) return 0
  return countBelow(index.calls, member, to + 1) - countBelow(index.calls, member, from)
}

/**
 * The member's latest vote dated from `from` to `to` (compact dates, both included), or null.
 *
 * @example
 * lastVoteBetween(index, memberNumber(index, 'm-0042'), 20260310, 20260317) // '2026-03-12'
 */
export function lastVoteBetween(
  index: ParticipationIndex,
  member: number,
  from: number,
  to: number
): string | null {
  if (member === -1) return null
  const { votes } = index
  const upTo = countBelow(votes, member, to + 1)
  if (upTo === 0) return null
  const latest = votes.values[(votes.start[member] as number) + upTo - 1] as number
  return latest >= from ? isoDateOf(latest) : null
}

/**
 * How many working-group and other contributions the member made after `date` (compact).
 *
 * @example
 * contributionsAfter(index, memberNumber(index, 'm-0042'), 20250630) // 2: in the last 12 months
 */
export function contributionsAfter(
  index: ParticipationIndex,
  member: number,
  date: number
): number {
  if (member === -1) return 0
  const { others } = index
  const total = (others.end[member] as number) - (others.start[member] as number)
  return total - countBelow(others, member, date + 1)
}

/**
 * The member's latest record of any kind, or null when they have none.
 *
 * @example
 * lastSeenOf(index, memberNumber(index, 'm-0042')) // '2026-06-10'
 */
export function lastSeenOf(index: ParticipationIndex, member: number): string | null {
  if (member === -1) return null
  const { calls, votes, others } = index
  return isoDateOf(Math.max(lastOf(calls, member), lastOf(votes, member), lastOf(others, member)))
}

// The latest value of a member's run, or 0 when it is empty.
function lastOf(runs: MemberRuns, member: number): number {
  const end = runs.end[member] as number
  return end > (runs.start[member] as number) ? (runs.values[end - 1] as number) : 0
}

function runOf(runs: MemberRuns, member: number): Int32Array {
  return runs.values.subarray(runs.start[member], runs.end[member])
}

/**
 * A member's records in the index as plain values (empty when they have none). It builds
 * them afresh: rules that ask about thousands of members use the functions above instead.
 *
 * @example
 * recordsOf(index, 'm-0042').voteDates // ['2026-03-12']
 */
export function recordsOf(index: ParticipationIndex, memberId: string): MemberRecords {
  const member = memberNumber(index, memberId)
  if (member === -1) return { callDates: new Set(), voteDates: [], otherDates: [], lastSeen: null }
  return {
    callDates: new Set(Array.from(runOf(index.calls, member), isoDateOf)),
    voteDates: Array.from(runOf(index.votes, member), isoDateOf),
    otherDates: Array.from(runOf(index.others, member), isoDateOf),
    lastSeen: lastSeenOf(index, member),
  }
}

/** How many of `sorted` (ascending) are <= `date`. */
export function countUpTo(sorted: readonly string[], date: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as string) <= date) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The last `count` monthly calls held on or before `date`, oldest first.
 *
 * @example
 * callWindow(index, 6) // ['2026-01-14', ..., '2026-06-10']
 */
export function callWindow(
  index: ParticipationIndex,
  count: number,
  date: string = index.asOf
): string[] {
  const end = countUpTo(index.callDates, date)
  return index.callDates.slice(Math.max(0, end - count), end)
}

/**
 * The last election that had begun by `date`, or null when none had.
 *
 * @example
 * lastElection(index) // { start: '2026-03-10', end: '2026-03-12' }
 */
export function lastElection(
  index: ParticipationIndex,
  date: string = index.asOf
): Election | null {
  for (let i = index.elections.length - 1; i >= 0; i--) {
    const election = index.elections[i] as Election
    if (election.start <= date) return election
  }
  return null
}
