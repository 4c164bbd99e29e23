import { describe, expect, it } from 'vitest'
import { lastContact, lastContactDate } from './last-contact'
import type { ProspectDates } from './pipeline-stages'
import { UNDATED } from './prospect-fixture'

function dates(fields: Partial<ProspectDates> = {}): ProspectDates {
  return { identifiedOn: '2026-01-05', ...UNDATED, ...fields }
}

describe('last contact', () => {
  it('is the latest date after identified, whichever stage it belongs to', () => {
    expect(lastContactDate(dates({ contactedOn: '2026-01-20', invitedOn: '2026-02-03' }))).toBe(
      '2026-02-03'
    )
    // A re-invitation after attending is the latest contact.
    expect(lastContactDate(dates({ invitedOn: '2026-03-10', attendedOn: '2026-02-15' }))).toBe(
      '2026-03-10'
    )
    expect(lastContactDate(dates({ contactedOn: '2026-01-20', declinedOn: '2026-04-01' }))).toBe(
      '2026-04-01'
    )
  })

  it('is none while the prospect has only been identified', () => {
    expect(lastContactDate(dates())).toBeNull()
    expect(lastContact(dates(), '2026-03-01')).toBeNull()
  })

  it('counts whole days to today, across a month and a year', () => {
    expect(lastContact(dates({ contactedOn: '2026-02-03' }), '2026-02-13')).toEqual({
      date: '2026-02-03',
      days: 10,
    })
    expect(lastContact(dates({ contactedOn: '2025-12-31' }), '2026-03-01')?.days).toBe(60)
    expect(lastContact(dates({ contactedOn: '2026-03-01' }), '2026-03-01')?.days).toBe(0)
  })
})
