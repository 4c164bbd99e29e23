import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { DASHBOARD_COUNTRY_CODES } from '../../../shared/reference/countries'
import { createTestbed } from '../testing/action-testbed'
import { sheetCharts } from '../testing/fake-charts'
import { cellFormat } from '../testing/fake-sheet-formats'
import {
  fillLargeRegion,
  fillRegion,
  INSIGHTS_NOW,
  type RegionSize,
} from '../testing/insights-fixtures'
import { ACTIVE_HEADER } from './activity-columns'
import { DASHBOARD_CHART_COLUMN } from './dashboard-layout'
import { DASHBOARD_TAB, runRebuildDashboard } from './rebuild-dashboard'
import { REPORT_STYLE } from './report-grid'

function setUp(locale = 'en') {
  const bed = createTestbed({ start: INSIGHTS_NOW, locale })
  fillRegion(bed)
  return bed
}

function rebuild(bed: ReturnType<typeof setUp>) {
  const result = runRebuildDashboard(bed.newHost(), bed.fake.globals.SpreadsheetApp)
  if (!result.ok) throw new Error(result.message)
  return result
}

/** A prospect as staff or the sync would have it on the Prospects tab. */
function prospect(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    name: `Prospect ${id}`,
    programme: 'als-accreditation',
    identifiedOn: '2026-01-10',
    ...fields,
  }
}

const PROSPECTS = [
  prospect('pr-1', {
    country: 'HN',
    stage: 'contacted',
    liaison: 'Ana Pérez',
    contactedOn: '2026-06-20',
  }),
  prospect('pr-2', {
    country: 'HN',
    stage: 'contacted',
    liaison: 'Luis Gómez',
    contactedOn: '2026-05-02',
  }),
  prospect('pr-3', {
    country: 'HN',
    stage: 'invited',
    liaison: 'Ana Pérez',
    contactedOn: '2026-04-01',
    invitedOn: '2026-06-01',
  }),
  prospect('pr-4', { country: 'CU', liaison: 'Kwame Joseph' }),
  prospect('pr-5', { country: 'GT', stage: 'contacted', contactedOn: '2026-03-02' }),
  prospect('pr-6', {
    country: 'JM',
    stage: 'joined',
    contactedOn: '2026-05-01',
    joinedOn: '2026-06-15',
  }),
  // Argentina has an ALS: its prospect is not in the pipeline.
  prospect('pr-7', { country: 'AR', stage: 'contacted', contactedOn: '2026-06-01' }),
]

/** The rows of the pipeline table (its header first) and the number of its first row. */
function pipelineTable(bed: ReturnType<typeof setUp>, locale: Locale = 'en') {
  const values = bed.values(DASHBOARD_TAB)
  const heading = values.findIndex((row) => row[0] === t(locale, 'dashboard.tab.pipelineHeading'))
  if (heading === -1) throw new Error('No pipeline section on the Dashboard')
  const rows: (typeof values)[number][] = []
  for (let index = heading + 3; index < values.length && values[index]?.[0] !== ''; index++)
    rows.push(values[index] ?? [])
  return {
    heading: heading + 1,
    first: heading + 5,
    rows,
    lines: values.slice(heading, heading + 3),
  }
}

/** The row whose first cell is `label`, and its number. */
function rowOf(bed: ReturnType<typeof setUp>, label: string) {
  const values = bed.values(DASHBOARD_TAB)
  const index = values.findIndex((row) => row[0] === label)
  if (index === -1) throw new Error(`No row '${label}' on the Dashboard`)
  return { number: index + 1, cells: values[index] ?? [] }
}

// Prospects spread over the countries the large region leaves without an ALS, at every stage.
function manyProspects(total: number): Record<string, unknown>[] {
  const stages = ['identified', 'contacted', 'invited', 'attended', 'applied', 'joined', 'declined']
  const countries = DASHBOARD_COUNTRY_CODES.slice(16)
  return Array.from({ length: total }, (_, index) => {
    const stage = stages[index % stages.length]
    const day = String(1 + (index % 28)).padStart(2, '0')
    return prospect(`pr-${index}`, {
      country: countries[index % countries.length],
      stage,
      liaison: `Liaison ${index % 7}`,
      contactedOn: stage === 'identified' ? null : `2026-05-${day}`,
    })
  })
}

describe('Rebuild the dashboard', () => {
  it('leads with the countries without an ALS, and says which', () => {
    const bed = setUp()
    const result = rebuild(bed)
    // TT, HT, AR and GY have an accredited ALS; Bolivia's is only an applicant.
    const headline = t('en', 'dashboard.headline', { count: 29, total: 33 })
    expect(result.headline).toBe(headline)
    const values = bed.values(DASHBOARD_TAB)
    expect(values[0]?.slice(0, 3)).toEqual(['Indicator', 'Value', 'Detail'])
    expect(values[1]?.slice(0, 2)).toEqual([headline, 29])
    expect(String(values[1]?.[2])).toContain('Bolivia')
    expect(String(values[1]?.[2])).not.toContain('Trinidad')
    expect(result.countriesWithoutAls.map((country) => country.code)).toContain('BO')
    expect(result.countriesWithoutAls).toHaveLength(29)
    const sheet = bed.fake.spreadsheet.sheet(DASHBOARD_TAB)
    expect(sheet.cellAt(2, 1).bold).toBe(true)
    expect(cellFormat(sheet, 2, 1).fontSize).toBe(REPORT_STYLE.headingSize)
    expect(sheet.snapshot().frozenRows).toBe(1)
  })

  it('fills the countries without an ALS red in the country table, and not the others', () => {
    const bed = setUp()
    rebuild(bed)
    const sheet = bed.fake.spreadsheet.sheet(DASHBOARD_TAB)
    const bolivia = rowOf(bed, 'Bolivia')
    const trinidad = rowOf(bed, 'Trinidad and Tobago')
    expect(bolivia.cells.slice(1, 9)).toEqual(['BO', 'South America', 0, 0, 1, 0, 0, 'No ALS'])
    expect(trinidad.cells.slice(1, 9)).toEqual(['TT', 'Caribbean', 1, 1, 0, 1, 1, ''])
    expect(sheet.cellAt(bolivia.number, 1).background).toBe(REPORT_STYLE.highlight)
    expect(sheet.cellAt(trinidad.number, 1).background).toBeNull()
    // Counts carry a number format; the table's header row is bold on grey.
    expect(cellFormat(sheet, trinidad.number, 4).numberFormat).toBe('#,##0')
    const header = rowOf(bed, 'Country')
    expect(sheet.cellAt(header.number, 2).bold).toBe(true)
    expect(sheet.cellAt(header.number, 2).background).toBe(REPORT_STYLE.tableHeader)
    expect(sheet.snapshot().columnWidths[1]).toBe(280)
  })

  it('gives the key figures, the upcoming events with the late deadline marked and the ALS review', () => {
    const bed = setUp()
    const result = rebuild(bed)
    expect(result.totals).toMatchObject({ members: 8, activeMembers: 7, alses: 4, activeAlses: 3 })
    expect(rowOf(bed, 'Active members').cells.slice(1, 3)).toEqual([
      7,
      'active: at least 3 of the last 6 monthly calls, or a vote in the last election',
    ])
    const share = rowOf(bed, 'Share of members active')
    expect(share.cells[1]).toBe(7 / 8)
    expect(
      cellFormat(bed.fake.spreadsheet.sheet(DASHBOARD_TAB), share.number, 2).numberFormat
    ).toBe('0%')
    const late = rowOf(bed, '2026-08-20')
    expect(late.cells.slice(2, 9)).toEqual([
      'LACNIC 46',
      'Panama',
      'In person',
      'Confirmed',
      '2026-06-25',
      -5,
      'Late',
    ])
    expect(bed.fake.spreadsheet.sheet(DASHBOARD_TAB).cellAt(late.number, 3).background).toBe(
      REPORT_STYLE.highlight
    )
    const caribnog = rowOf(bed, '2026-09-14')
    expect(caribnog.cells.slice(6, 9)).toEqual(['2026-07-20', 20, ''])
    expect(result.lateDeadlines).toBe(1)
    expect(result.alsReview.map((entry) => entry.alsId)).toEqual(['ALS-GY-01'])
    expect(rowOf(bed, 'Guyana Digital').cells[7]).toBe(t('en', 'participation.alsReview.noMembers'))
  })

  it('charts coverage by sub-region and activity by month, replacing only its own charts', () => {
    const bed = setUp()
    rebuild(bed)
    const sheet = bed.fake.spreadsheet.sheet(DASHBOARD_TAB)
    const charts = sheetCharts(sheet)
    expect(charts.map((chart) => [chart.type, chart.stacked, chart.title])).toEqual([
      ['COLUMN', true, 'Countries with and without an ALS, by sub-region'],
      ['LINE', false, 'Active members and members taking part, by month'],
    ])
    const subregions = rowOf(bed, 'Sub-region')
    expect(charts[0]?.ranges).toEqual([`A${subregions.number}:C${subregions.number + 3}`])
    expect(bed.values(DASHBOARD_TAB)[subregions.number - 1]?.slice(0, 3)).toEqual([
      'Sub-region',
      'With an ALS',
      'Without an ALS',
    ])
    expect(charts[0]?.anchor.column).toBe(DASHBOARD_CHART_COLUMN)
    const month = rowOf(bed, 'Month')
    expect(charts[1]?.ranges).toEqual([`A${month.number}:C${month.number + 12}`])

    // A chart staff made themselves survives rebuilds; the toolkit's are replaced, not added.
    const own = sheet.newChart().asColumnChart().addRange(sheet.getRange('A2:B3')).build()
    sheet.insertChart(own)
    rebuild(bed)
    rebuild(bed)
    const after = sheetCharts(sheet)
    expect(after).toHaveLength(3)
    expect(after.filter((chart) => chart.title === null)).toHaveLength(1)
  })

  it('speaks the user’s language on the tab', () => {
    const bed = setUp('es')
    rebuild(bed)
    expect(bed.values(DASHBOARD_TAB)[1]?.[0]).toBe(
      t('es', 'dashboard.headline', { count: 29, total: 33 })
    )
    expect(rowOf(bed, 'Bolivia').cells[8]).toBe('Sin ALS')
    expect(rowOf(bed, 'Miembros activos').cells[1]).toBe(7)
  })

  it('shows, under the coverage, what is being done about each country without an ALS', () => {
    const bed = setUp()
    bed.fill('Prospects', PROSPECTS)
    const result = rebuild(bed)
    const pipeline = pipelineTable(bed)
    // Below the sub-regions, above the participation by month.
    expect(pipeline.heading).toBeGreaterThan(rowOf(bed, 'Sub-region').number)
    expect(pipeline.heading).toBeLessThan(rowOf(bed, 'Month').number)
    const headline =
      '29 of 33 countries without an ALS: prospects in progress in 2, no prospect yet in 25'
    expect(pipeline.lines[1]?.[0]).toBe(headline)
    expect(result.pipelineHeadline).toBe(headline)
    expect(pipeline.lines[2]?.[0]).toContain('no contact in the last 60 days')
    const [header, ...rows] = pipeline.rows
    expect(header?.slice(0, 8)).toEqual([
      'Country',
      'Pipeline',
      'Open prospects by stage',
      'Liaison',
      'Last contact',
      'Days since contact',
      'Joined',
      'Declined',
    ])
    expect(rows).toHaveLength(29)
    // The 25 countries with no prospect first, then Cuba (never contacted), Guatemala
    // (120 days), Honduras (10 days), and Jamaica, where someone joined, last.
    expect(rows.slice(25).map((row) => row.slice(0, 8))).toEqual([
      ['Cuba', 'Identified only', '1 identified', 'Kwame Joseph', 'never', '', 0, 0],
      ['Guatemala', 'In progress', '1 contacted', 'nobody named', '2026-03-02', 120, 0, 0],
      [
        'Honduras',
        'In progress',
        '2 contacted · 1 invited',
        'Ana Pérez and Luis Gómez',
        '2026-06-20',
        10,
        0,
        0,
      ],
      ['Jamaica', 'Someone joined', '', '', '2026-06-15', 15, 1, 0],
    ])
    expect(rows.slice(0, 25).every((row) => row[1] === 'No prospects')).toBe(true)
    expect(rows.find((row) => row[0] === 'Bolivia')?.slice(0, 8)).toEqual([
      'Bolivia',
      'No prospects',
      '',
      '',
      '',
      '',
      0,
      0,
    ])
    expect(rows.map((row) => row[0])).not.toContain('Argentina')
    // No prospect, no contact yet or none for over 60 days: filled red; joined: green.
    const sheet = bed.fake.spreadsheet.sheet(DASHBOARD_TAB)
    const fill = (index: number) => sheet.cellAt(pipeline.first + index, 1).background
    expect(fill(0)).toBe(REPORT_STYLE.highlight)
    expect([fill(25), fill(26), fill(27), fill(28)]).toEqual([
      REPORT_STYLE.highlight,
      REPORT_STYLE.highlight,
      null,
      REPORT_STYLE.good,
    ])
  })

  it('names the countries and the stages in the user’s language', () => {
    const bed = setUp('es')
    bed.fill('Prospects', PROSPECTS)
    const result = rebuild(bed)
    expect(result.pipelineHeadline).toBe(
      '29 de 33 países sin ALS: prospectos en curso en 2, ningún prospecto aún en 25'
    )
    const honduras = pipelineTable(bed, 'es').rows.find((row) => row[0] === 'Honduras')
    expect(honduras?.slice(1, 4)).toEqual([
      'En curso',
      '2 contactados · 1 invitado',
      'Ana Pérez y Luis Gómez',
    ])
    const haiti = pipelineTable(bed, 'es').rows.find((row) => row[0] === 'Haití')
    expect(haiti).toBeUndefined()
  })

  it('still rebuilds a workbook set up before the Prospects tab, and says how to add it', () => {
    const bed = setUp('pt')
    bed.fake.spreadsheet.sheet('Prospects').setName('Prospects (antiga)')
    const result = rebuild(bed)
    const missing = t('pt', 'dashboard.tab.pipelineMissing')
    expect(missing).toContain('Configurar esta planilha')
    expect(result.pipelineHeadline).toBe(missing)
    const values = bed.values(DASHBOARD_TAB)
    const heading = values.findIndex((row) => row[0] === t('pt', 'dashboard.tab.pipelineHeading'))
    expect(values[heading + 1]?.[0]).toBe(missing)
    // The rest of the Dashboard is there as ever.
    expect(values[1]?.[0]).toBe(t('pt', 'dashboard.headline', { count: 29, total: 33 }))
    expect(result.totals.members).toBe(8)
  })

  it('writes Active and Reason on Members and ALS too', () => {
    const bed = setUp()
    rebuild(bed)
    const [headers, ...rows] = bed.values('Members')
    const active = (headers ?? []).indexOf(ACTIVE_HEADER)
    expect(rows.map((row) => [row[0], row[active]])).toEqual([
      ['m-001', 'yes'],
      ['m-002', 'yes'],
      ['m-003', 'yes'],
      ['m-004', 'yes'],
      ['m-005', 'no'],
      ['m-006', 'yes'],
      ['m-007', 'yes'],
      ['m-008', 'yes'],
    ])
  })

  it('makes the same number of spreadsheet calls for 2,000 members and 20,000 records as for ten', () => {
    const count = (size: RegionSize & { prospects: number }) => {
      const bed = createTestbed({ start: INSIGHTS_NOW })
      fillLargeRegion(bed, size)
      bed.fill('Prospects', manyProspects(size.prospects))
      const host = bed.newHost()
      bed.fake.calls.reset()
      const result = runRebuildDashboard(host, bed.fake.globals.SpreadsheetApp)
      if (!result.ok) throw new Error(result.message)
      expect(result.totals.members).toBe(size.members)
      expect(result.pipelineHeadline).toMatch(
        /without an ALS: prospects in progress in \d+, no prospect yet in \d+$/
      )
      return {
        calls: bed.fake.calls.count(),
        writes: bed.fake.calls.writes(),
        methods: bed.fake.calls.methods(),
      }
    }
    const small = count({ members: 10, alses: 4, events: 5, records: 40, prospects: 3 })
    const large = count({
      members: 2000,
      alses: 300,
      events: 1000,
      records: 20_000,
      prospects: 500,
    })
    expect(large.methods).toEqual(small.methods)
    // About 120, the Prospects tab's read included.
    expect(large.calls).toBeLessThan(125)
    // Each source tab read once, with one getValues.
    expect(large.methods.filter((method) => method === 'Range.getValues').length).toBeLessThan(16)
    // The Dashboard in one setValues, Active and Reason in one per tab, and (the first time)
    // the two headers of those columns on Members and on ALS.
    expect(large.methods.filter((method) => method === 'Range.setValues')).toHaveLength(5)
    for (const format of ['setBackgrounds', 'setFontWeights', 'setNumberFormats', 'setFontSizes'])
      expect(large.methods.filter((method) => method === `Range.${format}`)).toHaveLength(1)
  }, 60_000)

  it('records the last rebuild, and turns nothing it cannot read into figures', () => {
    const bed = setUp('fr')
    bed.fill('Settings', [{ key: 'crop.leadTimeWeeks', value: 'huit' }])
    const result = runRebuildDashboard(bed.newHost(), bed.fake.globals.SpreadsheetApp)
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid-rows',
      message: t('fr', 'insights.error.settings'),
    })
    expect(bed.fake.spreadsheet.sheet(DASHBOARD_TAB).lastRow()).toBeLessThanOrEqual(1)
  })
})
