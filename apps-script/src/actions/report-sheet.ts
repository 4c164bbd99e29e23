// Writes a report tab (the Dashboard, a CROP shortlist) from a ReportLayout: the tab cleared,
// then values and formats in one batched call each, widths, frozen rows, and the toolkit's
// own charts replaced while charts staff added stay. Over SpreadsheetApp, real or fake.
import type { PropertyStore } from '../settings/property-store'
import { readJsonProperty } from '../settings/property-store'
import type { CellValue } from '../workbook/workbook'
import type { GridRange, ReportChart, ReportLayout } from './report-grid'

/** A range, reduced to the batched writes a report makes. */
export interface ReportRange {
  setValues(values: CellValue[][]): unknown
  setNumberFormats(formats: string[][]): unknown
  setFontWeights(weights: ('bold' | 'normal')[][]): unknown
  setFontSizes(sizes: number[][]): unknown
  setBackgrounds(colors: (string | null)[][]): unknown
  getValues(): CellValue[][]
}

/** The chart builder, as Sheet.newChart() returns it (typed builders' methods first). */
export interface ReportChartBuilder<Range> {
  asColumnChart(): {
    setStacked(): { setTitle(title: string): ReportTypedBuilder<Range> }
    setTitle(title: string): ReportTypedBuilder<Range>
  }
  asLineChart(): { setTitle(title: string): ReportTypedBuilder<Range> }
}

export interface ReportTypedBuilder<Range> {
  setColors(colors: string[]): ReportTypedBuilder<Range>
  addRange(range: Range): ReportPlacedBuilder<Range>
}

export interface ReportPlacedBuilder<Range> {
  setOption(option: string, value: unknown): ReportPlacedBuilder<Range>
  setPosition(
    anchorRow: number,
    anchorColumn: number,
    offsetX: number,
    offsetY: number
  ): ReportPlacedBuilder<Range>
  build(): object
}

/** A chart in the sheet: only its ID matters to the report. */
export interface ReportEmbeddedChart {
  getChartId(): number | null
}

export interface ReportSheet<Range extends ReportRange = ReportRange> {
  getRange(row: number, column: number, numRows: number, numColumns: number): Range
  getMaxRows(): number
  getMaxColumns(): number
  insertRowsAfter(afterPosition: number, howMany: number): unknown
  insertColumnsAfter(afterPosition: number, howMany: number): unknown
  clear(): unknown
  setFrozenRows(rows: number): unknown
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown
  newChart(): ReportChartBuilder<Range>
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's insertChart takes its own EmbeddedChart type
  insertChart(chart: any): unknown
  getCharts(): ReportEmbeddedChart[]
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's removeChart takes its own EmbeddedChart type
  removeChart(chart: any): unknown
}

export interface ReportSpreadsheet {
  getSheetByName(name: string): ReportSheet | null
  getSheets(): unknown[]
  insertSheet(name: string, index: number): ReportSheet
}

/** The slice of SpreadsheetApp report tabs are written through. */
export interface ReportSpreadsheetApp {
  getActiveSpreadsheet(): ReportSpreadsheet
}

/** What is kept between rebuilds: the IDs of the charts the toolkit put on each report tab. */
export const REPORT_CHARTS_PROPERTY = 'LACRALO_REPORT_CHARTS'

function savedChartIds(store: PropertyStore, tab: string): number[] {
  const saved = readJsonProperty(store, REPORT_CHARTS_PROPERTY)
  const ids = (saved as Record<string, unknown> | null)?.[tab]
  return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : []
}

function saveChartIds(store: PropertyStore, tab: string, ids: number[]): void {
  const saved = readJsonProperty(store, REPORT_CHARTS_PROPERTY)
  const all = saved !== null && typeof saved === 'object' ? { ...saved } : {}
  store.setProperty(REPORT_CHARTS_PROPERTY, JSON.stringify({ ...all, [tab]: ids }))
}

// Consecutive columns of one width are set in one call.
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = []
  widths.forEach((width, index) => {
    const last = runs[runs.length - 1]
    if (last && last.width === width && last.start + last.count === index + 1) last.count++
    else runs.push({ start: index + 1, count: 1, width })
  })
  return runs
}

function chartOf<Range extends ReportRange>(
  sheet: ReportSheet<Range>,
  chart: ReportChart,
  rangeOf: (range: GridRange) => Range
): object {
  const builder = sheet.newChart()
  const typed =
    chart.kind === 'stacked-column'
      ? builder.asColumnChart().setStacked().setTitle(chart.title)
      : builder.asLineChart().setTitle(chart.title)
  return typed
    .setColors(chart.colors)
    .addRange(rangeOf(chart.range))
    .setOption('legend', { position: 'bottom' })
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .build()
}

export interface WriteReportOptions {
  /** Where the IDs of the toolkit's charts are kept (Document Properties). */
  properties: PropertyStore
}

/**
 * Replaces the tab `name` (created at the end when missing) with `layout`: one clear(), one
 * call each for values, number formats, font weights, font sizes and fills, one per run of
 * equal column widths, the frozen rows; the charts it put there last time are removed and
 * the layout's inserted, staff's own charts left alone. The number of calls does not grow
 * with the report's size. Call it holding the lock.
 *
 * @example
 * writeReport(SpreadsheetApp, 'Dashboard', dashboardLayout(model), { properties: host.properties.document })
 */
export function writeReport(
  app: ReportSpreadsheetApp,
  name: string,
  layout: ReportLayout,
  options: WriteReportOptions
): void {
  const spreadsheet = app.getActiveSpreadsheet()
  const sheet =
    spreadsheet.getSheetByName(name) ??
    spreadsheet.insertSheet(name, spreadsheet.getSheets().length)
  sheet.clear()
  const height = Math.max(layout.values.length, 1)
  const width = layout.columnWidths.length
  const maxRows = sheet.getMaxRows()
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows)
  const chartColumns = layout.charts.map((chart) => chart.anchor.column)
  const neededColumns = Math.max(width, ...chartColumns)
  const maxColumns = sheet.getMaxColumns()
  if (neededColumns > maxColumns) sheet.insertColumnsAfter(maxColumns, neededColumns - maxColumns)

  if (layout.values.length > 0) {
    const range = sheet.getRange(1, 1, layout.values.length, width)
    range.setValues(layout.values)
    range.setNumberFormats(layout.numberFormats)
    range.setFontWeights(layout.fontWeights)
    range.setFontSizes(layout.fontSizes)
    range.setBackgrounds(layout.backgrounds)
  }
  sheet.setFrozenRows(layout.frozenRows)
  for (const run of widthRuns(layout.columnWidths))
    sheet.setColumnWidths(run.start, run.count, run.width)

  const ours = new Set(savedChartIds(options.properties, name))
  const before = sheet.getCharts()
  const kept = new Set<number>()
  for (const chart of before) {
    const id = chart.getChartId()
    if (id !== null && ours.has(id)) sheet.removeChart(chart)
    else if (id !== null) kept.add(id)
  }
  if (layout.charts.length === 0) {
    if (ours.size > 0) saveChartIds(options.properties, name, [])
    return
  }
  const rangeOf = (area: GridRange) =>
    sheet.getRange(area.row, area.column, area.numRows, area.numColumns)
  for (const chart of layout.charts) sheet.insertChart(chartOf(sheet, chart, rangeOf))
  const inserted = sheet
    .getCharts()
    .map((chart) => chart.getChartId())
    .filter((id): id is number => id !== null && !kept.has(id))
  saveChartIds(options.properties, name, inserted)
}
