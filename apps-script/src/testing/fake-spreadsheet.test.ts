import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'
import { describeRule } from './fake-data-validation'

function fakeWith(sheets?: Record<string, (string | number | boolean | Date)[][]>) {
  const fake = createFakeAppsScript({ timeZone: 'America/Montevideo', sheets })
  return { fake, spreadsheet: fake.globals.SpreadsheetApp.getActiveSpreadsheet() }
}

describe('fake spreadsheet: sheets', () => {
  it('starts as a new spreadsheet does, with one empty Sheet1 of 1000 rows and 26 columns', () => {
    const { spreadsheet } = fakeWith()
    const [sheet] = spreadsheet.getSheets()
    expect(sheet?.getName()).toBe('Sheet1')
    expect([sheet?.getMaxRows(), sheet?.getMaxColumns()]).toEqual([1000, 26])
    expect([sheet?.getLastRow(), sheet?.getLastColumn()]).toEqual([0, 0])
    expect(sheet?.getDataRange().getValues()).toEqual([['']])
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('America/Montevideo')
  })

  it('inserts sheets by name and position, makes the new one active, refuses a taken name', () => {
    const { fake, spreadsheet } = fakeWith()
    spreadsheet.insertSheet('Events', 0)
    spreadsheet.insertSheet('ALS')
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Events',
      'Sheet1',
      'ALS',
    ])
    expect(fake.spreadsheet.selected()).toEqual({ sheet: 'ALS', a1: null })
    expect(spreadsheet.getSheetByName('Members')).toBeNull()
    expect(() => spreadsheet.insertSheet('Events')).toThrow(
      'A sheet with the name "Events" already exists. Please enter another name.'
    )
  })
})

describe('fake spreadsheet: values', () => {
  it('reads a header row and data as getValues does: empty cells as "", never null', () => {
    const { spreadsheet } = fakeWith({
      Events: [
        ['ID', 'Title', 'Start date'],
        ['caribnog-25', 'CaribNOG 25'],
        ['', '', ''],
        ['icann-77', '', new Date('2023-06-12T03:00:00Z')],
      ],
    })
    const sheet = spreadsheet.getSheetByName('Events')!
    expect(sheet.getLastRow()).toBe(4)
    expect(sheet.getLastColumn()).toBe(3)
    const values = sheet.getDataRange().getValues()
    expect(values).toEqual([
      ['ID', 'Title', 'Start date'],
      ['caribnog-25', 'CaribNOG 25', ''],
      ['', '', ''],
      ['icann-77', '', new Date('2023-06-12T03:00:00Z')],
    ])
    expect(values.flat().some((value) => value === null || value === undefined)).toBe(false)
  })

  it('keeps numbers, booleans and Dates as such, and hands out copies of Dates', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    const date = new Date('2023-03-26T03:00:00Z')
    sheet.getRange(1, 1, 1, 3).setValues([[42, true, date]])
    const [[number, flag, read]] = sheet.getRange('A1:C1').getValues() as [[number, boolean, Date]]
    expect([number, flag]).toEqual([42, true])
    expect(read).toEqual(date)
    read.setFullYear(1999)
    expect(sheet.getRange('C1').getValue()).toEqual(date)
  })

  it('reads written text as Sheets reads typed text: numbers, booleans, dates and times', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet
      .getRange(1, 1, 1, 6)
      .setValues([['0042', 'TRUE', '2023-03-26', '09:30', '1e3', 'CaribNOG']])
    expect(sheet.getRange('A1:F1').getValues()).toEqual([
      [
        42,
        true,
        // Midnight in the spreadsheet's zone (UTC-3), and 09:30 on Sheets' day zero.
        new Date('2023-03-26T03:00:00Z'),
        new Date('1899-12-30T13:14:51Z'),
        1000,
        'CaribNOG',
      ],
    ])
  })

  it('treats written text that starts with = (or + and - before a non-number) as a formula', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet.getRange('A1:C1').setValues([['=IMPORTXML("http://evil.example")', '+cmd', '-5']])
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#NAME?', '#NAME?', -5]])
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([
      ['=IMPORTXML("http://evil.example")', '=+cmd', ''],
    ])
  })

  it('stores text after a leading apostrophe as text, and reads it back without the apostrophe', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet.getRange('A1:C1').setValues([["'=1+1", "'0042", "'2023-03-26"]])
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '0042', '2023-03-26']])
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']])
  })

  it('throws as Apps Script does when the data does not fit the range, writing nothing', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    const range = sheet.getRange(2, 1, 3, 2)
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.'
    )
    expect(() => range.setValues([['a', 'b'], ['c'], ['d', 'e']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.'
    )
    expect(() => range.setNotes([['x']])).toThrow(/number of rows in the data/)
    expect(() => range.setBackgrounds([[null, null]])).toThrow(/number of rows in the data/)
    expect(sheet.getLastRow()).toBe(0)
  })

  it('moves the last row and column with writes, and not with notes or fills', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet.getRange(3, 2).setValue('x')
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2])
    sheet.getRange(10, 10).setNote('a note only')
    sheet.getRange(12, 12).setBackground('#ff0000')
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2])
    sheet.getRange(5, 4).setValue('=NOW()')
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 4])
    sheet.getRange(5, 4).setValue('')
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2])
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3')
  })

  it('refuses ranges outside the sheet, as Apps Script does, and grows when rows are inserted', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.')
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.')
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.'
    )
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.'
    )
    sheet.insertRowsAfter(1000, 5)
    sheet.insertColumnsAfter(26, 2)
    expect(sheet.getRange(1005, 28).getA1Notation()).toBe('AB1005')
  })

  it('shifts existing cells down when rows are inserted among them', () => {
    const { spreadsheet } = fakeWith({ Sheet: [['a'], ['b'], ['c']] })
    const sheet = spreadsheet.getSheetByName('Sheet')!
    sheet.insertRowsAfter(1, 2)
    expect(sheet.getDataRange().getValues()).toEqual([['a'], [''], [''], ['b'], ['c']])
    expect(sheet.getMaxRows()).toBe(1002)
  })
})

describe('fake spreadsheet: A1 notation', () => {
  it('reads cells, rectangles, whole rows and whole columns, and names ranges back', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    const range = sheet.getRange('B2:D10')
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 2, 9, 3,
    ])
    expect(sheet.getRange(2, 2, 9, 3).getA1Notation()).toBe('B2:D10')
    expect(sheet.getRange('C5').getA1Notation()).toBe('C5')
    const header = sheet.getRange('1:1')
    expect([header.getNumRows(), header.getNumColumns(), header.getA1Notation()]).toEqual([
      1,
      26,
      '1:1',
    ])
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000)
    expect(() => sheet.getRange('not a range')).toThrow('Range not found')
  })
})

describe('fake spreadsheet: notes, fills, formats, validation, protection, selection', () => {
  it('keeps notes and fills per cell, white when unfilled, and takes null as "no fill"', () => {
    const { spreadsheet } = fakeWith()
    const range = spreadsheet.getSheets()[0]!.getRange('A1:B1')
    range.setNotes([['Check the date', null]])
    range.setBackgrounds([['#FCE8E6', null]])
    expect(range.getNotes()).toEqual([['Check the date', '']])
    expect(range.getBackgrounds()).toEqual([['#fce8e6', '#ffffff']])
    range.setBackgrounds([[null, null]])
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']])
  })

  it('builds list rules and attaches them to cells', () => {
    const { fake, spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    const rule = fake.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(['confirmed', 'tentative'], true)
      .setAllowInvalid(true)
      .build()
    sheet.getRange('B2:B5').setDataValidation(rule)
    const rules = sheet.getRange('A2:B2').getDataValidations()
    expect(rules[0]?.[0]).toBeNull()
    expect(describeRule(rules[0]![1]!)).toEqual({
      values: ['confirmed', 'tentative'],
      showDropdown: true,
      allowInvalid: true,
      helpText: null,
    })
    expect(sheet.getRange('B5').getDataValidation()).toBe(rule)
    expect(() => fake.globals.SpreadsheetApp.newDataValidation().build()).toThrow(/no criteria/)
  })

  it('freezes rows, bolds text, sets column widths', () => {
    const { spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet.setFrozenRows(1)
    sheet.getRange('A1:B1').setFontWeight('bold')
    sheet.setColumnWidths(1, 2, 240)
    expect(sheet.getFrozenRows()).toBe(1)
    expect(sheet.getRange('A1:C1').getFontWeights()).toEqual([['bold', 'bold', 'normal']])
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([240, 100])
  })

  it('protects a range with a description, warning only, and lists the protection', () => {
    const { fake, spreadsheet } = fakeWith()
    const sheet = spreadsheet.getSheets()[0]!
    sheet.getRange('1:1').protect().setDescription('Column headers').setWarningOnly(true)
    const [protection] = sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE)
    expect(protection?.getDescription()).toBe('Column headers')
    expect(protection?.isWarningOnly()).toBe(true)
    expect(protection?.getRange().getA1Notation()).toBe('1:1')
    expect(fake.spreadsheet.snapshot()[0]?.protections).toEqual([
      { a1: '1:1', description: 'Column headers', warningOnly: true },
    ])
    protection?.remove()
    expect(sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE)).toEqual([])
  })

  it('records what the user would see selected, and toasts', () => {
    const { fake, spreadsheet } = fakeWith({ Events: [['ID']], ALS: [['ID']] })
    spreadsheet.getSheetByName('ALS')!.getRange('A2').activate()
    expect(fake.spreadsheet.selected()).toEqual({ sheet: 'ALS', a1: 'A2' })
    spreadsheet.toast('Done', 'Set up')
    expect(fake.spreadsheet.toasts).toEqual([{ message: 'Done', title: 'Set up' }])
  })
})

describe('fake spreadsheet: call counter', () => {
  it('counts every spreadsheet call, and which of them wrote', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => [`e-${index}`, `Event ${index}`])
    const { fake, spreadsheet } = fakeWith({ Events: [['ID', 'Title'], ...rows] })
    fake.calls.reset()
    const values = spreadsheet.getSheetByName('Events')!.getDataRange().getValues()
    expect(values).toHaveLength(5001)
    expect(fake.calls.count('getValues')).toBe(1)
    expect(fake.calls.methods()).toEqual([
      'Spreadsheet.getSheetByName',
      'Sheet.getDataRange',
      'Range.getValues',
    ])
    expect(fake.calls.writes()).toBe(0)
    spreadsheet.getSheetByName('Events')!.getRange('C1').setValue('Notes')
    expect(fake.calls.writes()).toBe(1)
    expect(fake.calls.count('Range.setValue')).toBe(1)
  })

  it('does not count the test’s own inspection', () => {
    const { fake } = fakeWith({ Events: [['ID']] })
    fake.calls.reset()
    fake.spreadsheet.values('Events')
    fake.spreadsheet.snapshot()
    fake.spreadsheet.selected()
    expect(fake.calls.count()).toBe(0)
  })
})
