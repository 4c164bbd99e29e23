import { describe, expect, it } from 'vitest'
import { prospectsBed, storedProspect } from './move-prospect-fixtures'
import { writeProspectChanges } from './move-prospect-write'

describe('writing a prospect’s changes', () => {
  it('writes only the cells that changed, dates as dates and text as text', () => {
    const bed = prospectsBed()
    const before = storedProspect(bed, 'sug-bo-01')
    bed.fake.calls.reset()
    const written = writeProspectChanges(bed.host.workbook, 2, before, {
      ...before,
      stage: 'contacted',
      contactedOn: '2023-03-01',
      // A liaison typed like a formula stays text.
      liaison: '=HYPERLINK("https://example.org")',
    })
    expect(written).toEqual(['Stage', 'Liaison', 'Contacted on'])
    // Stage and Liaison are side by side: one write for them, one for the date.
    expect(bed.fake.calls.count('setValues')).toBe(2)
    expect(storedProspect(bed, 'sug-bo-01')).toEqual({
      ...before,
      stage: 'contacted',
      contactedOn: '2023-03-01',
      liaison: '=HYPERLINK("https://example.org")',
    })
    const [headers = [], row = []] = bed.values('Prospects')
    expect(row[headers.indexOf('Contacted on')]).toBeInstanceOf(Date)
    expect(row[headers.indexOf('Liaison')]).toBe('=HYPERLINK("https://example.org")')
  })

  it('writes nothing when nothing changed', () => {
    const bed = prospectsBed()
    const before = storedProspect(bed, 'sug-hn-01')
    bed.fake.calls.reset()
    expect(writeProspectChanges(bed.host.workbook, 3, before, { ...before })).toEqual([])
    expect(bed.fake.calls.writes()).toBe(0)
  })
})
