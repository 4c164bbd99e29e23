// `lacralo sheet init` through the real @googleapis/sheets client against the local fake API.
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeAppsScript } from '../../apps-script/src/testing/fake-apps-script'
import { setUpWorkbook } from '../../apps-script/src/workbook/setup'
import { createSheetWorkbook } from '../../apps-script/src/workbook/sheet-workbook'
import { t } from '../../shared/i18n/catalogue'
import { COUNTRIES } from '../../shared/reference/countries'
import { countrySchema } from '../../shared/schemas/country'
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/schemas/settings'
import { dropdownValues } from '../../shared/workbook/columns'
import { settingsFromRows } from '../../shared/workbook/settings-rows'
import { headerRow, rowToRecord, TAB_NAMES, workbookTabs } from '../../shared/workbook/tabs'
import { connectToSheets } from './google/sheets-client'
import type { FakeSheetSnapshot } from './testing/fake-sheets-server'
import { type SheetsTestbed, startSheetsTestbed } from './testing/fake-sheets-testbed'

const ID = '1LacraloDashboardTestSpreadsheet0001'
const ZONE = 'America/Montevideo'

let bed: SheetsTestbed
beforeEach(async () => {
  bed = await startSheetsTestbed()
})
afterEach(async () => {
  await bed.close()
})

const init = (...more: string[]) => bed.run(['sheet', 'init', '--spreadsheet', ID, ...more])

type SentRequest = Record<string, { range?: object }>

/** The requests of each spreadsheets.batchUpdate the fake received. */
function batchUpdates(): SentRequest[][] {
  return bed.server
    .requestsTo('spreadsheets.batchUpdate')
    .map((request) => (request.body as { requests: SentRequest[] }).requests)
}

const kindsOf = (requests: readonly SentRequest[] = []) =>
  requests.map((request) => Object.keys(request)[0])

function cellsByHeader(values: string[][]): Record<string, string>[] {
  const [headers = [], ...rows] = values
  return rows.map((row) => Object.fromEntries(headers.map((header, i) => [header, row[i] ?? ''])))
}

describe('lacralo sheet init on a new spreadsheet', () => {
  it('creates every tab in one batchUpdate, after reading with one outline get and two lookups', async () => {
    bed.addSpreadsheet({ id: ID })
    const { code, out, err } = await init()
    expect([code, err]).toEqual([0, ''])
    expect(bed.server.spreadsheet(ID).sheetTitles()).toEqual(['Sheet1', ...TAB_NAMES])
    const batches = batchUpdates()
    expect(batches).toHaveLength(1)
    // Nothing of the workbook existed, so nothing but the outline needed reading.
    expect(bed.server.requests.map((request) => request.endpoint)).toEqual([
      'spreadsheets.get',
      'spreadsheets.batchUpdate',
    ])
    const kinds = kindsOf(batches[0])
    // New tabs come first in the call, so every later request can name their ids.
    expect(kinds.indexOf('addSheet')).toBe(0)
    expect(out).toContain('The spreadsheet is set up.')
    expect(out).toContain('Created the Events tab.')
    expect(out).toContain(`Filled in the Countries tab with ${COUNTRIES.length} rows.`)
    expect(out).toContain('Filled in the Settings tab with 7 rows.')
  })

  it('gives each tab its header row (bold, frozen, protected with a warning), widths and drop-downs', async () => {
    bed.addSpreadsheet({ id: ID })
    await init('--lang', 'es')
    const spreadsheet = bed.server.spreadsheet(ID)
    for (const tab of workbookTabs()) {
      const sheet = spreadsheet.sheet(tab.name)
      expect(sheet.values()[0]).toEqual(headerRow(tab.name))
      expect(sheet.frozenRowCount).toBe(1)
      expect(sheet.protectedRanges()).toEqual([
        { rows: [1, 1], description: t('es', 'workbook.headerProtection'), warningOnly: true },
      ])
      tab.columns.forEach((column, index) => {
        expect([tab.name, column.header, sheet.bold(1, index + 1)]).toEqual([
          tab.name,
          column.header,
          true,
        ])
        expect(sheet.columnWidth(index + 1)).toBe(column.width)
        const expected =
          column.kind === 'list' && column.source
            ? { values: dropdownValues(column.source), strict: false }
            : null
        expect(sheet.dropdown(2, index + 1)).toEqual(expected)
        expect(sheet.dropdown(sheet.rowCount, index + 1)).toEqual(expected)
        expect(sheet.dropdown(1, index + 1)).toBeNull()
      })
    }
    expect(spreadsheet.formulas()).toEqual([])
  })

  it('fills Countries from the reference data and Settings with the defaults, as the schemas read them back', async () => {
    bed.addSpreadsheet({ id: ID, timeZone: ZONE })
    await init('--lang', 'pt')
    const spreadsheet = bed.server.spreadsheet(ID)
    const countries = cellsByHeader(spreadsheet.sheet('Countries').values()).map((cells) =>
      countrySchema.parse(rowToRecord('Countries', cells, { timeZone: ZONE }))
    )
    expect(countries).toEqual(COUNTRIES)
    // The ccTLDs start with a dot, which Sheets would read as a number if typed: they stay text.
    expect(
      spreadsheet.sheet('Countries').kind(2, headerRow('Countries').indexOf('ccTLD') + 1)
    ).toBe('string')
    const settings = cellsByHeader(spreadsheet.sheet('Settings').values())
    const { input, unknownKeys } = settingsFromRows(settings, { timeZone: ZONE })
    expect(unknownKeys).toEqual([])
    expect(settingsSchema.parse(input)).toEqual(DEFAULT_SETTINGS)
    expect(settings.find((row) => row.Setting === 'crop.leadTimeWeeks')?.Description).toBe(
      'Antecedência do pedido CROP (semanas)'
    )
  })

  it('builds the same workbook, cell for cell, as the add-on’s "Set up this spreadsheet"', async () => {
    bed.addSpreadsheet({ id: ID })
    await init('--lang', 'fr')
    const fake = createFakeAppsScript({ timeZone: ZONE })
    setUpWorkbook(createSheetWorkbook(fake.globals), { locale: 'fr' })
    const addon = fake.spreadsheet.snapshot().filter((sheet) => sheet.name !== 'Sheet1')
    const shown = (value: unknown) =>
      typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value)
    const expected: FakeSheetSnapshot[] = addon.map((sheet) => ({
      name: sheet.name,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
      columnWidths: sheet.columnWidths,
      protections: sheet.protections,
      cells: Object.fromEntries(
        Object.entries(sheet.cells).map(([a1, cell]) => [
          a1,
          {
            ...(cell.value !== undefined ? { shown: shown(cell.value) } : {}),
            ...(cell.bold ? { bold: true as const } : {}),
            ...(cell.validation ? { validation: cell.validation } : {}),
          },
        ])
      ),
    }))
    const cli = TAB_NAMES.map((name) => bed.server.spreadsheet(ID).sheet(name).snapshot())
    expect(cli).toEqual(expected)
  })
})

describe('lacralo sheet init run again', () => {
  it('sends no change at all the second time, and says so', async () => {
    bed.addSpreadsheet({ id: ID })
    await init()
    const before = TAB_NAMES.map((name) => bed.server.spreadsheet(ID).sheet(name).snapshot())
    bed.server.requests.length = 0
    const { code, out } = await init('--lang', 'fr')
    expect(code).toBe(0)
    expect(out).toBe('La feuille de calcul était déjà configurée ; rien n’a été modifié.\n')
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toEqual([])
    expect(bed.server.requests.every((request) => request.method === 'GET')).toBe(true)
    expect(TAB_NAMES.map((name) => bed.server.spreadsheet(ID).sheet(name).snapshot())).toEqual(
      before
    )
  })

  it('puts back only what staff took away: the frozen header row and a drop-down', async () => {
    bed.addSpreadsheet({ id: ID })
    await init()
    const { api } = await connectToSheets({
      credentials: bed.keyFile,
      io: {
        readFile: (file) => readFile(file, 'utf8'),
        env: { LACRALO_SHEETS_ROOT_URL: bed.server.url },
      },
      locale: 'en',
    })
    const { sheetId } = bed.server.spreadsheet(ID).sheet('Events')
    const status = headerRow('Events').indexOf('Status')
    await api.spreadsheets.batchUpdate({
      spreadsheetId: ID,
      requestBody: {
        requests: [
          {
            updateSheetProperties: {
              properties: { sheetId, gridProperties: { frozenRowCount: 0 } },
              fields: 'gridProperties.frozenRowCount',
            },
          },
          {
            setDataValidation: {
              range: {
                sheetId,
                startRowIndex: 1,
                endRowIndex: 1000,
                startColumnIndex: status,
                endColumnIndex: status + 1,
              },
            },
          },
        ],
      },
    })
    bed.server.requests.length = 0
    const { out } = await init()
    expect(out).toBe('The spreadsheet is set up.\n')
    const [requests = []] = batchUpdates()
    expect(kindsOf(requests)).toEqual(['updateSheetProperties', 'setDataValidation'])
    expect(requests[1]?.setDataValidation?.range).toMatchObject({
      startColumnIndex: status,
      endColumnIndex: status + 1,
    })
    const events = bed.server.spreadsheet(ID).sheet('Events')
    expect(events.frozenRowCount).toBe(1)
    expect(events.dropdown(2, status + 1)?.values).toEqual([
      'confirmed',
      'tentative',
      'cancelled',
      'proposed',
    ])
  })
})

describe('lacralo sheet init on staff’s own workbook', () => {
  const STAFF_EVENTS = [
    ['Title', 'Notes (internal)', 'Start date', 'ID'],
    ['CaribNOG 25', 'ask Rodrigo', '2023-03-26', 'caribnog-25'],
    ['ICANN77', '', '2023-06-12', 'icann-77'],
  ]

  it('keeps extra columns, their order and the data, adding the missing columns at the right end', async () => {
    bed.addSpreadsheet({ id: ID, sheets: [{ title: 'Events', rows: STAFF_EVENTS }] })
    const { code, out } = await init()
    expect(code).toBe(0)
    const missing = headerRow('Events').filter((header) => !STAFF_EVENTS[0]?.includes(header))
    const values = bed.server.spreadsheet(ID).sheet('Events').values()
    expect(values[0]).toEqual([...(STAFF_EVENTS[0] ?? []), ...missing])
    expect(values.slice(1)).toEqual(STAFF_EVENTS.slice(1))
    expect(out).toContain(
      `Added to the Events tab, at its right end: ${missing.map((header) => `'${header}'`).join(', ')}.`
    )
    expect(out).not.toContain('Created the Events tab.')
    const sheet = bed.server.spreadsheet(ID).sheet('Events')
    // The new columns are bold; the staff's own headers are left as they were.
    expect(sheet.bold(1, 1)).toBe(false)
    expect(sheet.bold(1, STAFF_EVENTS[0]!.length + 1)).toBe(true)
    const statusColumn = values[0]!.indexOf('Status') + 1
    expect(sheet.dropdown(2, statusColumn)?.values).toEqual([
      'confirmed',
      'tentative',
      'cancelled',
      'proposed',
    ])
    expect(sheet.columnWidth(1)).toBe(100)
  })

  it('adds columns after data that has no header, never under it', async () => {
    bed.addSpreadsheet({
      id: ID,
      sheets: [
        {
          title: 'Participation',
          rows: [
            ['Date', 'Staff comment', 'ID'],
            ['2023-03-13', 'by email', 'p-1', '', 'a note off to the side'],
          ],
        },
      ],
    })
    await init()
    const values = bed.server.spreadsheet(ID).sheet('Participation').values()
    expect(values[0]).toEqual([
      'Date',
      'Staff comment',
      'ID',
      '',
      '',
      'Member ID',
      'Kind',
      'Detail',
    ])
    expect(values[1]).toEqual(['2023-03-13', 'by email', 'p-1', '', 'a note off to the side'])
  })

  it('grows a sheet that has run out of columns', async () => {
    const wide = ['Slug', ...Array.from({ length: 25 }, (_, i) => `Staff ${i + 1}`)]
    bed.addSpreadsheet({ id: ID, sheets: [{ title: 'Webinars', rows: [wide] }] })
    const { code } = await init()
    expect(code).toBe(0)
    const sheet = bed.server.spreadsheet(ID).sheet('Webinars')
    expect(sheet.columnCount).toBe(26 + headerRow('Webinars').length - 1)
    expect(sheet.values()[0]?.slice(26)).toEqual(headerRow('Webinars').slice(1))
  })

  it('does not fill Countries when its first row is empty but rows under it hold data', async () => {
    const row = ['GY', 'Guyana', 'Guyana', 'Guiana', 'Guyana']
    bed.addSpreadsheet({ id: ID, sheets: [{ title: 'Countries', rows: [[], row] }] })
    const { out } = await init()
    expect(out).not.toContain('Filled in the Countries tab')
    expect(bed.server.spreadsheet(ID).sheet('Countries').values()).toEqual([
      headerRow('Countries'),
      row,
    ])
  })

  it('never overwrites staff’s Countries or Settings', async () => {
    const countries = [
      headerRow('Countries'),
      ['GY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', "'.gy", 'caribbean', 'TRUE', 'FALSE'],
    ]
    const settings = [
      ['Setting', 'Value', 'Description'],
      ['crop.tripsPerFiscalYear', 3, 'Decided at the March call'],
    ]
    bed.addSpreadsheet({
      id: ID,
      sheets: [
        { title: 'Countries', rows: countries },
        { title: 'Settings', rows: settings },
      ],
    })
    const { out } = await init()
    expect(out).not.toContain('Filled in')
    expect(bed.server.spreadsheet(ID).sheet('Countries').values()).toEqual([
      headerRow('Countries'),
      ['GY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', '.gy', 'caribbean', 'TRUE', 'FALSE'],
    ])
    expect(bed.server.spreadsheet(ID).sheet('Settings').values()).toEqual([
      ['Setting', 'Value', 'Description'],
      ['crop.tripsPerFiscalYear', '3', 'Decided at the March call'],
    ])
  })
})
