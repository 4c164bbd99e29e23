// `lacralo sheet import-events`: the shared calendar import, appended to Events through the API.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importCalendar } from '../../shared/calendar-import/import-calendar'
import { outreachEventSchema } from '../../shared/schemas/event'
import { rowToRecord } from '../../shared/workbook/tabs'
import { renderImportReport } from './import-report'
import { type SheetsTestbed, startSheetsTestbed } from './testing/fake-sheets-testbed'

const ID = '1LacraloDashboardImportEvents0001'
const FIXTURE = 'tests/fixtures/outreach-calendar-2023.csv'
const ZONE = 'America/Montevideo'

let bed: SheetsTestbed
beforeEach(async () => {
  bed = await startSheetsTestbed()
  bed.addSpreadsheet({ id: ID, timeZone: ZONE })
  expect((await bed.run(['sheet', 'init', '--spreadsheet', ID])).code).toBe(0)
  bed.server.requests.length = 0
})
afterEach(async () => {
  await bed.close()
})

const importEvents = (file = FIXTURE, ...more: string[]) =>
  bed.run(['sheet', 'import-events', '--spreadsheet', ID, file, ...more])

function eventsTab() {
  const [headers = [], ...rows] = bed.server.spreadsheet(ID).sheet('Events').values()
  return rows.map((row) => Object.fromEntries(headers.map((header, i) => [header, row[i] ?? ''])))
}

describe('lacralo sheet import-events', () => {
  it('appends the 57 events of the 2023 calendar in one call, and prints the report as events import does', async () => {
    const { code, out, err } = await importEvents()
    expect([code, err]).toEqual([0, ''])
    const expected = importCalendar(await readFile(FIXTURE, 'utf8'), { locale: 'en' })
    expect(expected.events).toHaveLength(57)
    expect(out).toBe(
      `${renderImportReport(expected, { file: FIXTURE, locale: 'en', color: false })}Events tab: 57 events added, 0 already there.\n`
    )
    expect(out).toContain('Events: 57   Errors: 0   Warnings: 26')
    const batches = bed.server.requestsTo('spreadsheets.batchUpdate')
    expect(batches.map((batch) => batch.body)).toEqual([
      { requests: [{ appendCells: expect.objectContaining({ fields: expect.any(String) }) }] },
    ])
    // Read back as the add-on reads a row, each event is the one the import made.
    const read = eventsTab().map((cells) =>
      outreachEventSchema.parse(rowToRecord('Events', cells, { timeZone: ZONE }))
    )
    expect(read).toEqual(expected.events)
    expect(bed.server.spreadsheet(ID).formulas()).toEqual([])
  })

  it('writes dates as dates and keeps titles as text', async () => {
    await importEvents()
    const sheet = bed.server.spreadsheet(ID).sheet('Events')
    const headers = sheet.values()[0] ?? []
    const row = eventsTab().findIndex((cells) => cells['Start date'] !== '') + 2
    expect(sheet.kind(row, headers.indexOf('Start date') + 1)).toBe('number')
    expect(sheet.kind(row, headers.indexOf('Title') + 1)).toBe('string')
    expect(sheet.kind(row, headers.indexOf('CROP eligible') + 1)).toBe('boolean')
  })

  it('appends nothing the second time', async () => {
    await importEvents()
    bed.server.requests.length = 0
    const { code, out } = await importEvents(FIXTURE, '--lang', 'es')
    expect(code).toBe(0)
    expect(out).toContain('Pestaña Events: 0 eventos agregados, 57 ya estaban.')
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toEqual([])
    expect(eventsTab()).toHaveLength(57)
  })

  it('writes nothing when the table has errors, and exits 1 with the report', async () => {
    const file = path.join(bed.dir, 'broken.csv')
    await writeFile(file, 'Event Name,Date\nCaribNOG 25,3/26/23\n"Unclosed quote,4/2/23\n')
    const { code, out, err } = await importEvents(file)
    expect(code).toBe(1)
    expect(out).toContain('Errors: 1')
    expect(err).toBe(
      'Nothing was written to the spreadsheet: the table has 1 errors. Fix them and run the command again.\n'
    )
    expect(bed.server.requests).toEqual([])
    expect(eventsTab()).toEqual([])
  })

  it('says to run sheet init when the spreadsheet has no Events tab', async () => {
    const bare = '1LacraloBareSpreadsheet000000001'
    bed.addSpreadsheet({ id: bare })
    const { code, err } = await bed.run(['sheet', 'import-events', '--spreadsheet', bare, FIXTURE])
    expect(code).toBe(1)
    expect(err).toBe(
      `lacralo: the spreadsheet has no Events tab. Set the spreadsheet up first: lacralo sheet init --spreadsheet ${bare}\n`
    )
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toEqual([])
  })

  it('says which columns Events lacks instead of writing part of the events', async () => {
    const partial = '1LacraloPartialEventsTab00000001'
    bed.addSpreadsheet({ id: partial, sheets: [{ title: 'Events', rows: [['ID', 'Title']] }] })
    const { code, err } = await bed.run([
      'sheet',
      'import-events',
      '--spreadsheet',
      partial,
      FIXTURE,
    ])
    expect(code).toBe(1)
    expect(err).toContain("the Events tab lacks the columns 'Start date', ")
    expect(err).toContain(`Add them with: lacralo sheet init --spreadsheet ${partial}`)
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toEqual([])
  })
})
