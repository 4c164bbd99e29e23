import { describe, expect, it } from 'vitest'
import { outreachEventSchema } from '../../../shared/schemas/event'
import type { CellValue } from '../../../shared/workbook/columns'
import { headerRow, recordToRow, rowToRecord, tabDefinition } from '../../../shared/workbook/tabs'
import { createFakeAppsScript } from '../testing/fake-apps-script'
import { describeRule } from '../testing/fake-data-validation'
import { MARK_BACKGROUND } from './cell-marks'
import { createSheetWorkbook } from './sheet-workbook'
import { WorkbookError } from './workbook'

const ZONE = 'America/Montevideo'

function workbookWith(sheets?: Record<string, CellValue[][]>) {
  const fake = createFakeAppsScript({ timeZone: ZONE, sheets })
  const workbook = createSheetWorkbook(fake.globals)
  fake.calls.reset()
  return { fake, workbook }
}

function caught(action: () => unknown): WorkbookError {
  try {
    action()
  } catch (error) {
    if (error instanceof WorkbookError) return error
    throw error
  }
  throw new Error('expected a WorkbookError')
}

const REGISTRATIONS = [
  ['ID', 'Name', 'Status', 'Email sent', 'Staff notes'],
  ['r-1', 'Zoë Saldaña', 'registered', '2023-04-01T12:00:05Z', 'VIP'],
  ['r-2', 'Ana Pérez', 'registered', '', ''],
  ['r-3', 'Luis Gómez', 'waitlisted', '', '0042'],
]

describe('readTab', () => {
  it('reads headers and rows by header, whatever the column order, extra columns included', () => {
    const { workbook } = workbookWith({
      Participation: [
        ['Kind', 'Staff comment', 'ID', 'Member ID', 'Date'],
        ['vote', 'by email', 'p-1', 'm-0042', new Date('2023-03-13T03:00:00Z')],
      ],
    })
    expect(workbook.readTab('Participation')).toEqual({
      headers: ['Kind', 'Staff comment', 'ID', 'Member ID', 'Date'],
      rows: [
        {
          rowNumber: 2,
          cells: {
            Kind: 'vote',
            'Staff comment': 'by email',
            ID: 'p-1',
            'Member ID': 'm-0042',
            Date: new Date('2023-03-13T03:00:00Z'),
          },
        },
      ],
    })
  })

  it('skips empty rows but keeps the row numbers of the others', () => {
    const { workbook } = workbookWith({
      Events: [
        ['ID', 'Title', ''],
        ['a', 'A', ''],
        ['', '  ', ''],
        ['b', 'B', ''],
        ['', '', 'x'],
      ],
    })
    const { headers, rows } = workbook.readTab('Events')
    expect(headers).toEqual(['ID', 'Title'])
    expect(rows.map((row) => [row.rowNumber, row.cells.ID])).toEqual([
      [2, 'a'],
      [4, 'b'],
    ])
  })

  it('reads 5,000 rows with one getValues call', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => [`e-${index}`, `Event ${index}`])
    const { fake, workbook } = workbookWith({ Events: [['ID', 'Title'], ...rows] })
    expect(workbook.readTab('Events').rows).toHaveLength(5000)
    expect(fake.calls.count('getValues')).toBe(1)
    expect(fake.calls.methods()).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getDataRange',
      'Range.getValues',
    ])
  })

  it('reads an empty tab as no headers and no rows, and a missing tab as an error to act on', () => {
    const { workbook } = workbookWith({ Events: [] })
    expect(workbook.readTab('Events')).toEqual({ headers: [], rows: [] })
    const error = caught(() => workbook.readTab('ALS'))
    expect(error.message).toBe(
      'The ALS tab is missing. Run "Set up this spreadsheet" from the add-on menu to create it.'
    )
    expect(error.localized('es')).toBe(
      'Falta la pestaña ALS. Ejecute «Configurar esta hoja de cálculo» desde el menú del complemento para crearla.'
    )
  })
})

describe('writeCells', () => {
  it('writes a run of rows in one call and each separate block in its own', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    workbook.writeCells('Registrations', [
      { rowNumber: 2, header: 'Email sent', value: "'2023-04-02T10:00:00Z" },
      { rowNumber: 3, header: 'Email sent', value: "'2023-04-02T10:00:01Z" },
      { rowNumber: 4, header: 'Email sent', value: "'2023-04-02T10:00:02Z" },
    ])
    expect(fake.calls.count('setValues')).toBe(1)
    workbook.writeCells('Registrations', [
      { rowNumber: 2, header: 'Status', value: 'cancelled' },
      { rowNumber: 4, header: 'Status', value: 'registered' },
    ])
    expect(fake.calls.count('setValues')).toBe(3)
    expect(fake.spreadsheet.values('Registrations').map((row) => [row[2], row[3]])).toEqual([
      ['Status', 'Email sent'],
      ['cancelled', '2023-04-02T10:00:00Z'],
      ['registered', '2023-04-02T10:00:01Z'],
      ['registered', '2023-04-02T10:00:02Z'],
    ])
  })

  it('refuses an unknown column or a row outside the data, writing nothing', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const before = fake.spreadsheet.snapshot()
    const unknown = caught(() =>
      workbook.writeCells('Registrations', [
        { rowNumber: 2, header: 'Status', value: 'cancelled' },
        { rowNumber: 2, header: 'Emailed', value: 'yes' },
      ])
    )
    expect(unknown.message).toContain("no column headed 'Emailed'")
    const outside = caught(() =>
      workbook.writeCells('Registrations', [{ rowNumber: 1, header: 'Status', value: 'x' }])
    )
    expect(outside.localized('pt')).toBe(
      'A linha 1 não é uma das linhas da aba Registrations (os dados estão nas linhas 2 a 4); nada foi gravado.'
    )
    expect(fake.calls.writes()).toBe(0)
    expect(fake.spreadsheet.snapshot()).toEqual(before)
  })
})

describe('appendRows', () => {
  it('adds rows after the last one in one call, leaving staff’s columns empty', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const rowNumbers = workbook.appendRows('Registrations', [
      { ID: 'r-4', Name: 'Jean Dupont', Status: 'registered' },
      { ID: 'r-5', Name: 'Maria Silva' },
    ])
    expect(rowNumbers).toEqual([5, 6])
    expect(fake.calls.count('setValues')).toBe(1)
    expect(fake.spreadsheet.values('Registrations').slice(4)).toEqual([
      ['r-4', 'Jean Dupont', 'registered', '', ''],
      ['r-5', 'Maria Silva', '', '', ''],
    ])
  })

  it('grows a full sheet first', () => {
    const { fake, workbook } = workbookWith({ CROP: [['Member ID', 'Event ID', 'Fiscal year']] })
    const rows = Array.from({ length: 1200 }, (_, index) => ({
      'Member ID': `m-${index}`,
      'Event ID': 'caribnog-26',
      'Fiscal year': 'FY24',
    }))
    expect(workbook.appendRows('CROP', rows).at(-1)).toBe(1201)
    expect(fake.calls.count('insertRowsAfter')).toBe(1)
    expect(fake.calls.count('setValues')).toBe(1)
    expect(fake.spreadsheet.sheet('CROP').getMaxRows()).toBe(1201)
    expect(workbook.readTab('CROP').rows).toHaveLength(1200)
  })

  it('refuses a row with a column the tab lacks, writing nothing', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    expect(() =>
      workbook.appendRows('Registrations', [{ ID: 'r-4' }, { ID: 'r-5', Webinar: 'dnssec-2023' }])
    ).toThrow("The Registrations tab has no column headed 'Webinar'")
    expect(fake.calls.writes()).toBe(0)
  })
})

describe('deleteRows', () => {
  it('deletes rows by number, the rows below moving up, one call per run of rows', () => {
    const { fake, workbook } = workbookWith({
      Registrations: [
        ...REGISTRATIONS,
        ['r-4', 'Jean Dupont', 'registered', '', ''],
        ['r-5', 'Maria Silva', 'registered', '', ''],
      ],
    })
    workbook.deleteRows('Registrations', [6, 3, 2, 3])
    expect(fake.calls.count('deleteRows')).toBe(2)
    expect(fake.calls.writes()).toBe(2)
    expect(
      workbook.readTab('Registrations').rows.map((row) => [row.rowNumber, row.cells.ID])
    ).toEqual([
      [2, 'r-3'],
      [3, 'r-4'],
    ])
  })

  it('refuses the header row or a row outside the data, deleting nothing', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const before = fake.spreadsheet.snapshot()
    for (const rows of [[1], [3, 5], [2.5]]) {
      const error = caught(() => workbook.deleteRows('Registrations', rows))
      expect(error.key).toBe('workbook.error.rowOutOfRange')
    }
    expect(caught(() => workbook.deleteRows('Prospects', [2])).key).toBe(
      'workbook.error.missingTab'
    )
    expect(fake.calls.writes()).toBe(0)
    expect(fake.spreadsheet.snapshot()).toEqual(before)
  })

  it('keeps a blank row when it deletes every row of a sheet that has no other', () => {
    const { fake, workbook } = workbookWith({ CROP: [['Member ID', 'Event ID', 'Fiscal year']] })
    const rows = Array.from({ length: 1200 }, (_, index) => ({ 'Member ID': `m-${index}` }))
    workbook.appendRows('CROP', rows)
    fake.spreadsheet.sheet('CROP').setFrozenRows(1)
    expect(fake.spreadsheet.sheet('CROP').getMaxRows()).toBe(1201)
    workbook.deleteRows(
      'CROP',
      rows.map((_, index) => index + 2)
    )
    expect(workbook.readTab('CROP').rows).toEqual([])
    expect(fake.spreadsheet.sheet('CROP').getMaxRows()).toBe(2)
  })
})

describe('upsertRows', () => {
  it('updates rows by key and appends new ones, in at most two writes', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const result = workbook.upsertRows('Registrations', 'ID', [
      { ID: 'r-3', Status: 'registered' },
      { ID: "'r-1", Status: 'cancelled' },
      { ID: 'r-9', Name: 'Nuevo Registro', Status: 'registered' },
    ])
    expect(result).toEqual({ updated: [4, 2], appended: [5] })
    expect(fake.calls.count('setValues')).toBe(2)
    expect(fake.calls.writes()).toBe(2)
    expect(fake.spreadsheet.values('Registrations')).toEqual([
      REGISTRATIONS[0],
      ['r-1', 'Zoë Saldaña', 'cancelled', '2023-04-01T12:00:05Z', 'VIP'],
      ['r-2', 'Ana Pérez', 'registered', '', ''],
      ['r-3', 'Luis Gómez', 'registered', '', '0042'],
      ['r-9', 'Nuevo Registro', 'registered', '', ''],
    ])
  })

  it('writes the cells between updated rows back exactly as they were: text, numbers, formulas', () => {
    const { fake, workbook } = workbookWith({
      Registrations: [
        ['ID', 'Status', 'Staff notes'],
        ['r-1', 'registered', ''],
        ['r-2', '=1+1', 7],
        ['r-3', 'registered', '=SUM(1)'],
      ],
    })
    const sheet = fake.spreadsheet.sheet('Registrations')
    // Set up as staff would have typed them: a formula, and text that looks like a number.
    sheet.getRange('C4').setValue('=HYPERLINK("https://icann.org","ICANN")')
    sheet.getRange('B3').setValue("'=1+1")
    sheet.getRange('C2').setValue("'0042")
    fake.calls.reset()
    workbook.upsertRows('Registrations', 'ID', [
      { ID: 'r-1', 'Staff notes': 'called' },
      { ID: 'r-3', Status: 'cancelled' },
    ])
    expect(fake.calls.count('setValues')).toBe(1)
    expect(sheet.getRange('B2:C4').getFormulas()).toEqual([
      ['', ''],
      ['', ''],
      ['', '=HYPERLINK("https://icann.org","ICANN")'],
    ])
    expect(fake.spreadsheet.values('Registrations')).toEqual([
      ['ID', 'Status', 'Staff notes'],
      ['r-1', 'registered', 'called'],
      ['r-2', '=1+1', 7],
      ['r-3', 'cancelled', '#NAME?'],
    ])
  })

  it('merges rows that share a key, and refuses a row without one, writing nothing', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    expect(
      workbook.upsertRows('Registrations', 'ID', [
        { ID: 'r-7', Name: 'Primera' },
        { ID: 'r-7', Status: 'waitlisted' },
      ])
    ).toEqual({ updated: [], appended: [5] })
    expect(fake.spreadsheet.values('Registrations')[4]).toEqual([
      'r-7',
      'Primera',
      'waitlisted',
      '',
      '',
    ])
    fake.calls.reset()
    const error = caught(() =>
      workbook.upsertRows('Registrations', 'ID', [{ ID: 'r-1', Status: 'x' }, { Status: 'y' }])
    )
    expect(error.localized('fr')).toBe(
      "Une ligne à écrire dans l’onglet Registrations n’a pas de 'ID', qui identifie chaque ligne ; rien n’a été écrit."
    )
    expect(fake.calls.writes()).toBe(0)
  })
})

describe('markCells and clearMarks', () => {
  it('notes and fills problem cells in one setNotes and one setBackgrounds', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const sheet = fake.spreadsheet.sheet('Registrations')
    sheet.getRange('B3').setNote('Asked to be called')
    sheet.getRange('E2').setBackground('#fff2cc')
    fake.calls.reset()
    workbook.markCells('Registrations', [
      { rowNumber: 3, header: 'Name', message: 'Name: too short' },
      { rowNumber: 3, header: 'Name', message: 'Name: not in NFC' },
      { rowNumber: 4, header: 'Status', message: 'Status: unknown' },
    ])
    expect(fake.calls.count('setNotes')).toBe(1)
    expect(fake.calls.count('setBackgrounds')).toBe(1)
    expect(fake.calls.writes()).toBe(2)
    expect(sheet.getRange('B3').getNote()).toBe(
      '⚠ Name: too short\n⚠ Name: not in NFC\n\nAsked to be called'
    )
    expect(sheet.getRange('C4').getBackground()).toBe(MARK_BACKGROUND)
    expect(sheet.getRange('E2').getBackground()).toBe('#fff2cc')
  })

  it('clears only its own marks, keeping staff’s notes and fills, and then has nothing to do', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    const sheet = fake.spreadsheet.sheet('Registrations')
    sheet.getRange('B3').setNote('Asked to be called')
    sheet.getRange('E2').setBackground('#fff2cc')
    const before = fake.spreadsheet.snapshot()
    workbook.markCells('Registrations', [
      { rowNumber: 3, header: 'Name', message: 'Name: too short' },
      { rowNumber: 2, header: 'ID', message: 'ID: duplicate' },
    ])
    workbook.clearMarks('Registrations')
    expect(fake.spreadsheet.snapshot()).toEqual(before)
    fake.calls.reset()
    workbook.clearMarks('Registrations')
    expect(fake.calls.writes()).toBe(0)
  })

  it('refuses a mark outside the tab’s data, writing nothing', () => {
    const { fake, workbook } = workbookWith({ Registrations: REGISTRATIONS })
    expect(() =>
      workbook.markCells('Registrations', [{ rowNumber: 9, header: 'Name', message: 'x' }])
    ).toThrow(/Row 9 is not one of the rows of the Registrations tab/)
    expect(fake.calls.writes()).toBe(0)
  })
})

describe('ensureTab', () => {
  it('creates a missing tab: bold, frozen, protected header row, drop-downs and widths', () => {
    const { fake, workbook } = workbookWith()
    const result = workbook.ensureTab(tabDefinition('Events'), {
      protectionDescription: 'Encabezados',
    })
    expect(result).toEqual({
      created: true,
      headersAdded: headerRow('Events'),
      dropdownsAdded: ['Country', 'Sub-region', 'Category', 'Format', 'Status'],
      frozeHeader: true,
      protectedHeader: true,
    })
    const [, events] = fake.spreadsheet.snapshot()
    expect(events?.name).toBe('Events')
    expect(events?.frozenRows).toBe(1)
    expect(events?.protections).toEqual([
      { a1: '1:1', description: 'Encabezados', warningOnly: true },
    ])
    expect(events?.cells.A1).toEqual({ value: 'ID', bold: true })
    expect(events?.columnWidths[2]).toBe(280)
    const sheet = fake.spreadsheet.sheet('Events')
    const statusColumn = headerRow('Events').indexOf('Status') + 1
    const rule = sheet.getRange(1000, statusColumn).getDataValidation()
    expect(describeRule(rule!)).toMatchObject({
      values: ['confirmed', 'tentative', 'cancelled', 'proposed'],
      allowInvalid: true,
    })
    expect(sheet.getRange(1, statusColumn).getDataValidation()).toBeNull()
  })

  it('completes a tab whose columns are in another order, adding the missing ones at the right end', () => {
    const { fake, workbook } = workbookWith({
      Participation: [
        ['Date', 'Staff comment', 'ID'],
        [new Date('2023-03-13T03:00:00Z'), 'by email', 'p-1'],
      ],
    })
    const result = workbook.ensureTab(tabDefinition('Participation'))
    expect(result.headersAdded).toEqual(['Member ID', 'Kind', 'Detail'])
    expect(fake.spreadsheet.values('Participation')).toEqual([
      ['Date', 'Staff comment', 'ID', 'Member ID', 'Kind', 'Detail'],
      [new Date('2023-03-13T03:00:00Z'), 'by email', 'p-1', '', '', ''],
    ])
  })

  it('writes the headers into an empty first row without touching the data under it', () => {
    const { fake, workbook } = workbookWith({ CROP: [[], ['m-0042', 'caribnog-26', 'FY24']] })
    expect(workbook.ensureTab(tabDefinition('CROP')).headersAdded).toEqual(headerRow('CROP'))
    expect(fake.spreadsheet.values('CROP')).toEqual([
      headerRow('CROP'),
      ['m-0042', 'caribnog-26', 'FY24', '', ''],
    ])
  })

  it('adds columns to a sheet that has run out of them', () => {
    const { fake, workbook } = workbookWith({ Webinars: [['Slug', ...Array(25).fill('x')]] })
    const sheet = fake.spreadsheet.sheet('Webinars')
    // Headers 'x' repeat: the first one counts, the others are kept as they are.
    workbook.ensureTab(tabDefinition('Webinars'))
    expect(sheet.getMaxColumns()).toBe(26 + headerRow('Webinars').length - 1)
    expect(workbook.readTab('Webinars').headers.slice(26)).toEqual(headerRow('Webinars').slice(1))
  })

  it('changes nothing the second time', () => {
    const { fake, workbook } = workbookWith()
    workbook.ensureTab(tabDefinition('Registrations'))
    const before = fake.spreadsheet.snapshot()
    fake.calls.reset()
    expect(workbook.ensureTab(tabDefinition('Registrations'))).toEqual({
      created: false,
      headersAdded: [],
      dropdownsAdded: [],
      frozeHeader: false,
      protectedHeader: false,
    })
    expect(fake.calls.writes()).toBe(0)
    expect(fake.spreadsheet.snapshot()).toEqual(before)
  })

  it('leaves a drop-down staff chose themselves', () => {
    const { fake, workbook } = workbookWith({ ALS: [headerRow('ALS')] })
    const own = fake.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(['active', 'dormant'])
      .build()
    fake.spreadsheet.sheet('ALS').getRange('D2:D1000').setDataValidation(own)
    expect(workbook.ensureTab(tabDefinition('ALS')).dropdownsAdded).toEqual(['Country'])
    expect(fake.spreadsheet.sheet('ALS').getRange('D500').getDataValidation()).toBe(own)
  })
})

describe('the workbook and the tab definitions together', () => {
  it('round-trips events, hostile text included, and never stores a formula', () => {
    const { fake, workbook } = workbookWith()
    workbook.ensureTab(tabDefinition('Events'))
    const events = [
      outreachEventSchema.parse({
        id: 'caribnog-25',
        title: '=HYPERLINK("https://evil.example","CaribNOG 25")',
        startDate: '2023-03-26',
        endDate: '2023-03-28',
        startTime: '09:30',
        endTime: '17:00',
        timeZone: 'America/Port_of_Spain',
        city: '+1 Port of Spain',
        country: 'TT',
        subregion: 'caribbean',
        category: 'technical-community',
        format: 'hybrid',
        url: 'https://caribnog.org',
        languages: ['en', 'es'],
        cropEligible: true,
        description: '@everyone: 2023-03-26 is the date',
      }),
      outreachEventSchema.parse({ id: '2023-icann', title: '0042', status: 'tentative' }),
    ]
    workbook.appendRows(
      'Events',
      events.map((event) => recordToRow('Events', event))
    )
    const formulas = fake.spreadsheet
      .sheet('Events')
      .getRange(2, 1, 2, headerRow('Events').length)
      .getFormulas()
    expect(formulas.flat().every((formula) => formula === '')).toBe(true)
    const timeZone = workbook.spreadsheetTimeZone()
    const read = workbook
      .readTab('Events')
      .rows.map((row) => outreachEventSchema.parse(rowToRecord('Events', row.cells, { timeZone })))
    expect(read).toEqual(events)
  })
})

describe('withLock', () => {
  it('runs the action holding the document lock, and lets it go even when the action fails', () => {
    const { fake, workbook } = workbookWith()
    expect(workbook.withLock(() => fake.locks.isHeld('document'))).toBe(true)
    expect(fake.locks.isHeld('document')).toBe(false)
    expect(() =>
      workbook.withLock(() => {
        throw new Error('boom')
      })
    ).toThrow('boom')
    expect(fake.locks.isHeld('document')).toBe(false)
  })

  it('gives up with a message to act on when another run holds the lock', () => {
    const { fake, workbook } = workbookWith()
    fake.locks.holdElsewhere('document')
    let ran = false
    const error = caught(() =>
      workbook.withLock(() => {
        ran = true
      })
    )
    expect(ran).toBe(false)
    expect(error.key).toBe('workbook.error.busy')
  })
})
