import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PARTICIPATION_KINDS } from '../schemas/participation-values'
import { compactDate } from './compact-date'
import { daysBetween } from './date-math'
import {
  callsAttended,
  callWindow,
  contributionsAfter,
  countUpTo,
  ELECTION_GAP_DAYS,
  indexParticipation,
  lastElection,
  lastSeenOf,
  lastVoteBetween,
  memberNumber,
  type ParticipationFact,
  recordsOf,
} from './participation-index'

const call = (memberId: string, date: string) => ({ memberId, date, kind: 'monthly-call' as const })
const vote = (memberId: string, date: string) => ({ memberId, date, kind: 'vote' as const })

describe('indexParticipation', () => {
  it('takes the distinct monthly-call dates of all members as the calls held', () => {
    const index = indexParticipation(
      [call('a', '2026-02-11'), call('b', '2026-02-11'), call('a', '2026-01-14')],
      '2026-06-30'
    )
    expect(index.callDates).toEqual(['2026-01-14', '2026-02-11'])
    expect([...recordsOf(index, 'a').callDates].sort()).toEqual(['2026-01-14', '2026-02-11'])
  })

  it('leaves out records dated after the day it is built for', () => {
    const index = indexParticipation(
      [call('a', '2026-07-01'), call('a', '2026-06-30')],
      '2026-06-30'
    )
    expect(index.callDates).toEqual(['2026-06-30'])
    expect(recordsOf(index, 'a').lastSeen).toBe('2026-06-30')
  })

  it(`groups votes at most ${ELECTION_GAP_DAYS} days apart into one election`, () => {
    const index = indexParticipation(
      [
        vote('a', '2025-05-02'),
        vote('b', '2026-03-10'),
        vote('c', '2026-03-14'),
        vote('d', '2026-03-17'),
      ],
      '2026-06-30'
    )
    expect(index.elections).toEqual([
      { start: '2025-05-02', end: '2025-05-02' },
      { start: '2026-03-10', end: '2026-03-17' },
    ])
    expect(lastElection(index)).toEqual({ start: '2026-03-10', end: '2026-03-17' })
    expect(lastElection(index, '2025-12-31')).toEqual({ start: '2025-05-02', end: '2025-05-02' })
    expect(lastElection(index, '2025-01-01')).toBeNull()
  })

  it('gives the last calls up to a date, however few are on record', () => {
    const dates = ['2026-01-14', '2026-02-11', '2026-03-11', '2026-04-08']
    const index = indexParticipation(
      dates.map((date) => call('a', date)),
      '2026-06-30'
    )
    expect(callWindow(index, 2)).toEqual(['2026-03-11', '2026-04-08'])
    expect(callWindow(index, 6)).toEqual(dates)
    expect(callWindow(index, 2, '2026-03-01')).toEqual(['2026-01-14', '2026-02-11'])
  })

  it('keeps working-group and other contributions apart from calls and votes', () => {
    const index = indexParticipation(
      [
        { memberId: 'a', date: '2026-05-02', kind: 'working-group' },
        { memberId: 'a', date: '2026-04-02', kind: 'other' },
      ],
      '2026-06-30'
    )
    expect(recordsOf(index, 'a').otherDates).toEqual(['2026-04-02', '2026-05-02'])
    expect(index.callDates).toEqual([])
    expect(recordsOf(index, 'nobody').lastSeen).toBeNull()
  })

  it('counts sorted dates up to a day by binary search', () => {
    const sorted = ['2026-01-01', '2026-02-01', '2026-02-01', '2026-03-01']
    expect(countUpTo(sorted, '2025-12-31')).toBe(0)
    expect(countUpTo(sorted, '2026-02-01')).toBe(3)
    expect(countUpTo(sorted, '2026-12-31')).toBe(4)
  })
})

// The index's answers worked out the slow, obvious way, from the records themselves.
function reference(records: readonly ParticipationFact[], asOf: string) {
  const kept = records.filter((record) => record.date <= asOf)
  const datesOf = (keep: (record: ParticipationFact) => boolean) =>
    kept
      .filter(keep)
      .map((record) => record.date)
      .sort()
  return {
    callDates: [...new Set(datesOf((record) => record.kind === 'monthly-call'))],
    voteDates: [...new Set(datesOf((record) => record.kind === 'vote'))],
    member(memberId: string) {
      const mine = (kinds: readonly ParticipationFact['kind'][]) =>
        datesOf((record) => record.memberId === memberId && kinds.includes(record.kind))
      return {
        callDates: new Set(mine(['monthly-call'])),
        voteDates: mine(['vote']),
        otherDates: mine(['working-group', 'other']),
        lastSeen: mine(PARTICIPATION_KINDS).at(-1) ?? null,
      }
    },
  }
}

const MEMBERS = ['a', 'b', 'c']
// Thirty days and three members: records often share a day, and a member often has a
// record on the first or last day of the window asked about.
const isoDay = fc
  .integer({ min: 0, max: 30 })
  .map((offset) => new Date(Date.UTC(2026, 2, 1 + offset)).toISOString().slice(0, 10))
const arbitraryRecord = fc.record({
  memberId: fc.constantFrom(...MEMBERS),
  date: isoDay,
  kind: fc.constantFrom(...PARTICIPATION_KINDS),
})
// Records, the index's day and a window, its bounds often taken from the records' own dates.
const arbitraryCase = fc
  .array(arbitraryRecord, { minLength: 1, maxLength: 120 })
  .chain((records) => {
    const day = fc.oneof(isoDay, fc.constantFrom(...records.map((record) => record.date)))
    return fc.tuple(fc.constant(records), day, day, day)
  })

describe('the flat index', () => {
  it('agrees with a direct reading of the records for any records and any day', () => {
    fc.assert(
      fc.property(arbitraryCase, ([records, asOf, first, second]) => {
        const index = indexParticipation(records, asOf)
        const expected = reference(records, asOf)
        expect(index.callDates).toEqual(expected.callDates)
        const [from, to] = first <= second ? [first, second] : [second, first]
        for (const memberId of [...MEMBERS, 'nobody']) {
          const mine = expected.member(memberId)
          expect(recordsOf(index, memberId)).toEqual(mine)
          const member = memberNumber(index, memberId)
          expect(lastSeenOf(index, member)).toBe(mine.lastSeen)
          expect(callsAttended(index, member, compactDate(from), compactDate(to))).toBe(
            [...mine.callDates].filter((date) => date >= from && date <= to).length
          )
          expect(lastVoteBetween(index, member, compactDate(from), compactDate(to))).toBe(
            mine.voteDates.filter((date) => date >= from && date <= to).at(-1) ?? null
          )
          expect(contributionsAfter(index, member, compactDate(from))).toBe(
            mine.otherDates.filter((date) => date > from).length
          )
        }
      })
    )
  })

  it('groups any votes into elections no more than a week apart, covering every vote', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 60 }), (records) => {
        const index = indexParticipation(records, '2099-12-31')
        const votes = reference(records, '2099-12-31').voteDates
        const covered = votes.filter((date) =>
          index.elections.some((election) => date >= election.start && date <= election.end)
        )
        expect(covered).toEqual(votes)
        index.elections.forEach((election, at) => {
          const next = index.elections[at + 1]
          if (next) expect(daysBetween(election.end, next.start)).toBeGreaterThan(ELECTION_GAP_DAYS)
        })
      })
    )
  })

  it('refuses a record whose date is not YYYY-MM-DD, naming it', () => {
    expect(() =>
      indexParticipation([{ memberId: 'a', date: '10/06/2026', kind: 'vote' }], '2026-06-30')
    ).toThrow(/10\/06\/2026/)
  })
})
