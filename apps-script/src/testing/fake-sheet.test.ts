import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'

function sheetWith(rows: (string | number)[][]) {
  const fake = createFakeAppsScript({ sheets: { Prospects: rows } })
  const sheet = fake.spreadsheet.sheet('Prospects')
  return { fake, sheet }
}

describe('fake sheet: deleteRows', () => {
  it('deletes rows as Sheets does: the rows below move up, notes and formulas with them', () => {
    const { fake, sheet } = sheetWith([
      ['ID', 'Name'],
      ['p-1', 'Ana'],
      ['p-2', 'Luis'],
      ['p-3', 'Marta'],
      ['p-4', 'Jean'],
    ])
    sheet.cellForWrite(5, 2).note = 'liaison: Dev'
    sheet.cellForWrite(5, 3).formula = '=LEN(B5)'
    sheet.deleteRows(3, 2)
    expect(fake.spreadsheet.values('Prospects')).toEqual([
      ['ID', 'Name', ''],
      ['p-1', 'Ana', ''],
      ['p-4', 'Jean', ''],
    ])
    expect(sheet.cellAt(3, 2).note).toBe('liaison: Dev')
    expect(sheet.cellAt(3, 3).formula).toBe('=LEN(B5)')
    expect(sheet.cellAt(5, 1).value).toBe('')
    expect(sheet.getMaxRows()).toBe(998)
    expect(sheet.getLastRow()).toBe(3)
    expect(fake.calls.writes()).toBe(1)
  })

  it('moves a protected range up with its rows, and shrinks one rows were deleted from', () => {
    const { sheet } = sheetWith([['ID'], ['a'], ['b'], ['c'], ['d'], ['e']])
    sheet.getRange(5, 1, 2, 1).protect().setDescription('below')
    sheet.getRange(1, 1, 3, 1).protect().setDescription('header and two rows')
    sheet.deleteRows(2, 2)
    expect(sheet.snapshot().protections.map((p) => [p.description, p.a1])).toEqual([
      ['below', 'A3:A4'],
      ['header and two rows', 'A1'],
    ])
  })

  it('refuses rows outside the sheet, and deleting every row under the frozen ones', () => {
    const { fake, sheet } = sheetWith([['ID'], ['a']])
    expect(() => sheet.deleteRows(0, 1)).toThrow('Those rows are out of bounds.')
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.')
    sheet.setFrozenRows(1)
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.'
    )
    expect(fake.spreadsheet.values('Prospects')).toEqual([['ID'], ['a']])
    expect(sheet.getMaxRows()).toBe(1000)
  })
})
