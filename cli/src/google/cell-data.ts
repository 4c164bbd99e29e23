// Rows the workbook's definitions produce (recordToRow's cells) as the Sheets API's CellData:
// text is written as text (stringValue, never evaluated), dates and times as real dates and times.
import type { sheets_v4 } from '@googleapis/sheets'
import type { CellValue, ColumnDefinition, TabDefinition } from '../../../shared/workbook/columns'
import { isDate } from '../../../shared/workbook/zoned-date'

/** What appendCells and updateCells write: the value, and the number format dates need. */
export const CELL_DATA_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const CLOCK_TIME = /^(\d{2}):(\d{2})$/
const DAY_MS = 86_400_000
// Sheets counts days from 30 December 1899 (day 0), a time as a fraction of a day.
const SERIAL_EPOCH = Date.UTC(1899, 11, 30)

function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null
  if (date.getUTCDate() !== day) return null
  return (time - SERIAL_EPOCH) / DAY_MS
}

function timeSerial(hour: number, minute: number): number | null {
  return hour < 24 && minute < 60 ? (hour * 60 + minute) / 1440 : null
}

/**
 * The CellData for one cell. recordToRow's text is already formula-safe for typed input (a
 * leading apostrophe on risky text); here the apostrophe is taken off and the text written as
 * a stringValue, which Sheets stores exactly, so nothing is ever read as a formula, number or
 * date. An ISO date in a date column and a clock time in a time column become a real date or
 * time (shown as 2023-03-26 and 09:30), as the add-on's typed input does.
 *
 * @example
 * cellData("'=HYPERLINK(\"x\")") // { userEnteredValue: { stringValue: '=HYPERLINK("x")' } }
 * cellData('2023-03-26', startDateColumn)
 * // { userEnteredValue: { numberValue: 45011 }, userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } } }
 */
export function cellData(value: CellValue, column?: ColumnDefinition): sheets_v4.Schema$CellData {
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } }
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return {}
    return {
      userEnteredValue: { numberValue: (value.getTime() - SERIAL_EPOCH) / DAY_MS },
      userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm:ss' } },
    }
  }
  if (value === '') return {}
  if (value.startsWith("'")) return { userEnteredValue: { stringValue: value.slice(1) } }
  const date = column?.kind === 'date' ? ISO_DATE.exec(value) : null
  const day = date && dateSerial(Number(date[1]), Number(date[2]), Number(date[3]))
  if (day !== null && day !== undefined)
    return {
      userEnteredValue: { numberValue: day },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } },
    }
  const clock = column?.kind === 'time' ? CLOCK_TIME.exec(value) : null
  const time = clock && timeSerial(Number(clock[1]), Number(clock[2]))
  if (time !== null && time !== undefined)
    return {
      userEnteredValue: { numberValue: time },
      userEnteredFormat: { numberFormat: { type: 'TIME', pattern: 'hh:mm' } },
    }
  return { userEnteredValue: { stringValue: value } }
}

/**
 * Rows of cells by header as RowData from column A: each cell under its header's column (as
 * `columnIndex` places them, 1-based), empty cells between them.
 *
 * @example
 * rowData(tabDefinition('Settings'), [{ Setting: 'crop.leadTimeWeeks', Value: 6 }], columnIndex)
 */
export function rowData(
  tab: TabDefinition,
  rows: readonly Readonly<Record<string, CellValue>>[],
  columnIndex: ReadonlyMap<string, number>
): sheets_v4.Schema$RowData[] {
  const byHeader = new Map(tab.columns.map((column) => [column.header, column]))
  return rows.map((row) => {
    const values: sheets_v4.Schema$CellData[] = []
    for (const [header, value] of Object.entries(row)) {
      const position = columnIndex.get(header)
      if (position === undefined) throw new RangeError(`No column '${header}' in ${tab.name}`)
      values[position - 1] = cellData(value, byHeader.get(header))
    }
    return { values: Array.from(values, (cell) => cell ?? {}) }
  })
}
