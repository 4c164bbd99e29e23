import { describe, expect, it } from 'vitest'
import { formatMonth, formatMonthRange } from './month-range'

// ICU puts thin or no-break spaces around the dash; a person reads them as spaces.
const spaced = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

describe('month ranges', () => {
  it('writes the months of a window of calls in each language', () => {
    expect(spaced(formatMonthRange('2026-01-14', '2026-06-10', 'en'))).toBe('Jan – Jun 2026')
    expect(spaced(formatMonthRange('2026-01-14', '2026-06-10', 'es'))).toBe('ene–jun 2026')
    expect(spaced(formatMonthRange('2026-01-14', '2026-06-10', 'fr'))).toBe('janv.–juin 2026')
    expect(spaced(formatMonthRange('2026-01-14', '2026-06-10', 'pt'))).toMatch(
      /^jan\.? – jun\.? de 2026$/
    )
  })

  it('names both years when the window crosses one', () => {
    expect(spaced(formatMonthRange('2025-11-12', '2026-04-08', 'en'))).toBe('Nov 2025 – Apr 2026')
  })

  it('names one month when the window is within it', () => {
    expect(formatMonthRange('2026-03-04', '2026-03-25', 'en')).toBe('Mar 2026')
    expect(formatMonth('2026-03', 'fr')).toBe('mars 2026')
  })
})
