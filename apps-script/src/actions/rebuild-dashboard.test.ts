import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
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

/** The row whose first cell is `label`, and its number. */
function rowOf(bed: ReturnType<typeof setUp>, label: string) {
  const values = bed.values(DASHBOARD_TAB)
  const index = values.findIndex((row) => row[0] === label)
  if (index === -1) throw new Error(`No row '${label}' on the Dashboard`)
  return { number: index + 1, cells: values[index] ?? [] }
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
    const count = (size: RegionSize) => {
      const bed = createTestbed({ start: INSIGHTS_NOW })
      fillLargeRegion(bed, size)
      const host = bed.newHost()
      bed.fake.calls.reset()
      const result = runRebuildDashboard(host, bed.fake.globals.SpreadsheetApp)
      if (!result.ok) throw new Error(result.message)
      expect(result.totals.members).toBe(size.members)
      return {
        calls: bed.fake.calls.count(),
        writes: bed.fake.calls.writes(),
        methods: bed.fake.calls.methods(),
      }
    }
    const small = count({ members: 10, alses: 4, events: 5, records: 40 })
    const large = count({ members: 2000, alses: 300, events: 1000, records: 20_000 })
    expect(large.methods).toEqual(small.methods)
    expect(large.calls).toBeLessThan(120)
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
