// A report tab laid out as plain data: a rectangle of values with their formats, the column
// widths and charts, built row by row; report-sheet.ts writes it in a handful of batched calls.
import { sheetText } from '../../../shared/workbook/sheet-text'
import type { CellValue } from '../workbook/workbook'

/** A rectangle of cells, 1-based. */
export interface GridRange {
  row: number
  column: number
  numRows: number
  numColumns: number
}

/** A chart over a range of the report: stacked columns or lines, the first column as labels. */
export interface ReportChart {
  kind: 'stacked-column' | 'line'
  title: string
  range: GridRange
  /** The cell its top-left corner sits on. */
  anchor: { row: number; column: number }
  colors: string[]
}

/** A whole report: what report-sheet.ts writes. */
export interface ReportLayout {
  /** Every row as long as `columnWidths`. */
  values: CellValue[][]
  numberFormats: string[][]
  fontWeights: ('bold' | 'normal')[][]
  fontSizes: number[][]
  /** '#rrggbb', or null for no fill. */
  backgrounds: (string | null)[][]
  /** Pixels, one per column. */
  columnWidths: number[]
  frozenRows: number
  charts: ReportChart[]
}

/** One cell: its value and how it looks. Text is written formula-safe (sheetText). */
export interface ReportCell {
  value: string | number | null
  /** 'count' (#,##0), 'share' (0%) or 'text' (the default for strings). */
  format?: 'count' | 'share' | 'text'
  bold?: boolean
  size?: number
  background?: string | null
}

/** The fills and sizes the reports use. */
export const REPORT_STYLE = {
  tableHeader: '#e8eaed',
  highlight: '#fce8e6',
  good: '#e6f4ea',
  notice: '#fef7e0',
  titleSize: 14,
  headingSize: 12,
  bodySize: 10,
} as const

const NUMBER_FORMATS = { count: '#,##0', share: '0%', text: '@' } as const

type CellInput = ReportCell | string | number | null

function toCell(input: CellInput): ReportCell {
  return input !== null && typeof input === 'object' ? input : { value: input }
}

/** Builds a ReportLayout row by row. */
export interface ReportGrid {
  /** The next row's number (1-based). */
  readonly nextRow: number
  /** Adds a row; `style` applies to every cell of it that does not say otherwise. */
  row(cells: readonly CellInput[], style?: Omit<ReportCell, 'value'>): number
  blank(): void
  /** A section heading. */
  heading(text: string): number
  /**
   * A table: a bold header row on a grey fill, then the rows; `highlight(row index)` gives
   * a row's fill. Returns the range of the header and the rows.
   */
  table(
    headers: readonly string[],
    rows: readonly (readonly CellInput[])[],
    options?: { highlight?: (index: number) => string | null }
  ): GridRange
  chart(chart: ReportChart): void
  build(options: { frozenRows: number }): ReportLayout
}

/**
 * A grid `columnWidths.length` columns wide.
 *
 * @example
 * const grid = reportGrid([280, 120, 200])
 * grid.row([{ value: 'Members', bold: true }, { value: 2000, format: 'count' }])
 * const layout = grid.build({ frozenRows: 1 })
 */
export function reportGrid(columnWidths: readonly number[]): ReportGrid {
  const width = columnWidths.length
  const rows: ReportCell[][] = []
  const charts: ReportChart[] = []
  const grid: ReportGrid = {
    get nextRow() {
      return rows.length + 1
    },
    row(cells, style = {}) {
      if (cells.length > width)
        throw new RangeError(`A report row has ${cells.length} cells; the grid has ${width}`)
      const line: ReportCell[] = []
      for (let index = 0; index < width; index++) {
        const cell = index < cells.length ? toCell(cells[index] ?? null) : { value: null }
        line.push({ ...style, ...cell })
      }
      rows.push(line)
      return rows.length
    },
    blank() {
      rows.push(Array.from({ length: width }, () => ({ value: null })))
    },
    heading(text) {
      return grid.row([{ value: text, bold: true, size: REPORT_STYLE.headingSize }])
    },
    table(headers, tableRows, options = {}) {
      const first = grid.row(headers, { bold: true, background: REPORT_STYLE.tableHeader })
      tableRows.forEach((cells, index) => {
        grid.row(cells, { background: options.highlight?.(index) ?? null })
      })
      return { row: first, column: 1, numRows: tableRows.length + 1, numColumns: headers.length }
    },
    chart(chart) {
      charts.push(chart)
    },
    build({ frozenRows }) {
      const map = <T>(pick: (cell: ReportCell) => T) => rows.map((line) => line.map(pick))
      return {
        values: map((cell) => {
          if (cell.value === null) return ''
          return typeof cell.value === 'number' ? cell.value : sheetText(cell.value)
        }),
        numberFormats: map((cell) => {
          const format = cell.format ?? (typeof cell.value === 'number' ? 'count' : 'text')
          return NUMBER_FORMATS[format]
        }),
        fontWeights: map((cell) => (cell.bold ? 'bold' : 'normal')),
        fontSizes: map((cell) => cell.size ?? REPORT_STYLE.bodySize),
        backgrounds: map((cell) => cell.background ?? null),
        columnWidths: [...columnWidths],
        frozenRows,
        charts: [...charts],
      }
    },
  }
  return grid
}
