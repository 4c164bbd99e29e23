// Reads one time-of-day cell: 14:30, 2:30 PM, 14h30, Sheets' Date objects and day fractions.
import type { Cell } from './table-cells'

const TIME = /^(\d{1,2})(?:[:h.](\d{2})(?::\d{2})?)?\s*(?:h|hs|hrs)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$/i

/**
 * HH:MM (24 h), '' for an empty cell, or null when the cell is not a time. A Date is read by
 * its local clock, as Apps Script gives a time cell; a number is a fraction of a day.
 *
 * @example
 * readTimeCell('2:30 PM') // '14:30'
 * readTimeCell('9h') // '09:00'
 * readTimeCell('25:00') // null
 */
export function readTimeCell(cell: Cell | undefined): string | null {
  if (cell === undefined || cell === '') return ''
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : clock(cell.getHours(), cell.getMinutes())
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return null
    const minutes = Math.round((cell - Math.floor(cell)) * 24 * 60) % (24 * 60)
    return clock(Math.floor(minutes / 60), minutes % 60)
  }
  if (typeof cell === 'boolean') return null
  const text = cell.trim()
  if (text === '') return ''
  const match = TIME.exec(text)
  if (!match) return null
  let hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  const meridiem = match[3]?.toLowerCase().startsWith('p') ? 'pm' : match[3] ? 'am' : null
  if (minutes > 59) return null
  if (meridiem !== null) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  return hours > 23 ? null : clock(hours, minutes)
}

function clock(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
