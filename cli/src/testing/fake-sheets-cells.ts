// The fake Sheets API's cells: what a typed value becomes (the en_US reading of numbers, dates,
// times, formulas and the leading apostrophe) and how a stored value shows in each render option.

/** A stored value: exactly one of these is set. */
export interface ExtendedValue {
  stringValue?: string
  numberValue?: number
  boolValue?: boolean
  formulaValue?: string
}

export interface NumberFormat {
  type: string
  pattern?: string
}

export interface ValidationRule {
  condition: { type: string; values?: { userEnteredValue?: string }[] }
  strict?: boolean
  showCustomUi?: boolean
}

/** What the fake keeps of a cell. */
export interface Cell {
  value?: ExtendedValue
  bold?: boolean
  numberFormat?: NumberFormat
  validation?: ValidationRule
}

/** A value as the values API returns it. */
export type RenderedValue = string | number | boolean

const FORMULA_RESULT = '#NAME?'
const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/
const CURRENCY = /^\$\s?(\d+(?:\.\d+)?)$/
const PERCENT = /^([+-]?\d+(?:\.\d+)?)%$/
const DAY_MS = 86_400_000
const SERIAL_EPOCH = Date.UTC(1899, 11, 30)

function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return (time - SERIAL_EPOCH) / DAY_MS
}

/**
 * What Sheets stores when a person types `text` (USER_ENTERED), read as en_US reads it.
 *
 * @example
 * typed("'=1+1") // { value: { stringValue: '=1+1' } }
 * typed('2023-03-26') // { value: { numberValue: 45011 }, numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } }
 */
export function typed(text: string): { value?: ExtendedValue; numberFormat?: NumberFormat } {
  if (text === '') return {}
  if (text.startsWith("'")) return { value: { stringValue: text.slice(1) } }
  if (NUMBER.test(text)) return { value: { numberValue: Number(text) } }
  if (text.startsWith('=')) return { value: { formulaValue: text } }
  // Like Excel, Sheets reads "+…" and "-…" that are not numbers as formulas.
  if (text.startsWith('+') || text.startsWith('-')) return { value: { formulaValue: `=${text}` } }
  if (/^(true|false)$/i.test(text)) return { value: { boolValue: text.toLowerCase() === 'true' } }
  const date = ISO_DATE.exec(text)
  const serial = date && dateSerial(Number(date[1]), Number(date[2]), Number(date[3]))
  if (serial !== null && serial !== undefined)
    return {
      value: { numberValue: serial },
      numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' },
    }
  const clock = CLOCK.exec(text)
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60) {
    const seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0)
    return {
      value: { numberValue: seconds / 86_400 },
      numberFormat: { type: 'TIME', pattern: clock[3] ? 'hh:mm:ss' : 'hh:mm' },
    }
  }
  const money = CURRENCY.exec(text)
  if (money)
    return {
      value: { numberValue: Number(money[1]) },
      numberFormat: { type: 'CURRENCY', pattern: '"$"#,##0.00' },
    }
  const percent = PERCENT.exec(text)
  if (percent)
    return {
      value: { numberValue: Number(percent[1]) / 100 },
      numberFormat: { type: 'PERCENT', pattern: '0%' },
    }
  return { value: { stringValue: text } }
}

const pad = (value: number) => String(value).padStart(2, '0')

function formatNumber(value: number, format: NumberFormat | undefined): string {
  if (!format) return String(value)
  if (format.type === 'CURRENCY') return `$${value.toFixed(2)}`
  if (format.type === 'PERCENT') return `${Math.round(value * 100)}%`
  if (!['DATE', 'TIME', 'DATE_TIME'].includes(format.type)) return String(value)
  const date = new Date(SERIAL_EPOCH + Math.round(value * DAY_MS))
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
  const seconds = pad(date.getUTCSeconds())
  if (format.type === 'DATE') return day
  if (format.type === 'TIME') return format.pattern === 'hh:mm' ? clock : `${clock}:${seconds}`
  return `${day} ${clock}:${seconds}`
}

/**
 * The text a cell shows (FORMATTED_VALUE): a formula shows #NAME?, as the fake computes nothing.
 *
 * @example
 * formatted({ value: { boolValue: true } }) // 'TRUE'
 */
export function formatted(cell: Cell | undefined): string {
  const value = cell?.value
  if (!value) return ''
  if (value.formulaValue !== undefined) return FORMULA_RESULT
  if (value.stringValue !== undefined) return value.stringValue
  if (value.boolValue !== undefined) return value.boolValue ? 'TRUE' : 'FALSE'
  if (value.numberValue !== undefined) return formatNumber(value.numberValue, cell?.numberFormat)
  return ''
}

/** How the values API renders cells. */
export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA'

/**
 * A cell as the values API gives it in `render`, dates and times as text when `dateTimes` is
 * FORMATTED_STRING.
 *
 * @example
 * rendered(dateCell, 'UNFORMATTED_VALUE', 'FORMATTED_STRING') // '2023-03-26'
 */
export function rendered(
  cell: Cell | undefined,
  render: ValueRender,
  dateTimes: string
): RenderedValue {
  const value = cell?.value
  if (!value) return ''
  if (render === 'FORMATTED_VALUE') return formatted(cell)
  if (value.formulaValue !== undefined)
    return render === 'FORMULA' ? value.formulaValue : FORMULA_RESULT
  if (value.stringValue !== undefined) return value.stringValue
  if (value.boolValue !== undefined) return value.boolValue
  const number = value.numberValue ?? 0
  const type = cell?.numberFormat?.type ?? ''
  if (dateTimes === 'FORMATTED_STRING' && ['DATE', 'TIME', 'DATE_TIME'].includes(type))
    return formatNumber(number, cell?.numberFormat)
  return number
}

/** True when a cell holds no value, format or validation. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || (!cell.value && !cell.bold && !cell.numberFormat && !cell.validation)
}
