import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settingsSchema } from './settings'

describe('settings schema', () => {
  it('starts with the 2023 rules: 3 of the last 6 calls or a vote, 8 weeks’ notice for CROP', () => {
    expect(DEFAULT_SETTINGS.activeRule).toEqual({
      callsAttended: 3,
      ofLastMonthlyCalls: 6,
      orVotedInLastElection: true,
    })
    expect(DEFAULT_SETTINGS.crop.leadTimeWeeks).toBe(8)
    expect(DEFAULT_SETTINGS.alsReviewMonths).toBeGreaterThan(0)
    expect(DEFAULT_SETTINGS.crop.tripsPerFiscalYear).toBeGreaterThan(0)
    expect(DEFAULT_SETTINGS.crop.tripDays).toBeGreaterThan(0)
  })

  it('fills in only what a partial Settings tab leaves out', () => {
    const settings = settingsSchema.parse({
      activeRule: { callsAttended: 4 },
      crop: { tripsPerFiscalYear: 2 },
    })
    expect(settings.activeRule).toEqual({
      callsAttended: 4,
      ofLastMonthlyCalls: 6,
      orVotedInLastElection: true,
    })
    expect(settings.crop).toEqual({ ...DEFAULT_SETTINGS.crop, tripsPerFiscalYear: 2 })
  })

  it('refuses a rule that asks for more calls than it looks at', () => {
    const issue = settingsSchema.safeParse({ activeRule: { callsAttended: 7 } }).error?.issues[0]
    expect(issue).toMatchObject({
      path: ['activeRule', 'callsAttended'],
      message: 'calls_attended_exceeds_window',
      params: { window: 6 },
    })
  })

  it('refuses counts that are not whole numbers in range', () => {
    const result = settingsSchema.safeParse({
      alsReviewMonths: 0,
      crop: { leadTimeWeeks: 'eight', tripDays: 2.5 },
    })
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'alsReviewMonths',
      'crop.leadTimeWeeks',
      'crop.tripDays',
    ])
  })

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true)
  })
})
