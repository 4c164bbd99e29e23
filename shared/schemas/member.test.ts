import { describe, expect, it } from 'vitest'
import { cropTripSummary, hasNoGoConflict, memberSchema, recordId } from './member'

const member = {
  id: 'm-0042',
  name: 'Sofía Núñez',
  email: 'sofía@correo.uy',
  country: 'UY',
  alsId: 'ALS-UY-02',
  languages: ['es', 'en'],
  gender: 'mujer',
  expertise: ['DNSSEC', 'Aceptación Universal'],
  conflicts: [{ description: 'Trabaja en un registrador de nombres de dominio', noGo: true }],
  cropTrips: [
    { eventId: 'caribnog-25', date: '2023-03-26' },
    { eventId: 'lacnic-39', date: '2023-05-08' },
  ],
}

describe('member schema', () => {
  it('accepts a Members tab row', () => {
    expect(memberSchema.parse(member)).toEqual(member)
  })

  it('fills in what a new member has not given', () => {
    const parsed = memberSchema.parse({ id: 'm-0500', name: 'Jean-Baptiste Joseph', country: 'HT' })
    expect(parsed).toMatchObject({
      email: null,
      alsId: null,
      languages: [],
      gender: null,
      expertise: [],
      conflicts: [],
      cropTrips: [],
    })
    expect(memberSchema.parse({ ...member, email: '  ', gender: '' })).toMatchObject({
      email: null,
      gender: null,
    })
  })

  it('never changes a name beyond composing it (NFC)', () => {
    for (const name of [
      '李小龙',
      'Zoë Saldaña',
      'Ngũgĩ wa Thiong’o',
      'محمد الأمين',
      "D'Andrea O'Neil",
    ])
      expect(memberSchema.parse({ ...member, name }).name).toBe(name)
    expect(memberSchema.parse({ ...member, name: 'Sofi\u0301a' }).name).toBe('Sofía')
  })

  it('checks the email with the shared Universal Acceptance rules', () => {
    expect(memberSchema.parse({ ...member, email: '用户@例子.广告' }).email).toBe('用户@例子.广告')
    const issue = memberSchema.safeParse({ ...member, email: 'sofia@@correo.uy' }).error?.issues[0]
    expect(issue).toMatchObject({ path: ['email'], message: 'email.multiple-at' })
  })

  it('points at the nested field at fault', () => {
    const result = memberSchema.safeParse({
      ...member,
      country: 'PT',
      languages: ['es', 'de'],
      conflicts: [{ description: '' }],
      cropTrips: [{ eventId: 'CaribNOG 25', date: '26/3/23' }],
    })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['country', 'country_not_in_region'],
      ['languages.1', expect.stringContaining('Invalid option')],
      ['conflicts.0.description', expect.stringContaining('Too small')],
      ['cropTrips.0.eventId', 'invalid_event_id'],
      ['cropTrips.0.date', 'invalid_date'],
    ])
  })

  it('sums up CROP trips for the shortlist: how many, and the last one', () => {
    const parsed = memberSchema.parse(member)
    expect(cropTripSummary(parsed)).toEqual({ count: 2, lastDate: '2023-05-08' })
    expect(cropTripSummary({ cropTrips: [] })).toEqual({ count: 0, lastDate: null })
    expect(hasNoGoConflict(parsed)).toBe(true)
    expect(hasNoGoConflict({ conflicts: [{ description: 'ISOC chapter', noGo: false }] })).toBe(
      false
    )
  })

  it('accepts record IDs as staff write them, and UUIDs', () => {
    expect(recordId.parse(' ALS-AR-01 ')).toBe('ALS-AR-01')
    expect(recordId.parse('0b6f1c9e-3f7a-4c52-9a55-1d2f3e4a5b6c')).toBe(
      '0b6f1c9e-3f7a-4c52-9a55-1d2f3e4a5b6c'
    )
    expect(recordId.safeParse('m/42').success).toBe(false)
    expect(recordId.safeParse('-m42').success).toBe(false)
  })
})
