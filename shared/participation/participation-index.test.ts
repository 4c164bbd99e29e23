import { describe, expect, it } from 'vitest'
import {
  callWindow,
  countUpTo,
  ELECTION_GAP_DAYS,
  indexParticipation,
  lastElection,
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
