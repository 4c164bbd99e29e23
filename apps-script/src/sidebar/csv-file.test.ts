import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCalendar } from '../../../shared/calendar-import/import-calendar'
import { importCalendarTable } from '../../../shared/calendar-import/import-calendar-rows'
import { tableFromRows } from '../../../shared/calendar-import/table-cells'
import { type ChosenFile, MAX_CSV_BYTES, readCsvFile } from './csv-file'
import { sidebarText } from './sidebar-text'

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../../tests/fixtures/outreach-calendar-2023.csv'
)
const text = sidebarText('es')

function chosen(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = 'text/csv'
): ChosenFile {
  return new File([content], name, { type })
}

describe('readCsvFile', () => {
  it('reads the 2023 calendar into the table the server imports, as the CLI reads the file', async () => {
    const csv = readFileSync(FIXTURE, 'utf8')
    const request = await readCsvFile(chosen('outreach-calendar-2023.csv', csv), text)
    expect(request.table?.[0]).toEqual(['Event Name', 'Date'])
    expect(request.unclosedQuoteRows).toEqual([])
    // The same events and problems as importing the CSV text directly.
    // As the server reads what the sidebar sends.
    const fromTable = importCalendarTable(
      { ...tableFromRows(request.table ?? []), unclosedQuoteRows: request.unclosedQuoteRows ?? [] },
      { locale: 'es' }
    )
    const fromText = importCalendar(csv, { locale: 'es' })
    expect(fromTable.events).toHaveLength(57)
    expect(fromTable).toEqual(fromText)
  })

  it('keeps accented text and reports the row whose quotes never close', async () => {
    const csv =
      'Event Name,Date\n"Foro de Gobernanza, Asunción",5/3/24\n"Roadshow Tegucigalpa,6/1/24\n'
    const request = await readCsvFile(chosen('foro.csv', csv), text)
    expect(request.table?.[1]).toEqual(['Foro de Gobernanza, Asunción', '5/3/24'])
    expect(request.unclosedQuoteRows).toEqual([3])
  })

  it('refuses a file that is not CSV, saying what to do in the user language', async () => {
    await expect(
      readCsvFile(chosen('calendario.xlsx', 'PK', 'application/vnd.ms-excel'), text)
    ).rejects.toThrow(
      'calendario.xlsx no es un archivo CSV. En Hojas de cálculo o Excel, guarde el calendario como CSV (UTF-8) y elija ese archivo.'
    )
  })

  it("refuses Excel's Windows-1252 CSV, whose accents would be garbled", async () => {
    // "Asunción" in Windows-1252: ó is the single byte 0xF3, not valid UTF-8.
    const bytes = Uint8Array.from([
      ...Buffer.from('Event Name,Date\nAsunci'),
      0xf3,
      ...Buffer.from('n,5/3/24\n'),
    ])
    await expect(readCsvFile(chosen('calendario.csv', bytes), sidebarText('pt'))).rejects.toThrow(
      /^calendario\.csv não está salvo em UTF-8/
    )
  })

  it('refuses a file over the size limit without reading it', async () => {
    const huge: ChosenFile = {
      name: 'enorme.csv',
      size: MAX_CSV_BYTES + 1,
      type: 'text/csv',
      text: () => Promise.reject(new Error('read')),
    }
    await expect(readCsvFile(huge, sidebarText('fr'))).rejects.toThrow('enorme.csv dépasse 5 Mo.')
  })
})
