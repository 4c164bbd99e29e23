import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { COUNTRIES } from '../../../shared/reference/countries'
import { countrySchema } from '../../../shared/schemas/country'
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/schemas/settings'
import type { CellValue } from '../../../shared/workbook/columns'
import { settingsFromRows } from '../../../shared/workbook/settings-rows'
import { headerRow, rowToRecord, TAB_NAMES } from '../../../shared/workbook/tabs'
import { buildAddon } from '../../build'
import { createFakeAppsScript } from '../testing/fake-apps-script'
import { runSetUp, setUpWorkbook } from './setup'
import { createSheetWorkbook } from './sheet-workbook'

const ZONE = 'America/Montevideo'

function fakeWorkbook(sheets?: Record<string, CellValue[][]>) {
  const fake = createFakeAppsScript({ timeZone: ZONE, sheets })
  return { fake, workbook: createSheetWorkbook(fake.globals) }
}

describe('Set up this spreadsheet, on a new spreadsheet', () => {
  it('creates every tab with its header row, after the sheets already there', () => {
    const { fake, workbook } = fakeWorkbook()
    const report = setUpWorkbook(workbook, { locale: 'en' })
    expect(fake.spreadsheet.sheetNames()).toEqual(['Sheet1', ...TAB_NAMES])
    for (const name of TAB_NAMES) {
      expect(workbook.readTab(name).headers).toEqual(headerRow(name))
      const sheet = fake.spreadsheet.snapshot().find((snapshot) => snapshot.name === name)
      expect([name, sheet?.frozenRows, sheet?.protections.length]).toEqual([name, 1, 1])
    }
    expect(report.tabsCreated).toEqual([...TAB_NAMES])
    expect(report.columnsAdded).toEqual([])
    expect(report.changed).toBe(true)
  })

  it('fills Countries from the reference data, as records its schema reads back unchanged', () => {
    const { workbook } = fakeWorkbook()
    setUpWorkbook(workbook, { locale: 'en' })
    const rows = workbook.readTab('Countries').rows
    const countries = rows.map((row) =>
      countrySchema.parse(rowToRecord('Countries', row.cells, { timeZone: ZONE }))
    )
    expect(countries).toEqual(COUNTRIES)
  })

  it('fills Settings with the defaults, described in the user’s language', () => {
    const { workbook } = fakeWorkbook()
    setUpWorkbook(workbook, { locale: 'pt' })
    const rows = workbook.readTab('Settings').rows.map((row) => row.cells)
    const { input, unknownKeys } = settingsFromRows(rows, { timeZone: ZONE })
    expect(unknownKeys).toEqual([])
    expect(settingsSchema.parse(input)).toEqual(DEFAULT_SETTINGS)
    expect(rows.find((row) => row.Setting === 'crop.leadTimeWeeks')?.Description).toBe(
      'Antecedência do pedido CROP (semanas)'
    )
  })

  it('reports what it did in the user’s language', () => {
    const { workbook } = fakeWorkbook()
    const { lines, rowsFilled } = setUpWorkbook(workbook, { locale: 'es' })
    expect(rowsFilled).toEqual([
      { tab: 'Countries', rows: COUNTRIES.length },
      { tab: 'Settings', rows: 7 },
    ])
    expect(lines[0]).toBe('La hoja de cálculo está configurada.')
    expect(lines).toContain('Se creó la pestaña Events.')
    expect(lines).toContain(`Se rellenó la pestaña Countries con ${COUNTRIES.length} filas.`)
  })
})

describe('Set up this spreadsheet, run again', () => {
  it('changes nothing the second time: no write call, the same workbook', () => {
    const { fake, workbook } = fakeWorkbook()
    setUpWorkbook(workbook, { locale: 'en' })
    const before = fake.spreadsheet.snapshot()
    fake.calls.reset()
    const report = setUpWorkbook(workbook, { locale: 'fr' })
    expect(fake.calls.writes()).toBe(0)
    expect(fake.spreadsheet.snapshot()).toEqual(before)
    expect(report).toEqual({
      tabsCreated: [],
      columnsAdded: [],
      rowsFilled: [],
      changed: false,
      lines: ['La feuille de calcul était déjà configurée ; rien n’a été modifié.'],
    })
  })
})

describe('Set up this spreadsheet, on staff’s own workbook', () => {
  const STAFF_EVENTS: CellValue[][] = [
    ['Title', 'Notes (internal)', 'Start date', 'ID'],
    ['CaribNOG 25', 'ask Rodrigo', new Date('2023-03-26T03:00:00Z'), 'caribnog-25'],
    ['ICANN77', '', new Date('2023-06-12T03:00:00Z'), 'icann-77'],
  ]

  it('keeps extra columns and the order of the columns, adding the missing ones at the right end', () => {
    const { fake, workbook } = fakeWorkbook({ Events: STAFF_EVENTS })
    const report = setUpWorkbook(workbook, { locale: 'en' })
    const missing = headerRow('Events').filter((header) => !STAFF_EVENTS[0]?.includes(header))
    expect(report.columnsAdded).toEqual([{ tab: 'Events', headers: missing }])
    expect(report.tabsCreated).not.toContain('Events')
    const values = fake.spreadsheet.values('Events')
    expect(values[0]).toEqual([...(STAFF_EVENTS[0] ?? []), ...missing])
    expect(values.slice(1).map((row) => row.slice(0, 4))).toEqual(STAFF_EVENTS.slice(1))
    expect(values.slice(1).every((row) => row.slice(4).every((cell) => cell === ''))).toBe(true)
    expect(report.lines).toContain(
      `Added to the Events tab, at its right end: ${missing.map((header) => `'${header}'`).join(', ')}.`
    )
  })

  it('never overwrites staff’s Countries or Settings', () => {
    const countries: CellValue[][] = [
      headerRow('Countries'),
      ['GY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', '.gy', 'caribbean', true, false, ''],
    ]
    const settings: CellValue[][] = [
      ['Setting', 'Value', 'Description'],
      ['crop.tripsPerFiscalYear', 3, 'Decided at the March call'],
    ]
    const { fake, workbook } = fakeWorkbook({ Countries: countries, Settings: settings })
    const report = setUpWorkbook(workbook, { locale: 'en' })
    expect(report.rowsFilled).toEqual([])
    expect(fake.spreadsheet.values('Countries')).toEqual(countries)
    expect(fake.spreadsheet.values('Settings')).toEqual(settings)
  })

  it('leaves the spreadsheet as it was when another run holds the lock, and says so', () => {
    const { fake, workbook } = fakeWorkbook({ Events: STAFF_EVENTS })
    fake.locks.holdElsewhere('document')
    const before = fake.spreadsheet.snapshot()
    const message =
      'Otra persona está modificando esta hoja de cálculo con el complemento en este momento. Vuelva a intentarlo en un minuto.'
    expect(() => runSetUp(workbook, 'es')).toThrow(message)
    expect(fake.spreadsheet.snapshot()).toEqual(before)
    expect(fake.spreadsheet.toasts).toEqual([{ title: 'Configurar esta hoja de cálculo', message }])
  })
})

describe('the menu action', () => {
  it('shows what it did in a toast titled with the menu item', () => {
    const { fake, workbook } = fakeWorkbook()
    const report = runSetUp(workbook, 'fr')
    expect(fake.spreadsheet.toasts).toEqual([
      { title: 'Configurer cette feuille de calcul', message: report.lines.join('\n') },
    ])
    expect(report.lines[0]).toBe('La feuille de calcul est configurée.')
  })

  const tempDirs: string[] = []
  afterAll(async () => {
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it('runs from the built bundle, as Apps Script calls it, and a second run changes nothing', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'lacralo-setup-'))
    tempDirs.push(outDir)
    const build = await buildAddon({ outDir })
    const code = await readFile(build.files[0] as string, 'utf8')
    // htmlDir: Code.js reads its Portuguese messages from messages-pt.html beside it.
    const fake = createFakeAppsScript({ locale: 'pt_BR', timeZone: ZONE, htmlDir: outDir })
    const context = vm.createContext({ ...fake.globals })
    vm.runInContext(code, context, { filename: 'Code.js' })
    const setUp = (context as { setUpSpreadsheet: () => { lines: string[] } }).setUpSpreadsheet
    expect(setUp().lines[0]).toBe('A planilha está configurada.')
    expect(fake.spreadsheet.sheetNames()).toEqual(['Sheet1', ...TAB_NAMES])
    fake.calls.reset()
    expect(setUp().lines).toEqual(['A planilha já estava configurada; nada foi alterado.'])
    expect(fake.calls.writes()).toBe(0)
  })
})
