import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'
import { cellFormat } from './fake-sheet-formats'

describe('fake formats, clear() and the active range', () => {
  it('sets weights, sizes and number formats by range, in one counted call each', () => {
    const fake = createFakeAppsScript({
      sheets: {
        Report: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    })
    const sheet = fake.spreadsheet.sheet('Report')
    fake.calls.reset()
    const range = sheet.getRange(1, 1, 2, 2)
    range.setFontWeights([
      ['bold', 'normal'],
      [null, 'bold'],
    ])
    range.setFontSizes([
      [14, 10],
      [10, 10],
    ])
    range.setNumberFormats([
      ['@', '#,##0'],
      ['0%', '@'],
    ])
    expect(fake.calls.methods()).toEqual([
      'Sheet.getRange',
      'Range.setFontWeights',
      'Range.setFontSizes',
      'Range.setNumberFormats',
    ])
    expect([sheet.cellAt(1, 1).bold, sheet.cellAt(1, 2).bold, sheet.cellAt(2, 2).bold]).toEqual([
      true,
      false,
      true,
    ])
    expect(cellFormat(sheet, 1, 1)).toEqual({ numberFormat: '@', fontSize: 14 })
    expect(range.getNumberFormats()).toEqual([
      ['@', '#,##0'],
      ['0%', '@'],
    ])
    expect(() => range.setFontSizes([[10]])).toThrow(/2 rows of 2 values/)
    expect(() =>
      range.setFontWeights([
        ['heavy', 'bold'],
        ['bold', 'bold'],
      ])
    ).toThrow(/heavy/)
  })

  it('clears values, fills and formats', () => {
    const fake = createFakeAppsScript({ sheets: { Report: [['a', 'b']] } })
    const sheet = fake.spreadsheet.sheet('Report')
    sheet.getRange(1, 1, 1, 2).setBackgrounds([['#fce8e6', null]])
    sheet.getRange(1, 1, 1, 2).setNumberFormats([['0%', '@']])
    sheet.clear()
    expect(fake.spreadsheet.values('Report')).toEqual([['']])
    expect(sheet.cellAt(1, 1).background).toBeNull()
    expect(cellFormat(sheet, 1, 1).numberFormat).toBe('')
  })

  it('answers the selected range, or the active sheet’s A1', () => {
    const fake = createFakeAppsScript({ sheets: { Events: [['ID'], ['caribnog-32']] } })
    const book = fake.globals.SpreadsheetApp.getActiveSpreadsheet()
    expect(book.getActiveRange()?.getA1Notation()).toBe('A1')
    fake.spreadsheet.sheet('Events').getRange('A2:C2').activate()
    const range = book.getActiveRange()
    expect([range?.getSheet().getName(), range?.getRow(), range?.getNumRows()]).toEqual([
      'Events',
      2,
      1,
    ])
  })
})
