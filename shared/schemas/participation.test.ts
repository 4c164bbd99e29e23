import { describe, expect, it } from 'vitest'
import { PARTICIPATION_KINDS, participationSchema } from './participation'

const record = {
  id: 'p-2023-0311',
  memberId: 'm-0042',
  date: '2023-03-13',
  kind: 'monthly-call',
  detail: 'Llamada mensual de LACRALO, marzo de 2023',
}

describe('participation schema', () => {
  it('accepts a dated participation record', () => {
    expect(participationSchema.parse(record)).toEqual(record)
    expect(participationSchema.parse({ ...record, kind: 'vote', detail: '' }).detail).toBeNull()
  })

  it('knows the kinds the active rule counts', () => {
    expect(PARTICIPATION_KINDS).toEqual(['monthly-call', 'vote', 'working-group', 'other'])
  })

  it('refuses an impossible date, an unknown kind and a missing member', () => {
    const result = participationSchema.safeParse({
      ...record,
      memberId: undefined,
      date: '2023-02-29',
      kind: 'call',
    })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['memberId', 'invalid_type'],
      ['date', 'custom'],
      ['kind', 'invalid_value'],
    ])
  })
})
