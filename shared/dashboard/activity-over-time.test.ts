import { describe, expect, it } from 'vitest'
import { indexParticipation } from '../participation/participation-index'
import type { Participation } from '../schemas/participation'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import { activityOverTime } from './activity-over-time'

const TODAY = '2026-06-15'
const record = (memberId: string, date: string, kind: Participation['kind']) => ({
  memberId,
  date,
  kind,
})

describe('activityOverTime', () => {
  const records = [
    // Ana attends the calls from January to June; Luis only in June; a vote in March.
    ...['2026-01-14', '2026-02-11', '2026-03-11', '2026-04-08', '2026-05-13', '2026-06-10'].flatMap(
      (date) => [record('ana', date, 'monthly-call')]
    ),
    record('luis', '2026-06-10', 'monthly-call'),
    record('luis', '2026-03-10', 'vote'),
    record('zoe', '2026-03-20', 'working-group'),
    record('zoe', '2025-06-20', 'other'),
    record('zoe', '2025-05-20', 'other'),
    record('zoe', '2026-06-20', 'other'),
  ]
  const members = [{ id: 'ana' }, { id: 'luis' }, { id: 'zoe' }]
  const months = activityOverTime(
    records,
    indexParticipation(records, TODAY),
    members,
    DEFAULT_SETTINGS,
    TODAY,
    { locale: 'en' }
  )

  it('has the last 12 months, oldest first, labelled for charts', () => {
    expect(months.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ])
    expect(months[11]?.label).toBe('Jun 2026')
  })

  it('counts records by kind and distinct participants; later and older records are left out', () => {
    expect(months[11]).toMatchObject({ calls: 1, attendances: 2, participants: 2, other: 0 })
    expect(months[8]).toMatchObject({
      calls: 1,
      attendances: 1,
      votes: 1,
      workingGroups: 1,
      participants: 3,
    })
    expect(months.reduce((sum, m) => sum + m.other, 0)).toBe(0)
  })

  it('counts the members active at each month’s end by the Settings rule', () => {
    // Ana reaches 3 calls in March; Luis is active from the March election on.
    expect(months.map((m) => m.activeMembers)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2])
  })
})
