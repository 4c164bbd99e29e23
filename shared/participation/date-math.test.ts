import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  daysBetween,
  lastDayOfMonth,
  lastMonths,
  monthOf,
  monthsBetween,
} from './date-math'

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

describe('date arithmetic on ISO dates', () => {
  it('counts days across months, years and leap days', () => {
    expect(daysBetween('2026-03-01', '2026-03-10')).toBe(9)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1)
  })

  it('moves by months and lands on the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-15')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
  })

  it('counts a month only once its day is reached', () => {
    expect(monthsBetween('2025-01-15', '2026-01-14')).toBe(11)
    expect(monthsBetween('2025-01-15', '2026-01-15')).toBe(12)
    expect(monthsBetween('2026-06-30', '2026-06-30')).toBe(0)
  })

  it('lists the last months, oldest first, across a year end', () => {
    expect(lastMonths('2026-02-10', 3)).toEqual(['2025-12', '2026-01', '2026-02'])
    expect(lastMonths('2026-06-30', 12)).toHaveLength(12)
    expect(monthOf('2026-03-10')).toBe('2026-03')
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31')
  })

  it('agrees with itself: adding the days between two dates gives the later one', () => {
    fc.assert(
      fc.property(day, day, (a, b) => addDays(a, daysBetween(a, b)) === b),
      { numRuns: 200 }
    )
  })

  it('never moves by more months than asked, and never past the month asked for', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (date, months) => {
        const moved = addMonths(date, months)
        const [y, m] = date.split('-').map(Number) as [number, number]
        const [my, mm] = moved.split('-').map(Number) as [number, number]
        return (my - y) * 12 + (mm - m) === months
      }),
      { numRuns: 200 }
    )
  })
})
