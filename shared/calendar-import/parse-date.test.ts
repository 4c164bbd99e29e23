import { describe, expect, it } from 'vitest'
import { checkedDate, isoFromDateObject, readDateCell } from './parse-date'

const exact = (text: string, date: string) => ({ kind: 'exact', text, date })

describe('readDateCell', () => {
  it('reads ISO dates', () => {
    expect(readDateCell('2023-05-25')).toEqual(exact('2023-05-25', '2023-05-25'))
    expect(readDateCell('2023/5/8')).toEqual(exact('2023/5/8', '2023-05-08'))
    expect(readDateCell('2023-02-29')).toEqual({ kind: 'invalid', text: '2023-02-29' })
  })

  it('leaves the order of numeric dates open and reads two-digit years as 20YY', () => {
    expect(readDateCell('5/25/23')).toEqual({
      kind: 'numeric',
      text: '5/25/23',
      first: 5,
      second: 25,
      year: 2023,
    })
    expect(readDateCell('25.05.2023')).toMatchObject({
      kind: 'numeric',
      first: 25,
      second: 5,
      year: 2023,
    })
    expect(readDateCell('5/25')).toMatchObject({ kind: 'numeric', year: null })
  })

  it.each([
    ['25 May 2023', '2023-05-25'],
    ['May 25, 2023', '2023-05-25'],
    ['25th May 2023', '2023-05-25'],
    ['25 de mayo de 2023', '2023-05-25'],
    ['3 de março de 2023', '2023-03-03'],
    ['1º de maio de 2023', '2023-05-01'],
    ['1er mai 2023', '2023-05-01'],
    ['15 août 2023', '2023-08-15'],
    ['7 Sept. 2023', '2023-09-07'],
    ['10-Dic-2023', '2023-12-10'],
  ])('reads %s, a month in words', (text, date) => {
    expect(readDateCell(text)).toEqual(exact(text, date))
  })

  it('reads a day and month in words without a year as yearless', () => {
    expect(readDateCell('25 de mayo')).toEqual({
      kind: 'yearless',
      text: '25 de mayo',
      month: 5,
      day: 25,
    })
  })

  it('reads Date objects and Google Sheets serial day numbers', () => {
    const fromSheet = (text: string, date: string) => ({ ...exact(text, date), fromSheet: true })
    expect(readDateCell(new Date(2023, 4, 25))).toEqual(fromSheet('2023-05-25', '2023-05-25'))
    expect(readDateCell(45000)).toEqual(fromSheet('45000', '2023-03-15'))
    expect(readDateCell(45071.75)).toEqual(fromSheet('45071.75', '2023-05-25'))
    expect(readDateCell(-3)).toEqual({ kind: 'invalid', text: '-3' })
  })

  it.each([
    'placeholder',
    'TBD',
    'TBC',
    'por confirmar',
    'A definir',
    'à confirmer',
    '?',
    'October (TBC)',
  ])('reads %s as a stand-in, not a date', (text) => {
    expect(readDateCell(text)).toEqual({ kind: 'marker', text })
  })

  it('reads empty cells as empty and everything else as invalid', () => {
    expect(readDateCell('')).toEqual({ kind: 'empty' })
    expect(readDateCell('   ')).toEqual({ kind: 'empty' })
    expect(readDateCell(undefined)).toEqual({ kind: 'empty' })
    expect(readDateCell('next week')).toEqual({ kind: 'invalid', text: 'next week' })
    expect(readDateCell('31 February 2023')).toEqual({ kind: 'invalid', text: '31 February 2023' })
    expect(readDateCell(true)).toEqual({ kind: 'invalid', text: 'true' })
  })
})

describe('isoFromDateObject', () => {
  it('takes the local date of a sheet date and the UTC date of a date built from text', () => {
    expect(isoFromDateObject(new Date(2023, 0, 16))).toBe('2023-01-16')
    expect(isoFromDateObject(new Date('2023-01-16'))).toBe('2023-01-16')
  })
})

describe('checkedDate', () => {
  it('accepts real dates only', () => {
    expect(checkedDate(2024, 2, 29)).toBe('2024-02-29')
    expect(checkedDate(2023, 2, 29)).toBeNull()
    expect(checkedDate(2023, 13, 1)).toBeNull()
  })
})
