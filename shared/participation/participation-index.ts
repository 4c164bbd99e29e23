// Indexes participation records once (by member, calls, elections) so rules run in linear time.
import type { Participation } from '../schemas/participation'
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

/** One member's records up to the index's date. */
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

/** Every record up to `asOf`, indexed. */
export interface ParticipationIndex {
  asOf: string
  /** Distinct monthly-call dates in the records, oldest first. */
  callDates: string[]
  /** The elections, oldest first. */
  elections: Election[]
  byMember: Map<string, MemberRecords>
}

const NO_RECORDS: MemberRecords = Object.freeze({
  callDates: new Set<string>(),
  voteDates: [],
  otherDates: [],
  lastSeen: null,
})

/**
 * Indexes the records dated on or before `asOf` (later ones, typed ahead by mistake, are left
 * out). Monthly calls are the distinct dates of 'monthly-call' records; elections are runs of
 * 'vote' dates no more than ELECTION_GAP_DAYS apart.
 *
 * @example
 * const index = indexParticipation(records, '2026-06-30')
 * index.callDates.slice(-6) // the last six monthly calls
 */
export function indexParticipation(
  records: readonly ParticipationFact[],
  asOf: string
): ParticipationIndex {
  const byMember = new Map<string, MemberRecords>()
  const calls = new Set<string>()
  const votes = new Set<string>()
  for (const record of records) {
    if (record.date > asOf) continue
    let member = byMember.get(record.memberId)
    if (!member) {
      member = { callDates: new Set(), voteDates: [], otherDates: [], lastSeen: null }
      byMember.set(record.memberId, member)
    }
    if (record.kind === 'monthly-call') {
      member.callDates.add(record.date)
      calls.add(record.date)
    } else if (record.kind === 'vote') {
      member.voteDates.push(record.date)
      votes.add(record.date)
    } else {
      member.otherDates.push(record.date)
    }
    if (member.lastSeen === null || record.date > member.lastSeen) member.lastSeen = record.date
  }
  for (const member of byMember.values()) {
    member.voteDates.sort()
    member.otherDates.sort()
  }
  return {
    asOf,
    callDates: [...calls].sort(),
    elections: groupElections([...votes].sort()),
    byMember,
  }
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

/**
 * A member's records in the index (empty when they have none).
 *
 * @example
 * recordsOf(index, 'm-0042').lastSeen // '2026-06-10'
 */
export function recordsOf(index: ParticipationIndex, memberId: string): MemberRecords {
  return index.byMember.get(memberId) ?? NO_RECORDS
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
