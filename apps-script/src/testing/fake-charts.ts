// Extends the fake Sheet with embedded charts: Sheet.newChart() builders (column and line
// charts), insertChart, getCharts and removeChart, each call counted. Imported for its effect
// by fake-apps-script.ts.
import { toA1 } from './a1-notation'
import type { CallLog } from './call-log'
import type { FakeRange } from './fake-range'
import { FakeSheet } from './fake-sheet'

/** The chart types the builder's as…Chart() methods pick. */
export const FAKE_CHART_TYPES = ['COLUMN', 'LINE', 'BAR', 'PIE', 'AREA', 'TABLE'] as const
export type FakeChartType = (typeof FAKE_CHART_TYPES)[number]

/** A chart as plain data, for tests. */
export interface ChartSnapshot {
  id: number
  type: FakeChartType
  /** The data ranges, in A1 notation. */
  ranges: string[]
  title: string | null
  stacked: boolean
  colors: string[]
  /** Every option set with setOption, by name. */
  options: Record<string, unknown>
  anchor: { row: number; column: number }
}

interface ChartState extends Omit<ChartSnapshot, 'id' | 'ranges'> {
  ranges: FakeRange[]
}

/** A chart the builder built: EmbeddedChart's methods the add-on reads. */
export class FakeEmbeddedChart {
  constructor(
    private readonly calls: CallLog,
    readonly state: Readonly<ChartState>,
    private id: number | null = null
  ) {}

  getChartId(): number | null {
    this.calls.record('EmbeddedChart.getChartId', 'read')
    return this.id
  }

  getRanges(): FakeRange[] {
    this.calls.record('EmbeddedChart.getRanges', 'read')
    return [...this.state.ranges]
  }

  getType(): FakeChartType {
    this.calls.record('EmbeddedChart.getType', 'read')
    return this.state.type
  }

  getOptions(): { get(option: string): unknown } {
    this.calls.record('EmbeddedChart.getOptions', 'read')
    return { get: (option) => this.state.options[option] ?? null }
  }

  /** Gives the chart its ID, as inserting it into a sheet does (not Apps Script's). */
  placed(id: number): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.calls, this.state, id)
  }

  /** The chart as plain data, without counting calls. */
  snapshot(): ChartSnapshot {
    return {
      ...this.state,
      id: this.id ?? 0,
      ranges: this.state.ranges.map((range) => toA1(range.gridArea)),
      options: { ...this.state.options },
      colors: [...this.state.colors],
    }
  }
}

/** Sheet.newChart()'s builder, with the typed builders' methods on the same object. */
export class FakeChartBuilder {
  private readonly state: ChartState = {
    type: 'COLUMN',
    ranges: [],
    title: null,
    stacked: false,
    colors: [],
    options: {},
    anchor: { row: 1, column: 1 },
  }

  constructor(
    private readonly calls: CallLog,
    private readonly sheet: FakeSheet
  ) {}

  private step(method: string): FakeChartBuilder {
    this.calls.record(`EmbeddedChartBuilder.${method}`, 'read')
    return this
  }

  asColumnChart(): FakeChartBuilder {
    this.state.type = 'COLUMN'
    return this.step('asColumnChart')
  }

  asLineChart(): FakeChartBuilder {
    this.state.type = 'LINE'
    return this.step('asLineChart')
  }

  setChartType(type: FakeChartType): FakeChartBuilder {
    if (!FAKE_CHART_TYPES.includes(type)) throw new Error(`Invalid chart type: ${String(type)}`)
    this.state.type = type
    return this.step('setChartType')
  }

  addRange(range: FakeRange): FakeChartBuilder {
    if (!range || typeof range.gridArea !== 'object')
      throw new Error('EmbeddedChartBuilder.addRange: not a Range')
    if ((range as unknown as { sheet: FakeSheet }).sheet !== this.sheet)
      throw new Error('EmbeddedChartBuilder.addRange: the range is on another sheet')
    this.state.ranges.push(range)
    return this.step('addRange')
  }

  setStacked(): FakeChartBuilder {
    this.state.stacked = true
    return this.step('setStacked')
  }

  setTitle(title: string): FakeChartBuilder {
    this.state.title = String(title)
    return this.step('setTitle')
  }

  setColors(colors: string[]): FakeChartBuilder {
    if (!Array.isArray(colors) || colors.some((color) => !/^#[0-9a-f]{6}$/i.test(color)))
      throw new Error('EmbeddedChartBuilder.setColors: colors must be #rrggbb')
    this.state.colors = [...colors]
    return this.step('setColors')
  }

  setXAxisTitle(title: string): FakeChartBuilder {
    this.state.options['hAxis.title'] = String(title)
    return this.step('setXAxisTitle')
  }

  setYAxisTitle(title: string): FakeChartBuilder {
    this.state.options['vAxis.title'] = String(title)
    return this.step('setYAxisTitle')
  }

  setOption(option: string, value: unknown): FakeChartBuilder {
    this.state.options[option] = value
    if (option === 'title') this.state.title = String(value)
    return this.step('setOption')
  }

  setPosition(
    anchorRow: number,
    anchorColumn: number,
    _offsetX: number,
    _offsetY: number
  ): FakeChartBuilder {
    if (!Number.isInteger(anchorRow) || anchorRow < 1 || !Number.isInteger(anchorColumn))
      throw new Error('EmbeddedChartBuilder.setPosition: the anchor must be a cell')
    this.state.anchor = { row: anchorRow, column: anchorColumn }
    return this.step('setPosition')
  }

  build(): FakeEmbeddedChart {
    this.step('build')
    if (this.state.ranges.length === 0) throw new Error('The chart has no data: add a range.')
    return new FakeEmbeddedChart(this.calls, {
      ...this.state,
      ranges: [...this.state.ranges],
      options: { ...this.state.options },
    })
  }
}

declare module './fake-sheet' {
  interface FakeSheet {
    newChart(): FakeChartBuilder
    insertChart(chart: FakeEmbeddedChart): void
    getCharts(): FakeEmbeddedChart[]
    removeChart(chart: FakeEmbeddedChart): void
  }
}

const CHARTS = new WeakMap<FakeSheet, FakeEmbeddedChart[]>()
let nextChartId = 1

function chartsOf(sheet: FakeSheet): FakeEmbeddedChart[] {
  let charts = CHARTS.get(sheet)
  if (!charts) {
    charts = []
    CHARTS.set(sheet, charts)
  }
  return charts
}

/**
 * The charts of a sheet as plain data, without counting calls (for tests).
 *
 * @example
 * sheetCharts(fake.spreadsheet.sheet('Dashboard')).map((chart) => chart.type) // ['COLUMN', 'LINE']
 */
export function sheetCharts(sheet: FakeSheet): ChartSnapshot[] {
  return (CHARTS.get(sheet) ?? []).map((chart) => chart.snapshot())
}

FakeSheet.prototype.newChart = function newChart(this: FakeSheet): FakeChartBuilder {
  this.call('newChart')
  return new FakeChartBuilder(this.calls, this)
}

FakeSheet.prototype.insertChart = function insertChart(
  this: FakeSheet,
  chart: FakeEmbeddedChart
): void {
  this.call('insertChart', 'write')
  if (!(chart instanceof FakeEmbeddedChart)) throw new Error('Sheet.insertChart: not a chart')
  chartsOf(this).push(chart.placed(nextChartId++))
}

FakeSheet.prototype.getCharts = function getCharts(this: FakeSheet): FakeEmbeddedChart[] {
  this.call('getCharts')
  return [...chartsOf(this)]
}

FakeSheet.prototype.removeChart = function removeChart(
  this: FakeSheet,
  chart: FakeEmbeddedChart
): void {
  this.call('removeChart', 'write')
  const charts = chartsOf(this)
  const id = chart instanceof FakeEmbeddedChart ? chart.snapshot().id : null
  const index = charts.findIndex((candidate) => candidate.snapshot().id === id)
  if (index === -1) throw new Error('Sheet.removeChart: the chart is not on this sheet')
  charts.splice(index, 1)
}
