import { describe, expect, it } from 'vitest'
import { columnLetters, parseA1, toA1 } from './a1-notation'

describe('A1 notation', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('names column %i %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters)
    expect(parseA1(`${letters}1`, 1000, 1000).column).toBe(column)
  })

  it('reads references in either order, with or without $', () => {
    expect(parseA1('$C$10:A2', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 9, numColumns: 3 })
    expect(parseA1('b2', 1000, 26)).toEqual({ row: 2, column: 2, numRows: 1, numColumns: 1 })
  })

  it('spans the sheet for whole rows and columns, and writes them back as such', () => {
    const row = parseA1('2:3', 500, 20)
    expect(row).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 20, wholeRows: true })
    expect(toA1(row)).toBe('2:3')
    const columns = parseA1('B:C', 500, 20)
    expect(columns).toMatchObject({ row: 1, column: 2, numRows: 500, numColumns: 2 })
    expect(toA1(columns)).toBe('B:C')
  })

  it.each(['', 'A', '1', 'A1:B', 'A1:2', '1A', 'A0', 'A1:B2:C3', 'A-1'])('refuses %j', (a1) => {
    expect(() => parseA1(a1, 1000, 26)).toThrow('Range not found')
  })
})
