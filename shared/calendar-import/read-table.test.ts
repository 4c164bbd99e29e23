import { describe, expect, it } from 'vitest'
import { cellText, isEmptyRow, readTable } from './read-table'

describe('readTable', () => {
  it('reads CSV with quoted commas, a byte-order mark and Windows line ends', () => {
    const table = readTable(
      '\uFEFFEvent Name,Date\r\n"ICANN76 Community Forum Cancun, Mexico",3/11/23\r\n'
    )
    expect(table.rows[0]).toEqual(['Event Name', 'Date'])
    expect(table.rows[1]).toEqual(['ICANN76 Community Forum Cancun, Mexico', '3/11/23'])
    expect(table.unclosedQuoteRows).toEqual([])
  })

  it('reads semicolon-separated CSV, as spreadsheets in Spanish or Portuguese save it', () => {
    expect(readTable('Evento;Fecha\nCaribNOG 25;26/3/2023').rows[1]).toEqual([
      'CaribNOG 25',
      '26/3/2023',
    ])
  })

  it('reports the row where a quotation mark is never closed', () => {
    expect(
      readTable('Event Name,Date\nCaribNOG 25,3/26/23\n"CaribNOG 26,9/13/23\n').unclosedQuoteRows
    ).toEqual([3])
  })

  it('keeps sheet values as they are and turns null and undefined into empty cells', () => {
    const date = new Date(2023, 2, 26)
    const table = readTable([
      ['Event Name', 'Date', 'CROP'],
      ['CaribNOG 25', date, true],
      [null, undefined, 45000],
      [{ toString: () => 'object' }, '', ''],
    ])
    expect(table.rows).toEqual([
      ['Event Name', 'Date', 'CROP'],
      ['CaribNOG 25', date, true],
      ['', '', 45000],
      ['object', '', ''],
    ])
  })
})

describe('cellText', () => {
  it('shows a cell as text: trimmed, dates as YYYY-MM-DD', () => {
    expect(cellText('  CaribNOG 25 ')).toBe('CaribNOG 25')
    expect(cellText(new Date(2023, 2, 26))).toBe('2023-03-26')
    expect(cellText(42)).toBe('42')
    expect(cellText(undefined)).toBe('')
  })
})

describe('isEmptyRow', () => {
  it('is true only when every cell is blank', () => {
    expect(isEmptyRow(['', '  ', ''])).toBe(true)
    expect(isEmptyRow([])).toBe(true)
    expect(isEmptyRow(['', 0])).toBe(false)
  })
})
