// Reads one date cell: the forms people type in the region, Sheets' Date objects and serial numbers.
import { isIsoDate } from '../schemas/primitives'
import { foldText } from './fold-text'
import { findMarker } from './markers'
import type { Cell } from './table-cells'

/**
 * What a date cell says, before the sheet's conventions are known:
 * - `exact`: one calendar date: text (ISO, a month in words) or a sheet's own date value
 *   (a Date or a serial number), which `fromSheet` marks;
 * - `numeric`: 5/8/23 and the like, which need the sheet's order (month or day first);
 * - `yearless`: a day and month in words without a year (25 May);
 * - `marker`: a stand-in such as 'TBD' or 'placeholder';
 * - `empty`, or `invalid` when nothing above fits.
 */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'marker'; text: string }
  | { kind: 'exact'; text: string; date: string; fromSheet?: true }
  | { kind: 'numeric'; text: string; first: number; second: number; year: number | null }
  | { kind: 'yearless'; text: string; month: number; day: number }
  | { kind: 'invalid'; text: string }

// Month names and abbreviations in English, Spanish, Portuguese and French, folded.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv'],
  ['february', 'feb', 'febrero', 'fevereiro', 'fev', 'fevrier', 'fevr'],
  ['march', 'mar', 'marzo', 'marco', 'mars'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr'],
  ['may', 'mayo', 'maio', 'mai'],
  ['june', 'jun', 'junio', 'junho', 'juin'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil'],
  ['august', 'aug', 'agosto', 'ago', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set', 'setembro', 'septembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'decembre'],
]
const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const))
)

// Google Sheets counts days from 30 December 1899; 2958465 is 31 December 9999.
const SHEETS_EPOCH = Date.UTC(1899, 11, 30)
const LAST_SERIAL = 2958465
const DAY_MS = 86_400_000

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/
const ORDINAL = '(?:st|nd|rd|th|er|o|º|°)?'
const DAY_MONTH = new RegExp(
  `^(\\d{1,2})${ORDINAL} (?:de )?(\\p{L}+)(?: (?:del? )?(\\d{4}))?$`,
  'u'
)
const MONTH_DAY = new RegExp(`^(\\p{L}+) (\\d{1,2})${ORDINAL}(?: (\\d{4}))?$`, 'u')

/**
 * Reads a date cell without deciding what the sheet's conventions leave open.
 *
 * @example
 * readDateCell('2023-05-25') // { kind: 'exact', text: '2023-05-25', date: '2023-05-25' }
 * readDateCell('25 de mayo de 2023') // { kind: 'exact', text: '25 de mayo de 2023', date: '2023-05-25' }
 * readDateCell('5/25/23') // { kind: 'numeric', text: '5/25/23', first: 5, second: 25, year: 2023 }
 * readDateCell('TBD') // { kind: 'marker', text: 'TBD' }
 */
export function readDateCell(cell: Cell | undefined): DateReading {
  if (cell === undefined || cell === '') return { kind: 'empty' }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'invalid', text: String(cell) }
    const date = isoFromDateObject(cell)
    return { kind: 'exact', text: date, date, fromSheet: true }
  }
  if (typeof cell === 'number') return readSerial(cell)
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell) }
  return readDateText(cell.trim())
}

function readSerial(serial: number): DateReading {
  const text = String(serial)
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL)
    return { kind: 'invalid', text }
  const day = new Date(SHEETS_EPOCH + Math.floor(serial) * DAY_MS)
  return { kind: 'exact', text, date: day.toISOString().slice(0, 10), fromSheet: true }
}

function readDateText(text: string): DateReading {
  if (text === '') return { kind: 'empty' }
  if (findMarker(text) !== null) return { kind: 'marker', text }
  const invalid = { kind: 'invalid', text } as const

  const iso = ISO_LIKE.exec(text)
  if (iso) {
    const date = checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    return date ? { kind: 'exact', text, date } : invalid
  }

  const numeric = NUMERIC.exec(text)
  if (numeric) {
    const year = numeric[4] === undefined ? null : fullYear(numeric[4])
    return { kind: 'numeric', text, first: Number(numeric[1]), second: Number(numeric[3]), year }
  }

  const words = foldText(text)
  const dayMonth = DAY_MONTH.exec(words)
  const monthDay = dayMonth ? null : MONTH_DAY.exec(words)
  const parts = dayMonth
    ? { day: dayMonth[1], month: dayMonth[2], year: dayMonth[3] }
    : monthDay
      ? { day: monthDay[2], month: monthDay[1], year: monthDay[3] }
      : null
  const month = parts ? MONTH_BY_NAME.get(parts.month ?? '') : undefined
  if (!parts || month === undefined) return invalid
  const day = Number(parts.day)
  if (parts.year === undefined) {
    return checkedDate(2000, month, day) ? { kind: 'yearless', text, month, day } : invalid
  }
  const date = checkedDate(Number(parts.year), month, day)
  return date ? { kind: 'exact', text, date } : invalid
}

/** A two-digit year is this century's: 23 is 2023. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

/**
 * YYYY-MM-DD when the parts make a real date, else null.
 *
 * @example
 * checkedDate(2023, 2, 29) // null
 */
export function checkedDate(year: number, month: number, day: number): string | null {
  const date = isoFromParts(year, month, day)
  return isIsoDate(date) ? date : null
}

/** YYYY-MM-DD from numbers, unchecked. */
function isoFromParts(year: number, month: number, day: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/**
 * The calendar date a Date object stands for. A sheet's date cell arrives as midnight in the
 * script's time zone, so its local date is the one meant; a Date at exactly midnight UTC was
 * built from a date string (new Date('2023-03-26')), so its UTC date is the one meant.
 *
 * @example
 * isoFromDateObject(new Date(2023, 2, 26)) // '2023-03-26'
 */
export function isoFromDateObject(date: Date): string {
  const atUtcMidnight =
    date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0
  return atUtcMidnight
    ? isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    : isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate())
}
