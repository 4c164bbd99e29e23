import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import { createTestbed } from '../testing/action-testbed'
import { CARIBBEAN_EVENT, fillRegion, INSIGHTS_NOW, LATE_EVENT } from '../testing/insights-fixtures'
import { runCropShortlist } from './crop-shortlist'

function setUp(locale = 'en') {
  const bed = createTestbed({ start: INSIGHTS_NOW, locale })
  fillRegion(bed)
  return bed
}

/** Selects a row of a tab, as the user would by clicking it. */
function select(bed: ReturnType<typeof setUp>, tab: string, a1: string) {
  bed.fake.spreadsheet.sheet(tab).getRange(a1).activate()
}

function eventRow(bed: ReturnType<typeof setUp>, id: string): number {
  return bed.values('Events').findIndex((row) => row[0] === id) + 1
}

function shortlist(bed: ReturnType<typeof setUp>, request?: unknown) {
  return runCropShortlist(bed.newHost(), bed.fake.globals.SpreadsheetApp, request)
}

describe('CROP shortlist', () => {
  it('shortlists the selected Caribbean event: its sub-region first, each place with reasons', () => {
    const bed = setUp()
    select(bed, 'Events', `B${eventRow(bed, CARIBBEAN_EVENT.id)}`)
    const result = shortlist(bed)
    if (!result.ok) throw new Error(result.message)
    expect(result.event).toMatchObject({
      id: 'caribnog-32',
      place: 'Port of Spain, Trinidad and Tobago',
      subregion: 'Caribbean',
    })
    expect(result.deadline).toMatchObject({ date: '2026-07-20', late: false, daysLeft: 20 })
    expect(result.fiscalYear).toMatchObject({ name: 'FY27', used: 0, left: 5 })
    // Ana is from the event's own country; then by monthly calls attended (Kwame 4, the others 3).
    expect(
      result.candidates.map((candidate) => [candidate.memberId, candidate.tier, candidate.proposed])
    ).toEqual([
      ['m-001', 1, true],
      ['m-002', 1, false],
      ['m-003', 1, false],
      ['m-008', 1, false],
    ])
    const [ana] = result.candidates
    expect(ana?.reasons.map((reason) => reason.message)).toEqual([
      'Tier 1: their country, Trinidad and Tobago, is the event’s own (sub-region Caribbean).',
      expect.stringMatching(/^Participation: attended 6 of the last 6 monthly calls/),
      expect.stringMatching(/^Rotation: /),
      expect.stringMatching(/1/),
    ])
    // Not on it, and why: inactive, a no-go conflict, the wider region not offered yet.
    const why = Object.fromEntries(
      result.excluded.map((person) => [
        person.memberId,
        person.reasons.map((reason) => reason.code),
      ])
    )
    expect(why).toEqual({
      'm-004': ['wider-region-not-offered'],
      'm-005': ['inactive'],
      'm-006': ['wider-region-not-offered'],
      'm-007': ['no-go-conflict'],
    })
    expect(result.announcementRecipients).toBe(4)
  })

  it('writes the same content to its own tab, names and sentences kept as text', () => {
    const bed = setUp()
    select(bed, 'Events', `A${eventRow(bed, CARIBBEAN_EVENT.id)}`)
    const result = shortlist(bed)
    if (!result.ok) throw new Error(result.message)
    expect(result.tab).toBe('Shortlist – CaribNOG 32')
    const values = bed.values(result.tab)
    expect(values[0]?.[0]).toBe('CROP shortlist: CaribNOG 32')
    expect(values[1]?.slice(0, 2)).toEqual(['Event ID', 'caribnog-32'])
    expect(values.find((row) => row[0] === 'CROP request due')?.slice(1, 3)).toEqual([
      '2026-07-20',
      result.deadline.message,
    ])
    const header = values.findIndex((row) => row[0] === 'Name' && row[3] === 'Place')
    const table = values.slice(header + 1, header + 1 + result.candidates.length)
    expect(table.map((row) => row[1])).toEqual(
      result.candidates.map((candidate) => candidate.memberId)
    )
    // A name typed as '=…' stays the name: written as text, never a formula.
    const dwayne = table.find((row) => row[1] === 'm-008')
    expect(dwayne?.[0]).toBe('=Dwayne Clarke')
    const sheet = bed.fake.spreadsheet.sheet(result.tab)
    expect(Object.values(sheet.snapshot().cells).some((cell) => cell.formula)).toBe(false)
    // Each reason in its column: where they come from, participation, rotation, the decision.
    const ana = table[0] ?? []
    expect(ana.slice(5, 10)).toEqual([
      result.candidates[0]?.reasons[0]?.message,
      result.candidates[0]?.reasons[1]?.message,
      result.candidates[0]?.reasons[2]?.message,
      '',
      result.candidates[0]?.reasons[3]?.message,
    ])
    expect(sheet.cellAt(header + 2, 1).background).toBe('#e6f4ea')
    const excluded = values.findIndex((row) => row[0] === 'Not on the shortlist (4)')
    expect(values[excluded + 2]?.slice(0, 4)).toEqual([
      'Luis Gómez',
      'm-004',
      'Argentina',
      expect.stringContaining('South America'),
    ])

    // Again for the same event: the same tab, rewritten, not a second one.
    const again = shortlist(bed, { eventId: 'caribnog-32', includeWiderRegion: true })
    expect(again.ok && again.tab).toBe('Shortlist – CaribNOG 32')
    expect(
      bed.fake.spreadsheet.sheetNames().filter((name) => name.startsWith('Shortlist'))
    ).toHaveLength(1)
  })

  it('offers the wider region at the leadership’s discretion', () => {
    const bed = setUp()
    const result = shortlist(bed, { eventId: 'caribnog-32', includeWiderRegion: true })
    if (!result.ok) throw new Error(result.message)
    expect(result.widerRegion).toEqual({ included: true, requested: true, why: 'requested' })
    const tier2 = result.candidates.filter((candidate) => candidate.tier === 2)
    expect(tier2.map((candidate) => candidate.memberId).sort()).toEqual(['m-004', 'm-006'])
    expect(tier2[0]?.reasons[0]?.message).toMatch(/^Tier 2, the wider region/)
    expect(result.warnings.map((warning) => warning.code)).toContain('wider-region-requested')
    expect(result.excluded.map((person) => person.memberId)).toEqual(['m-005', 'm-007'])
  })

  it('says when the request deadline has passed', () => {
    const bed = setUp('es')
    const result = shortlist(bed, { eventId: LATE_EVENT.id })
    if (!result.ok) throw new Error(result.message)
    expect(result.deadline).toMatchObject({ date: '2026-06-25', late: true })
    expect(result.warnings.map((warning) => warning.code)).toContain('deadline-passed')
    expect(result.warnings.find((warning) => warning.code === 'deadline-passed')?.message).toMatch(
      /2026-06-25/
    )
    const sheet = bed.fake.spreadsheet.sheet(result.tab)
    const due = bed.values(result.tab).findIndex((row) => row[0] === 'Plazo de solicitud CROP') + 1
    expect(sheet.cellAt(due, 2).background).toBe('#fce8e6')
  })

  it('gives each event of the same title its own tab', () => {
    const bed = setUp()
    bed.fill('Events', [
      { ...CARIBBEAN_EVENT, id: 'caribnog-32-bis', startDate: '2026-11-02', endDate: null },
    ])
    const first = shortlist(bed, { eventId: 'caribnog-32' })
    const second = shortlist(bed, { eventId: 'caribnog-32-bis' })
    expect(first.ok && first.tab).toBe('Shortlist – CaribNOG 32')
    expect(second.ok && second.tab).toBe('Shortlist – CaribNOG 32 (2)')
  })

  it.each([
    ['a cell on another tab', 'Members', 'B3', 'shortlist.select.otherTab', { tab: 'Members' }],
    ['the header row', 'Events', 'B1', 'shortlist.select.header', {}],
    ['several rows', 'Events', 'A2:C4', 'shortlist.select.severalRows', { from: 2, to: 4 }],
    ['an empty row', 'Events', 'A40', 'shortlist.select.emptyRow', { row: 40 }],
  ] as const)('explains a selection on %s, and writes nothing', (_, tab, a1, key, params) => {
    const bed = setUp('pt')
    select(bed, tab, a1)
    const before = bed.fake.spreadsheet.sheetNames()
    expect(shortlist(bed)).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: t('pt', key, params),
    })
    expect(bed.fake.spreadsheet.sheetNames()).toEqual(before)
  })

  it('explains an event with no date, an unknown ID and a request it cannot read', () => {
    const bed = setUp()
    bed.fill('Events', [{ id: 'roadshow-tbd', title: 'Roadshow', status: 'tentative' }])
    expect(shortlist(bed, { eventId: 'roadshow-tbd' })).toMatchObject({
      ok: false,
      message: t('en', 'crop.error.undatedEvent', { title: 'Roadshow', id: 'roadshow-tbd' }),
    })
    expect(shortlist(bed, { eventId: 'nowhere-2026' })).toMatchObject({
      ok: false,
      message: t('en', 'shortlist.select.unknownEvent', { id: 'nowhere-2026' }),
    })
    expect(shortlist(bed, { slots: 'two' })).toMatchObject({ ok: false, code: 'invalid-input' })
  })
})
