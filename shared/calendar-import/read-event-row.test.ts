import { describe, expect, it } from 'vitest'
import { outreachEventSchema } from '../schemas/event'
import { inferDateConventions } from './date-conventions'
import { matchHeaders } from './headers'
import { readDateCell } from './parse-date'
import type { ProblemReport } from './problems'
import { readEventRow } from './read-event-row'
import type { Cell } from './read-table'

const HEADERS = [
  'Title',
  'Start',
  'End',
  'Start time',
  'Time zone',
  'Country',
  'URL',
  'Status',
  'Category',
  'Format',
  'Languages',
  'CROP',
  'ID',
]

/** Reads one row under HEADERS in a month-first 2023 calendar; cells given by header name. */
function read(cells: Partial<Record<(typeof HEADERS)[number], Cell>>, headers = HEADERS) {
  const header = matchHeaders(headers)
  const row = headers.map((name) => cells[name] ?? '')
  const at = (field: 'startDate' | 'endDate') => {
    const index = header.columns[field]
    return readDateCell(index === undefined ? undefined : row[index])
  }
  const calendar = ['2/5/23', '3/1/23', '4/1/23', '5/1/23', '6/1/23'].map((cell) =>
    readDateCell(cell)
  )
  const problems: ProblemReport[] = []
  const result = readEventRow(
    { row: 5, cells: row, startDate: at('startDate'), endDate: at('endDate') },
    {
      header,
      conventions: inferDateConventions(calendar),
      locale: 'en',
      report: (problem) => problems.push(problem),
    }
  )
  return {
    result,
    problems,
    codes: problems.map((problem) => `${problem.severity} ${problem.code}`),
  }
}

describe('readEventRow', () => {
  it('reads a complete row into an event the schema accepts', () => {
    const { result, problems } = read({
      Title: 'Foro LACNIC',
      Start: '5/8/23',
      End: '5/12/23',
      'Start time': '9:00',
      'Time zone': 'America/Mexico_City',
      Country: 'México',
      URL: 'https://www.lacnic.net/',
      Status: 'Confirmado',
      Category: 'Technical community',
      Format: 'Híbrido',
      Languages: 'es, en',
      CROP: 'sí',
      ID: 'lacnic-39',
    })
    expect(problems).toEqual([])
    expect(result).toEqual({
      row: 5,
      id: 'lacnic-39',
      bareTitle: 'Foro LACNIC',
      event: {
        title: 'Foro LACNIC',
        startDate: '2023-05-08',
        endDate: '2023-05-12',
        startTime: '09:00',
        endTime: null,
        timeZone: 'America/Mexico_City',
        city: null,
        country: 'MX',
        subregion: 'central-america-mexico',
        category: 'technical-community',
        format: 'hybrid',
        status: 'confirmed',
        url: 'https://www.lacnic.net/',
        languages: ['en', 'es'],
        cropEligible: true,
        description: null,
      },
    })
    expect(outreachEventSchema.safeParse({ ...result?.event, id: 'x' }).success).toBe(true)
  })

  it('reports a missing title in the title column and reads nothing', () => {
    const { result, problems } = read({ Start: '5/8/23' })
    expect(result).toBeNull()
    expect(problems).toEqual([
      { row: 5, column: 'Title', severity: 'error', code: 'title.missing' },
    ])
  })

  it('keeps an undated event as tentative, even if its status says confirmed', () => {
    const { result, codes } = read({ Title: 'LAC IGF', Start: 'TBD', Status: 'confirmed' })
    expect(result?.event).toMatchObject({ startDate: null, status: 'tentative' })
    expect(codes).toEqual(['warning date.placeholder', 'warning status.undatedConfirmed'])
    expect(read({ Title: 'LAC IGF', Start: '' }).codes).toEqual(['warning date.missing'])
    expect(read({ Title: 'LAC IGF', Start: '', Status: 'Cancelado' }).result?.event.status).toBe(
      'cancelled'
    )
  })

  it('makes a "(place TBD)" event tentative unless a status is given, and keeps its title', () => {
    const tentative = read({ Title: 'Third LAC Roadshow (place TBD)', Start: '8/16/23' })
    expect(tentative.result).toMatchObject({
      bareTitle: 'Third LAC Roadshow',
      event: { title: 'Third LAC Roadshow (place TBD)', status: 'tentative' },
    })
    expect(tentative.problems).toEqual([
      expect.objectContaining({
        column: 'Title',
        code: 'title.placeholder',
        params: { marker: '(place TBD)' },
      }),
    ])
    const stated = read({
      Title: 'Third LAC Roadshow (place TBD)',
      Start: '8/16/23',
      Status: 'confirmed',
    })
    expect(stated.result?.event.status).toBe('confirmed')
    expect(stated.problems).toEqual([])
  })

  it('reads a day-first date against the sheet, with a warning carrying the date in words', () => {
    const { result, problems } = read({ Title: 'Roadshow', Start: '25/5/23' })
    expect(result?.event.startDate).toBe('2023-05-25')
    expect(problems).toEqual([
      {
        row: 5,
        column: 'Start',
        severity: 'warning',
        code: 'date.dayFirst',
        params: { value: '25/5/23', date: '25 May 2023' },
      },
    ])
  })

  it('keeps a date in a stray year and suggests the calendar year', () => {
    const { result, problems } = read({ Title: 'UCC ICANN101', Start: '1/16/22' })
    expect(result?.event.startDate).toBe('2022-01-16')
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'date.otherYear',
        params: { value: '1/16/22', date: '16 January 2022', year: 2022, calendarYear: 2023 },
        suggestion: { field: 'startDate', value: '2023-01-16' },
      }),
    ])
  })

  it('refuses dates it cannot read, naming the value and the forms it expects', () => {
    const { result, problems } = read({ Title: 'Roadshow', Start: 'next week' })
    expect(result).toBeNull()
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'date.invalid',
        params: { value: 'next week', example: '5/25/2023' },
      }),
    ])
    expect(read({ Title: 'Roadshow', Start: '32/13/23' }).codes).toEqual(['error date.invalid'])
  })

  it('refuses an end before the start, or an end without a start', () => {
    expect(read({ Title: 'X', Start: '5/8/23', End: '5/1/23' }).codes).toEqual([
      'error date.endBeforeStart',
    ])
    expect(read({ Title: 'X', Start: 'TBD', End: '5/1/23' }).codes).toEqual([
      'warning date.placeholder',
      'error date.endWithoutStart',
    ])
    const unknownEnd = read({ Title: 'X', Start: '5/8/23', End: 'TBC' })
    expect(unknownEnd.codes).toEqual(['warning date.endUnknown'])
    expect(unknownEnd.result?.event.endDate).toBeNull()
  })

  it('needs a time zone for a timed event and drops the time of an undated one', () => {
    expect(read({ Title: 'X', Start: '5/8/23', 'Start time': '14:00' }).codes).toEqual([
      'error time.noZone',
    ])
    expect(
      read({ Title: 'X', Start: '5/8/23', 'Start time': 'noon', 'Time zone': 'UTC' }).codes
    ).toEqual(['error time.invalid'])
    expect(
      read({ Title: 'X', Start: '5/8/23', 'Start time': '9:00', 'Time zone': 'Mars/Olympus' }).codes
    ).toEqual(['error timeZone.invalid'])
    const undated = read({ Title: 'X', Start: 'TBD', 'Start time': '9:00', 'Time zone': 'UTC' })
    expect(undated.result?.event).toMatchObject({ startTime: null, timeZone: 'UTC' })
    expect(undated.codes).toContain('warning time.undated')
  })

  it('takes the Country column over the title, and reads codes of countries outside the region', () => {
    const { result, problems } = read({
      Title: 'ICANN77 Washington DC',
      Start: '6/12/23',
      Country: 'us',
    })
    expect(problems).toEqual([])
    expect(result?.event).toMatchObject({ country: 'US', subregion: null })
    expect(read({ Title: 'X', Start: '6/12/23', Country: 'Atlantis' }).codes).toEqual([
      'error country.unknown',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', Country: 'QQ' }).codes).toEqual([
      'error country.unknown',
    ])
  })

  it('suggests the country a title names when the Country cell is empty', () => {
    const { result, problems } = read({ Title: 'IX Forum Porto Alegre', Start: '3/10/23' })
    expect(result?.event).toMatchObject({ country: 'BR', subregion: 'south-america' })
    expect(problems).toEqual([
      {
        row: 5,
        column: 'Title',
        severity: 'warning',
        code: 'country.suggested',
        params: { place: 'Porto Alegre', country: 'Brazil', code: 'BR' },
        suggestion: { field: 'country', value: 'BR' },
      },
    ])
  })

  it('adds https:// to a bare address and refuses what is not a link', () => {
    const bare = read({ Title: 'X', Start: '6/12/23', URL: 'www.lacnic.net/evento' })
    expect(bare.result?.event.url).toBe('https://www.lacnic.net/evento')
    expect(bare.codes).toEqual(['warning url.schemeAdded'])
    expect(read({ Title: 'X', Start: '6/12/23', URL: 'see the wiki' }).codes).toEqual([
      'error url.invalid',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', URL: 'ftp://example.org' }).codes).toEqual([
      'error url.invalid',
    ])
  })

  it('refuses unknown choices, listing the valid ones', () => {
    const { problems } = read({ Title: 'X', Start: '6/12/23', Status: 'maybe' })
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'status.invalid',
        params: { value: 'maybe', choices: 'confirmed, tentative, cancelled, proposed' },
      }),
    ])
    expect(read({ Title: 'X', Start: '6/12/23', Category: 'party' }).codes).toEqual([
      'error category.invalid',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', Format: 'carrier pigeon' }).codes).toEqual([
      'error format.invalid',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', Languages: 'Klingon' }).codes).toEqual([
      'error languages.invalid',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', CROP: 'maybe' }).codes).toEqual([
      'error crop.invalid',
    ])
    expect(read({ Title: 'X', Start: '6/12/23', ID: 'Not An Id' }).codes).toEqual([
      'error id.invalid',
    ])
  })

  it('infers category and format from the title when their cells are empty', () => {
    const { result } = read({ Title: 'LAC GAC Webinar', Start: '2/22/23' })
    expect(result?.event).toMatchObject({ category: 'webinar', format: 'virtual' })
  })

  it('refuses a title longer than the schema allows', () => {
    expect(read({ Title: 'x'.repeat(301), Start: '2/22/23' }).codes).toEqual(['error text.tooLong'])
  })

  it('reads a table without a date column as undated, without a warning per row', () => {
    const { result, problems } = read({ Title: 'LAC IGF' }, ['Title'])
    expect(result?.event).toMatchObject({ startDate: null, status: 'tentative' })
    expect(problems).toEqual([])
  })
})
