import { describe, expect, it } from 'vitest'
import { describeProblem, importProblemSchema, longDate, problemDetail } from './problems'

describe('describeProblem', () => {
  const dayFirst = {
    row: 17,
    column: 'Date',
    severity: 'warning',
    code: 'date.dayFirst',
    params: { value: '25/5/23', date: '25 May 2023' },
  } as const

  it('says where the problem is, what is wrong and what to do, in the language asked for', () => {
    const problem = describeProblem('en', dayFirst)
    expect(problem).toEqual({
      row: 17,
      column: 'Date',
      severity: 'warning',
      code: 'date.dayFirst',
      message:
        "Row 17, column Date: '25/5/23' reads as 25 May 2023 (day first); the rest of the sheet is month first. Please confirm.",
    })
    expect(importProblemSchema.parse(problem)).toEqual(problem)
    expect(describeProblem('es', dayFirst).message).toMatch(
      /^Fila 17, columna Date: «25\/5\/23» se lee como/
    )
  })

  it('names only the row when the problem is about the whole row', () => {
    const problem = describeProblem('pt', {
      row: 1,
      column: null,
      severity: 'error',
      code: 'header.noTitle',
    })
    expect(problem.message).toMatch(/^Linha 1: nenhuma coluna contém os títulos/)
  })

  it('uses a variant wording and carries a suggestion when given', () => {
    const problem = describeProblem('en', {
      row: 9,
      column: 'Title',
      severity: 'warning',
      code: 'title.repeated',
      key: 'import.title.repeatedUndated',
      params: { title: 'LAC IGF', otherRow: 3 },
      suggestion: { field: 'country', value: 'MX' },
    })
    expect(problem.message).toContain('one of the two has no date')
    expect(problem.suggestion).toEqual({ field: 'country', value: 'MX' })
  })
})

describe('problemDetail', () => {
  it('gives the message without its location, capitalized, in the locale it was written in', () => {
    const problem = describeProblem('fr', {
      row: 48,
      column: 'Date',
      severity: 'warning',
      code: 'date.placeholder',
      params: { value: 'placeholder' },
    })
    expect(problem.message.startsWith('Ligne 48, colonne Date\u00a0: ')).toBe(true)
    expect(problemDetail(problem, 'fr')).toMatch(
      /^«\u00a0placeholder\u00a0» n’est pas encore une date/
    )
    const country = describeProblem('es', {
      row: 8,
      column: 'Evento',
      severity: 'warning',
      code: 'country.suggested',
      params: { place: 'Cancún', country: 'México', code: 'MX' },
    })
    expect(problemDetail(country, 'es')).toMatch(/^El título menciona Cancún/)
  })
})

describe('longDate', () => {
  it('writes the month in words, in each language', () => {
    expect(longDate('2023-05-25', 'en')).toBe('25 May 2023')
    expect(longDate('2023-05-25', 'es')).toBe('25 de mayo de 2023')
    expect(longDate('2023-05-25', 'pt')).toBe('25 de maio de 2023')
    expect(longDate('2023-05-25', 'fr')).toBe('25 mai 2023')
  })
})
