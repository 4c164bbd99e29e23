import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compactDate, isoDateOf } from './compact-date'

const day = fc
  .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

describe('compact dates', () => {
  it('reads a date as YYYYMMDD and writes it back', () => {
    expect(compactDate('2026-06-10')).toBe(20260610)
    expect(isoDateOf(20260610)).toBe('2026-06-10')
    expect(isoDateOf(compactDate('0987-01-02'))).toBe('0987-01-02')
  })

  it('sorts as the dates do, and turns back into the same text', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(isoDateOf(compactDate(a))).toBe(a)
        expect(Math.sign(compactDate(a) - compactDate(b))).toBe(a < b ? -1 : a > b ? 1 : 0)
      })
    )
  })

  it.each([
    '',
    '2026-6-10',
    '2026/06/10',
    '2026-06-1x',
    '20260610',
    ' 2026-06-10',
    '2026-06-10T00',
  ])('refuses %j, which is not YYYY-MM-DD', (text) => {
    expect(() => compactDate(text)).toThrow(RangeError)
  })
})
