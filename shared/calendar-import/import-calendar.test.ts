import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { outreachEventSchema } from '../schemas/event'
import { importCalendar } from './import-calendar'

const FIXTURE = readFileSync(
  new URL('../../tests/fixtures/outreach-calendar-2023.csv', import.meta.url),
  'utf8'
)

/** The fixture as a Google Sheet in US English gives it: dates as Date objects, except 25/5/23. */
function fixtureAsSheetValues(): unknown[][] {
  const lines = FIXTURE.trim().split('\n')
  const [header = '', ...rows] = lines
  const values: unknown[][] = [header.split(',')]
  for (const line of rows) {
    const comma = line.lastIndexOf(',')
    const title = line.slice(0, comma).replace(/^"|"$/g, '')
    const date = line.slice(comma + 1)
    const parts = /^(\d+)\/(\d+)\/(\d+)$/.exec(date)
    const month = Number(parts?.[1])
    values.push([
      title,
      parts && month <= 12 ? new Date(2000 + Number(parts[3]), month - 1, Number(parts[2])) : date,
    ])
  }
  return values
}

describe('importCalendar on the 2023 Outreach Calendar', () => {
  const { events, problems } = importCalendar(FIXTURE)
  const at = (row: number) => problems.filter((problem) => problem.row === row)

  it('imports all 57 events with warnings only, so the calendar can be published', () => {
    expect(events).toHaveLength(57)
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    for (const event of events) expect(outreachEventSchema.parse(event)).toEqual(event)
    expect(new Set(events.map((event) => event.id)).size).toBe(57)
  })

  it('keeps 1/16/22 as written and warns that the rest of the calendar is in 2023', () => {
    expect(events[0]).toMatchObject({ title: 'UCC ICANN101', startDate: '2022-01-16' })
    expect(at(2)).toEqual([
      {
        row: 2,
        column: 'Date',
        severity: 'warning',
        code: 'date.otherYear',
        message:
          "Row 2, column Date: '1/16/22' reads as 16 January 2022, but the rest of the calendar is in 2023. If the year is a typo, correct it to 2023; if the event really is in 2022, leave it as it is.",
        suggestion: { field: 'startDate', value: '2023-01-16' },
      },
    ])
  })

  it('reads 25/5/23 as 25 May 2023 and asks to confirm it', () => {
    expect(events.find((event) => event.title.startsWith('First LAC Roadshow'))?.startDate).toBe(
      '2023-05-25'
    )
    expect(at(17).find((problem) => problem.code === 'date.dayFirst')?.message).toBe(
      "Row 17, column Date: '25/5/23' reads as 25 May 2023 (day first); the rest of the sheet is month first. Please confirm."
    )
  })

  it("keeps 'placeholder' as an undated, tentative event and says why", () => {
    expect(events.find((event) => event.title === 'LAC IGF 2023')).toMatchObject({
      id: 'lac-igf-2023-undated',
      startDate: null,
      status: 'tentative',
    })
    expect(at(48)).toEqual([
      expect.objectContaining({
        column: 'Date',
        severity: 'warning',
        code: 'date.placeholder',
        message:
          "Row 48, column Date: 'placeholder' is not a date yet, so the event is imported undated and tentative. Enter the date when it is known.",
      }),
    ])
  })

  it('suggests the countries the titles name, with their sub-regions', () => {
    const suggested = (row: number) =>
      at(row).find((problem) => problem.code === 'country.suggested')?.suggestion
    expect(suggested(8)).toEqual({ field: 'country', value: 'MX' })
    expect(suggested(17)).toEqual({ field: 'country', value: 'HN' })
    expect(suggested(39)).toEqual({ field: 'country', value: 'BB' })
    expect(suggested(43)).toEqual({ field: 'country', value: 'BB' })
    expect(suggested(35)).toEqual({ field: 'country', value: 'VC' })
    expect(suggested(7)).toEqual({ field: 'country', value: 'BR' })
    expect(suggested(13)).toBeUndefined()
    expect(events.find((event) => event.title === 'CaribNOG 25')?.country).toBeNull()
    expect(events.find((event) => event.title.startsWith('ICANN76 Community'))).toMatchObject({
      country: 'MX',
      subregion: 'central-america-mexico',
    })
    expect(at(8)[0]?.message).toBe(
      'Row 8, column Event Name: the title names Mexico, so the country is set to Mexico (MX). Please confirm, or write the right country in a Country column.'
    )
  })

  it('flags the CTU 34th Anniversary entered twice, but not the bimonthly calls', () => {
    const repeated = problems.filter((problem) => problem.code === 'title.repeated')
    expect(repeated).toEqual([
      expect.objectContaining({
        row: 23,
        column: 'Event Name',
        message: expect.stringContaining(
          "'CTU 34th Anniversary' is also in row 21, on 24 April 2023"
        ),
      }),
    ])
    expect(events.filter((event) => event.title === 'CTU 34th Anniversary')).toHaveLength(2)
  })

  it('marks "(placeholder)" and "(place TBD)" events tentative and keeps their titles', () => {
    for (const row of [26, 37, 54])
      expect(at(row).map((problem) => problem.code)).toContain('title.placeholder')
    expect(events.find((event) => event.id === 'third-lac-roadshow-2023-08-16')).toMatchObject({
      title: 'Third LAC Roadshow (place TBD)',
      status: 'tentative',
    })
  })

  it('infers categories from the titles', () => {
    const category = (title: string) => events.find((event) => event.title === title)?.category
    expect(category('ICANN 78 Annual General Meeting')).toBe('icann-meeting')
    expect(category('LACRALO General Assembly 2023 Cancun Mexico')).toBe('lacralo-meeting')
    expect(category('LAC GAC Webinar')).toBe('webinar')
    expect(category('CaribNOG 25')).toBe('technical-community')
  })

  it('words the problems in Spanish when asked', () => {
    const spanish = importCalendar(FIXTURE, { locale: 'es' })
    expect(spanish.events).toEqual(events)
    expect(spanish.problems.find((problem) => problem.row === 17)?.message).toBe(
      'Fila 17, columna Date: «25/5/23» se lee como 25 de mayo de 2023 (primero el día); el resto de la hoja pone primero el mes. Por favor, confírmelo.'
    )
  })

  it('gives the same events from the sheet values, with Date objects, as from the CSV', () => {
    const fromSheet = importCalendar(fixtureAsSheetValues())
    expect(fromSheet.events).toEqual(events)
    expect(fromSheet.problems.map((problem) => problem.code)).toEqual(problems.map((p) => p.code))
  })
})

describe('importCalendar on bad tables', () => {
  it('imports nothing from a table without a title column, and says how to name it', () => {
    const { events, problems } = importCalendar('Fecha,Lugar\n3/26/23,Bridgetown\n')
    expect(events).toEqual([])
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        row: 1,
        column: null,
        code: 'header.noTitle',
        message: expect.stringContaining('Write "Event Name"'),
      }),
    ])
    expect(importCalendar('').problems.map((problem) => problem.code)).toEqual(['header.noTitle'])
  })

  it('leaves out a row with an unreadable date, naming the value and the forms expected', () => {
    const { events, problems } = importCalendar(
      'Event Name,Date\nCaribNOG 25,3/26/23\nRoadshow,next week\nOther,32/13/23\n'
    )
    expect(events.map((event) => event.title)).toEqual(['CaribNOG 25'])
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        severity: 'error',
        code: 'date.invalid',
        message:
          "Row 3, column Date: 'next week' is not a date the import can read. Write it like 5/25/2023, 2023-05-25 or 25 May 2023; if the date is not known yet, write TBD.",
      }),
      expect.objectContaining({ row: 4, severity: 'error', code: 'date.invalid' }),
    ])
  })

  it('skips empty rows silently and refuses a dated row without a title', () => {
    const { events, problems } = importCalendar(
      'Event Name,Date\n,\nCaribNOG 25,3/26/23\n\n,3/27/23\n'
    )
    expect(events).toHaveLength(1)
    expect(problems).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'Event Name',
        severity: 'error',
        code: 'title.missing',
      }),
    ])
  })

  it('numbers ids of rows that would share one, and keeps them stable', () => {
    const table = 'Title,Date\nCaribNOG 25,3/26/23\nCaribnog 25,3/26/23\nCaribNOG 25,3/26/23\n'
    const ids = importCalendar(table).events.map((event) => event.id)
    expect(ids).toEqual([
      'caribnog-25-2023-03-26',
      'caribnog-25-2023-03-26-2',
      'caribnog-25-2023-03-26-3',
    ])
    expect(importCalendar(table).events.map((event) => event.id)).toEqual(ids)
  })

  it('uses the ID column, refusing a repeated id, and keeps derived ids clear of it', () => {
    const { events, problems } = importCalendar(
      'ID,Title,Date\ncaribnog-25-2023-03-26,CaribNOG 26,9/13/23\n,CaribNOG 25,3/26/23\ncaribnog-25-2023-03-26,Again,3/27/23\n'
    )
    expect(events.map((event) => event.id)).toEqual([
      'caribnog-25-2023-03-26',
      'caribnog-25-2023-03-26-2',
    ])
    expect(problems).toEqual([
      expect.objectContaining({ row: 4, column: 'ID', severity: 'error', code: 'id.duplicate' }),
    ])
  })

  it('warns about unknown and repeated columns, and a table without dates', () => {
    const { events, problems } = importCalendar('Evento,Responsable,Title\nLAC IGF,Ana,Other\n')
    expect(events).toEqual([
      expect.objectContaining({ title: 'LAC IGF', startDate: null, status: 'tentative' }),
    ])
    expect(problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [1, 'Responsable', 'header.unknown'],
      [1, 'Title', 'header.duplicate'],
      [1, null, 'header.noDate'],
    ])
  })

  it('reports a quotation mark that is never closed, and does not read that row', () => {
    const { events, problems } = importCalendar(
      'Event Name,Date\nCaribNOG 25,3/26/23\n"CaribNOG 26,9/13/23\nCaribNOG 27,3/26/24\n'
    )
    expect(events.map((event) => event.title)).toEqual(['CaribNOG 25'])
    expect(problems).toEqual([
      expect.objectContaining({ row: 3, severity: 'error', code: 'csv.quotes' }),
    ])
  })

  it('reads a day-first sheet in Spanish, with ISO dates and dates in words', () => {
    const { events, problems } = importCalendar(
      'Nombre del evento;Fecha;País\nForo;13/5/2023;Argentina\nTaller;2023-06-01;\nCurso;5 de julio de 2023;Chile\nReunión;3/4/2023;\n'
    )
    expect(problems).toEqual([])
    expect(events.map((event) => [event.startDate, event.country])).toEqual([
      ['2023-05-13', 'AR'],
      ['2023-06-01', null],
      ['2023-07-05', 'CL'],
      ['2023-04-03', null],
    ])
  })

  it('reads Google Sheets serial day numbers', () => {
    const { events } = importCalendar([
      ['Event Name', 'Date'],
      ['CaribNOG 25', 45011],
    ])
    expect(events[0]?.startDate).toBe('2023-03-26')
  })
})
