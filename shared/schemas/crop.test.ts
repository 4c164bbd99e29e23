import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CROP_TRIP_STATUSES, cropTripSchema, fiscalYearOf, fiscalYearRange } from './crop'

describe('ICANN fiscal year', () => {
  it('runs from 1 July to 30 June and is named for the year it ends', () => {
    expect(fiscalYearOf('2023-06-30')).toBe('FY23')
    expect(fiscalYearOf('2023-07-01')).toBe('FY24')
    expect(fiscalYearOf('2023-12-31')).toBe('FY24')
    expect(fiscalYearOf('2024-01-01')).toBe('FY24')
    expect(fiscalYearOf('2024-06-30')).toBe('FY24')
    expect(fiscalYearOf('2024-07-01')).toBe('FY25')
    expect(fiscalYearOf('2009-03-01')).toBe('FY09')
  })

  it('refuses what is not a date', () => {
    expect(() => fiscalYearOf('2023-02-30')).toThrow(RangeError)
    expect(() => fiscalYearOf('7/1/23')).toThrow(RangeError)
  })

  it('gives the first and last day of a fiscal year', () => {
    expect(fiscalYearRange('FY24')).toEqual({ start: '2023-07-01', end: '2024-06-30' })
    expect(() => fiscalYearRange('2024')).toThrow()
  })

  it('puts every day of the century inside the range of its own fiscal year', () => {
    const day = fc
      .date({ min: new Date('2001-01-01'), max: new Date('2098-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, (date) => {
        const { start, end } = fiscalYearRange(fiscalYearOf(date))
        return start <= date && date <= end
      })
    )
  })
})

describe('CROP trip schema', () => {
  const trip = {
    memberId: 'm-0042',
    eventId: 'caribnog-26',
    fiscalYear: 'FY24',
    travelDate: '2023-09-12',
    status: 'approved',
  }

  it('accepts a trip, and a proposal with no date yet', () => {
    expect(cropTripSchema.parse(trip)).toEqual(trip)
    expect(
      cropTripSchema.parse({ memberId: 'm-0042', eventId: 'lac-igf-2023', fiscalYear: 'FY24' })
    ).toEqual({
      memberId: 'm-0042',
      eventId: 'lac-igf-2023',
      fiscalYear: 'FY24',
      travelDate: null,
      status: 'proposed',
    })
    expect(CROP_TRIP_STATUSES).toContain('completed')
  })

  it('refuses a fiscal year the travel date does not fall in', () => {
    const issue = cropTripSchema.safeParse({ ...trip, travelDate: '2023-06-20' }).error?.issues[0]
    expect(issue).toMatchObject({
      path: ['fiscalYear'],
      message: 'fiscal_year_mismatch',
      params: { expected: 'FY23', travelDate: '2023-06-20' },
    })
  })

  it('refuses a badly written fiscal year, an impossible date and an unknown status', () => {
    const result = cropTripSchema.safeParse({
      ...trip,
      fiscalYear: '2024',
      travelDate: '2023-09-31',
      status: 'done',
    })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['fiscalYear', 'invalid_format'],
      ['travelDate', 'custom'],
      ['status', 'invalid_value'],
    ])
  })
})
