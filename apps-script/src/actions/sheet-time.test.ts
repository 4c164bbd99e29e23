import { describe, expect, it } from 'vitest'
import { createTestbed } from '../testing/action-testbed'
import { sheetTime } from './sheet-time'

describe('sheetTime', () => {
  it('writes an instant in the spreadsheet’s zone and the user’s language', () => {
    const bed = createTestbed({ locale: 'es' })
    const text = sheetTime(bed.host, '2023-03-01T12:00:00Z')
    expect(text).toContain('9:00')
    expect(text).toContain('mar')
    expect(sheetTime(createTestbed({ locale: 'en' }).host, '2023-03-01T12:00:00Z')).toContain('Mar')
  })

  it('gives the instant as stored when the spreadsheet’s zone is unknown', () => {
    const bed = createTestbed()
    bed.fake.spreadsheet.setTimeZoneForTest('Not/A_Zone')
    expect(sheetTime(bed.host, '2023-03-01T12:00:00Z')).toBe('2023-03-01T12:00:00Z')
  })
})
