import { stripVTControlCharacters } from 'node:util'
import { describe, expect, it } from 'vitest'
import { importCalendar } from '../../shared/calendar-import/import-calendar'
import { renderImportReport } from './import-report'

const TABLE = [
  'Event Name,Date',
  'CaribNOG 25,3/26/23',
  'First LAC Roadshow Honduras Tegucigalpa,25/5/23',
  'Roadshow,someday',
  'LAC IGF 2023,placeholder',
].join('\n')

describe('renderImportReport', () => {
  const result = importCalendar(TABLE)

  it('shows each problem as a row of the table, then the counts', () => {
    const report = renderImportReport(result, { file: 'calendar.csv', locale: 'en', width: 100 })
    const lines = report.split('\n')
    expect(lines[0]).toBe('Calendar import: calendar.csv')
    expect(lines[2]).toMatch(/^Row {2}Column {6}Severity {2}Message$/)
    expect(lines[4]).toMatch(
      /^3 {4}Date {8}Warning {3}'25\/5\/23' reads as 25 May 2023 \(day first\);/
    )
    expect(lines[5]).toMatch(/^ {27}\S.*Please confirm\.$/)
    expect(report).toContain(
      "4    Date        Error     'someday' is not a date the import can read."
    )
    expect(report).toContain('Events: 3   Errors: 1   Warnings: 3')
    expect(report).toContain('a calendar with errors cannot be published')
  })

  it('wraps messages to the width it is given', () => {
    const report = renderImportReport(result, { file: 'calendar.csv', locale: 'en', width: 60 })
    for (const line of report.split('\n')) expect([...line].length).toBeLessThanOrEqual(60)
  })

  it('speaks the language asked for', () => {
    const spanish = importCalendar(TABLE, { locale: 'es' })
    const report = renderImportReport(spanish, { file: 'calendario.csv', locale: 'es' })
    expect(report).toMatch(/^Fila +Columna +Gravedad +Mensaje$/m)
    expect(report).toContain('Advertencia  «25/5/23» se lee como 25 de mayo de 2023')
    expect(report).toContain('Eventos: 3   Errores: 1   Advertencias: 3')
  })

  it('never starts a line with the closing guillemet or colon of a French message', () => {
    const french = importCalendar(TABLE, { locale: 'fr' })
    for (const width of [50, 61, 67, 73, 80]) {
      const report = renderImportReport(french, { file: 'c.csv', locale: 'fr', width })
      expect(report).not.toMatch(/^ *[»:;]/m)
    }
  })

  it('says so when there is nothing to fix', () => {
    const clean = importCalendar('Event Name,Date\nCaribNOG 25,3/26/23\n')
    expect(renderImportReport(clean, { file: 'ok.csv', locale: 'en' })).toBe(
      [
        'Calendar import: ok.csv',
        '',
        'No problems found.',
        '',
        'Events: 1   Errors: 0   Warnings: 0',
        'No errors: the calendar can be published.',
        '',
      ].join('\n')
    )
  })

  it('colours severities only when asked (on a terminal)', () => {
    const plain = renderImportReport(result, { file: 'c.csv', locale: 'en' })
    const coloured = renderImportReport(result, { file: 'c.csv', locale: 'en', color: true })
    expect(plain).not.toContain('\u001b[')
    expect(coloured).toContain('\u001b[31mError\u001b[39m')
    expect(stripVTControlCharacters(coloured)).toBe(plain)
  })
})
