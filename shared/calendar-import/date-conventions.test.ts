import { describe, expect, it } from 'vitest'
import { inferDateConventions, resolveDate } from './date-conventions'
import { readDateCell } from './parse-date'

const readings = (...cells: string[]) => cells.map((cell) => readDateCell(cell))

describe('inferDateConventions', () => {
  it('follows the unambiguous dates: a sheet with 1/16/23 is month first', () => {
    const conventions = inferDateConventions(readings('1/16/23', '3/5/23', '25/5/23', '4/24/23'))
    expect(conventions.order).toBe('month-first')
  })

  it('finds a day-first sheet', () => {
    expect(inferDateConventions(readings('16/1/23', '24/4/23', '5/13/23')).order).toBe('day-first')
  })

  it('reads a sheet whose dates could go either way as month first, unless told otherwise', () => {
    expect(inferDateConventions(readings('3/5/23', '4/6/23')).order).toBe('month-first')
    expect(inferDateConventions(readings('3/5/23'), { order: 'day-first' }).order).toBe('day-first')
  })

  it('reads a text date among the Dates of a sheet as one the sheet could not read', () => {
    const sheet = [new Date(2023, 1, 5), new Date(2023, 2, 1), '25/5/23'].map((cell) =>
      readDateCell(cell)
    )
    expect(inferDateConventions(sheet).order).toBe('month-first')
    const spanishSheet = [new Date(2023, 1, 5), '5/13/23'].map((cell) => readDateCell(cell))
    expect(inferDateConventions(spanishSheet).order).toBe('day-first')
  })

  it('takes the year most dates are in as the calendar year', () => {
    const conventions = inferDateConventions(
      readings('1/16/22', '2/5/23', '3/1/23', '2023-05-25', 'TBD')
    )
    expect(conventions.year).toBe(2023)
  })

  it('calls a year stray only when few of the dates are in it', () => {
    const calendar2023 = inferDateConventions(
      readings('1/16/22', '2/5/23', '3/1/23', '4/1/23', '5/1/23', '6/1/23')
    )
    expect(calendar2023.isStrayYear(2022)).toBe(true)
    expect(calendar2023.isStrayYear(2023)).toBe(false)

    const fiscalYear = inferDateConventions(
      readings('9/1/23', '10/1/23', '11/1/23', '1/10/24', '3/1/24')
    )
    expect(fiscalYear.isStrayYear(2024)).toBe(false)
  })

  it('knows no year when no date states one', () => {
    const conventions = inferDateConventions(readings('TBD', '', '5/25'))
    expect(conventions.year).toBeNull()
    expect(conventions.isStrayYear(2023)).toBe(false)
  })
})

describe('resolveDate', () => {
  const monthFirst2023 = { order: 'month-first', year: 2023 } as const
  const dayFirst2023 = { order: 'day-first', year: 2023 } as const

  it('reads an ambiguous date in the sheet order', () => {
    expect(resolveDate(readDateCell('3/5/23'), monthFirst2023)).toEqual({
      ok: true,
      date: '2023-03-05',
      againstOrder: false,
      yearAssumed: false,
    })
    expect(resolveDate(readDateCell('3/5/23'), dayFirst2023)).toMatchObject({ date: '2023-05-03' })
  })

  it('reads a date that only works the other way round that way, and says so', () => {
    expect(resolveDate(readDateCell('25/5/23'), monthFirst2023)).toEqual({
      ok: true,
      date: '2023-05-25',
      againstOrder: true,
      yearAssumed: false,
    })
    expect(resolveDate(readDateCell('5/25/23'), dayFirst2023)).toMatchObject({
      date: '2023-05-25',
      againstOrder: true,
    })
  })

  it('refuses a date that works neither way', () => {
    expect(resolveDate(readDateCell('32/13/23'), monthFirst2023)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(resolveDate(readDateCell('2/30/23'), monthFirst2023)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('gives a date without a year the calendar year, and fails without one', () => {
    expect(resolveDate(readDateCell('5/25'), monthFirst2023)).toEqual({
      ok: true,
      date: '2023-05-25',
      againstOrder: false,
      yearAssumed: true,
    })
    expect(resolveDate(readDateCell('25 de mayo'), monthFirst2023)).toMatchObject({
      date: '2023-05-25',
      yearAssumed: true,
    })
    expect(resolveDate(readDateCell('5/25'), { order: 'month-first', year: null })).toEqual({
      ok: false,
      reason: 'noYear',
    })
  })

  it('takes exact dates as they are', () => {
    expect(resolveDate(readDateCell('2022-01-16'), dayFirst2023)).toMatchObject({
      date: '2022-01-16',
      againstOrder: false,
    })
  })
})
