import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'
import { sheetCharts } from './fake-charts'

describe('fake embedded charts', () => {
  it('builds, inserts, lists and removes charts, counting each call', () => {
    const fake = createFakeAppsScript({
      sheets: { Dashboard: [['Sub-region', 'With', 'Without']] },
    })
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')
    if (!sheet) throw new Error('no sheet')
    fake.calls.reset()
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setStacked()
      .setTitle('Coverage')
      .setColors(['#1e8e3e', '#d93025'])
      .addRange(sheet.getRange('A1:C4'))
      .setOption('legend', { position: 'bottom' })
      .setPosition(2, 11, 0, 0)
      .build()
    sheet.insertChart(chart)
    expect(sheetCharts(sheet)).toEqual([
      {
        id: expect.any(Number),
        type: 'COLUMN',
        ranges: ['A1:C4'],
        title: 'Coverage',
        stacked: true,
        colors: ['#1e8e3e', '#d93025'],
        options: { legend: { position: 'bottom' } },
        anchor: { row: 2, column: 11 },
      },
    ])
    expect(fake.calls.writes()).toBe(1)
    expect(fake.calls.count('EmbeddedChartBuilder.setStacked')).toBe(1)
    const [placed] = sheet.getCharts()
    expect(placed?.getChartId()).toBe(sheetCharts(sheet)[0]?.id)
    expect(placed?.getOptions().get('legend')).toEqual({ position: 'bottom' })
    if (placed) sheet.removeChart(placed)
    expect(sheetCharts(sheet)).toEqual([])
  })

  it('refuses what Apps Script refuses', () => {
    const fake = createFakeAppsScript({ sheets: { A: [['x']], B: [['y']] } })
    const book = fake.globals.SpreadsheetApp.getActiveSpreadsheet()
    const a = book.getSheetByName('A')
    const b = book.getSheetByName('B')
    if (!a || !b) throw new Error('no sheets')
    expect(() => a.newChart().asLineChart().build()).toThrow(/no data/)
    expect(() => a.newChart().addRange(b.getRange('A1'))).toThrow(/another sheet/)
    expect(() => a.newChart().setColors(['green'])).toThrow(/#rrggbb/)
    const chart = a.newChart().addRange(a.getRange('A1')).build()
    expect(() => a.removeChart(chart)).toThrow(/not on this sheet/)
  })
})
