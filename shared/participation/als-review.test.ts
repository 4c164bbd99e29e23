import { describe, expect, it } from 'vitest'
import type { Als } from '../schemas/als'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import { alsReviewList } from './als-review'

const als = (id: string, status: Als['status'], representatives: string[] = []): Als => ({
  id,
  name: `${id} name`,
  country: id.slice(4, 6),
  status,
  accreditationDate: '2010-01-01',
  website: null,
  representatives,
})
const members = [
  { id: 'm-1', name: 'Ana', alsId: 'ALS-UY-01' },
  { id: 'm-2', name: 'Luis', alsId: 'ALS-AR-01' },
  { id: 'm-3', name: 'Zoë', alsId: 'ALS-DO-01' },
  { id: 'm-4', name: 'Kwame', alsId: null },
]
const seen = (memberId: string, date: string) => ({
  memberId,
  date,
  kind: 'working-group' as const,
})
const TODAY = '2026-06-30'

describe('alsReviewList', () => {
  it('lists the ALSes none of whose people took part in the last 12 months, never-seen first', () => {
    const alses = [
      als('ALS-UY-01', 'active'),
      als('ALS-AR-01', 'active'),
      als('ALS-DO-01', 'under-review'),
      als('ALS-GY-01', 'inactive', ['m-4']),
    ]
    const records = [
      seen('m-1', '2026-01-10'),
      seen('m-2', '2025-03-02'),
      seen('m-4', '2024-11-20'),
    ]
    const list = alsReviewList(alses, members, records, DEFAULT_SETTINGS, TODAY)
    expect(list.map((entry) => [entry.alsId, entry.lastSeen, entry.monthsSince])).toEqual([
      ['ALS-DO-01', null, null],
      ['ALS-GY-01', '2024-11-20', 19],
      ['ALS-AR-01', '2025-03-02', 15],
    ])
    expect(list[0]?.message).toBe(
      'no participation recorded for any of its people (1 on the roster)'
    )
    expect(list[2]?.message).toBe('no participation by any of its people since 2025-03-02')
  })

  it('counts a listed representative as one of its people even without that ALS on their row', () => {
    const list = alsReviewList(
      [als('ALS-GY-01', 'active', ['m-4'])],
      members,
      [seen('m-4', '2026-06-01')],
      DEFAULT_SETTINGS,
      TODAY
    )
    expect(list).toEqual([])
  })

  it('keeps an ALS seen exactly alsReviewMonths ago off the list, and lists it a day later', () => {
    const settings = { alsReviewMonths: 6 }
    const alses = [als('ALS-UY-01', 'active')]
    expect(alsReviewList(alses, members, [seen('m-1', '2025-12-30')], settings, TODAY)).toEqual([])
    expect(
      alsReviewList(alses, members, [seen('m-1', '2025-12-29')], settings, TODAY).map(
        (e) => e.alsId
      )
    ).toEqual(['ALS-UY-01'])
  })

  it('leaves out applicants and decertified ALSes, and says when an ALS has nobody on the roster', () => {
    const list = alsReviewList(
      [als('ALS-BR-01', 'applicant'), als('ALS-BR-02', 'decertified'), als('ALS-BR-03', 'active')],
      members,
      [],
      DEFAULT_SETTINGS,
      TODAY,
      { locale: 'pt' }
    )
    expect(list.map((entry) => entry.alsId)).toEqual(['ALS-BR-03'])
    expect(list[0]).toMatchObject({ memberCount: 0, lastSeen: null })
    expect(list[0]?.message).toBe(
      'não há representantes nem membros na aba Members, então nenhuma participação pode ser registrada'
    )
  })
})
