import { describe, expect, it } from 'vitest'
import type { ProspectDates } from './pipeline-stages'
import { stepDateRefusal } from './step-date'

const dates: ProspectDates = {
  identifiedOn: '2026-02-01',
  contactedOn: '2026-02-10',
  invitedOn: '2026-02-20',
  attendedOn: null,
  appliedOn: null,
  joinedOn: null,
  declinedOn: null,
}

describe('stepDateRefusal', () => {
  it('accepts a date on or after every step before the stage', () => {
    expect(stepDateRefusal(dates, 'attended', '2026-02-20')).toBeNull()
    // Only the steps before it count: invited is after contacted.
    expect(stepDateRefusal(dates, 'contacted', '2026-02-05')).toBeNull()
  })

  it('names the latest earlier step a date comes before', () => {
    expect(stepDateRefusal(dates, 'applied', '2026-02-09')).toEqual({
      code: 'before-earlier-step',
      params: { date: '2026-02-09', stage: 'invited', stageDate: '2026-02-20' },
    })
    // Every step comes before a decline.
    expect(stepDateRefusal(dates, 'declined', '2026-02-15')?.params.stage).toBe('invited')
  })

  it('refuses a date before Identified on, and one that is not a calendar date', () => {
    expect(stepDateRefusal(dates, 'contacted', '2026-01-31')?.code).toBe('before-identified')
    expect(stepDateRefusal(dates, 'contacted', '2026-02-30')?.code).toBe('invalid-date')
  })
})
