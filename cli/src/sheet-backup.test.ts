import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { backupGrid, columnKeys, tabBackup, tabCsv, tabFileStem } from './sheet-backup'

describe('a tab’s backup', () => {
  it('keys columns by header, by letter where the header is empty or repeated', () => {
    expect(columnKeys(['Title', '', 'Title', 'ID'])).toEqual(['Title', '[B]', '[C]', 'ID'])
    expect(columnKeys(['[B]', ''])).toEqual(['[B]', "[B]'"])
  })

  it('gives back the grid it was made from, short rows padded', () => {
    const values = [['ID', 'Count', 'Done'], ['a', 3], [], ['b', 0, true]]
    const backup = tabBackup('Notes', values)
    expect(backup.rows).toHaveLength(3)
    expect(backupGrid(backup)).toEqual([
      ['ID', 'Count', 'Done'],
      ['a', 3, ''],
      ['', '', ''],
      ['b', 0, true],
    ])
  })

  it('escapes formula-like text in CSV, text over several lines included; numbers stay numbers', () => {
    const csv = tabCsv(
      tabBackup('Notes', [
        ['Text', 'Number'],
        ['=1+1', -5],
        ['-2 days\nlater', 2],
        ['@here', 0],
      ])
    )
    expect(Papa.parse(csv).data).toEqual([
      ['Text', 'Number'],
      ["'=1+1", '-5'],
      ["'-2 days\nlater", '2'],
      ["'@here", '0'],
    ])
  })

  it('names files by position and a safe form of the tab’s name', () => {
    expect(tabFileStem('Events', 0)).toBe('01-Events')
    expect(tabFileStem('Staff notes / 2023', 4)).toBe('05-Staff-notes-2023')
    expect(tabFileStem('Participación', 11)).toBe('12-Participación')
    expect(tabFileStem('../..', 2)).toBe('03-tab')
  })
})
