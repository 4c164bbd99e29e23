// What a cell stores when a script writes a value into it: Sheets reads a written string as if
// a person had typed it, so '=…' becomes a formula, '0042' a number and '2023-03-26' a date.

import { wallTimeToInstant } from '../../../shared/calendar/wall-time'
import type { CellValue } from '../../../shared/workbook/columns'
import { isDate } from '../../../shared/workbook/zoned-date'

/** A cell's content: what getValues() returns, and the formula when there is one. */
export interface StoredContent {
  value: CellValue
  formula: string
}

/** What getValues() returns for a formula: the fake computes nothing. */
export const FORMULA_RESULT = '#NAME?'

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

function zonedDate(date: string, hour: number, minute: number, second: number, zone: string) {
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  return new Date(wallTimeToInstant(date, time, zone) + second * 1000)
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function enteredText(text: string, timeZone: string): StoredContent {
  if (text === '') return { value: '', formula: '' }
  // A leading apostrophe means "this is text"; Sheets keeps it out of the value.
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' }
  if (NUMBER.test(text)) return { value: Number(text), formula: '' }
  if (text.startsWith('=')) return { value: FORMULA_RESULT, formula: text }
  // Like Excel, Sheets reads "+…" and "-…" that are not numbers as formulas.
  if (text.startsWith('+') || text.startsWith('-')) {
    return { value: FORMULA_RESULT, formula: `=${text}` }
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' }
  const date = DATE.exec(text)
  if (date) {
    const [, y, m, d, h = '0', min = '0', s = '0'] = date
    const valid =
      isCalendarDate(Number(y), Number(m), Number(d)) && Number(h) < 24 && Number(min) < 60
    if (valid) {
      return {
        value: zonedDate(`${y}-${m}-${d}`, Number(h), Number(min), Number(s), timeZone),
        formula: '',
      }
    }
  }
  const time = TIME.exec(text)
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    const [, h, min, s = '0'] = time
    // Sheets keeps a time of day as that time on its day zero, 30 December 1899.
    return {
      value: zonedDate('1899-12-30', Number(h), Number(min), Number(s), timeZone),
      formula: '',
    }
  }
  return { value: text, formula: '' }
}

/**
 * What a cell holds after a script writes `input` into it with setValue(s), in a spreadsheet
 * whose zone is `timeZone`. Models the common cases of Sheets' reading of typed text:
 * formulas, the apostrophe, numbers, TRUE/FALSE, ISO dates, date-times and times of day.
 *
 * @example
 * enteredValue("'=1+1", 'America/Lima') // { value: '=1+1', formula: '' }
 * enteredValue('=1+1', 'America/Lima') // { value: '#NAME?', formula: '=1+1' }
 */
export function enteredValue(input: unknown, timeZone: string): StoredContent {
  if (input === null || input === undefined) return { value: '', formula: '' }
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' }
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' }
  return enteredText(String(input), timeZone)
}
