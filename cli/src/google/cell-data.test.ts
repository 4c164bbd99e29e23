import { describe, expect, it } from 'vitest'
import { recordToRow, tabDefinition } from '../../../shared/workbook/tabs'
import { cellData, rowData } from './cell-data'

const events = tabDefinition('Events')
const column = (header: string) => events.columns.find((candidate) => candidate.header === header)

describe('cellData', () => {
  it('writes risky text as the text it is, without the apostrophe that protects typed input', () => {
    expect(cellData('\'=HYPERLINK("https://evil.example")')).toEqual({
      userEnteredValue: { stringValue: '=HYPERLINK("https://evil.example")' },
    })
    expect(cellData("'0042")).toEqual({ userEnteredValue: { stringValue: '0042' } })
    expect(cellData('CaribNOG 25')).toEqual({ userEnteredValue: { stringValue: 'CaribNOG 25' } })
  })

  it('writes an ISO date in a date column and a time in a time column as real ones', () => {
    expect(cellData('2023-03-26', column('Start date'))).toEqual({
      userEnteredValue: { numberValue: 45011 },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } },
    })
    expect(cellData('09:30', column('Start time'))).toEqual({
      userEnteredValue: { numberValue: 0.3958333333333333 },
      userEnteredFormat: { numberFormat: { type: 'TIME', pattern: 'hh:mm' } },
    })
    // Elsewhere, or when it is not a real date, it stays text.
    expect(cellData('2023-03-26', column('Title'))).toEqual({
      userEnteredValue: { stringValue: '2023-03-26' },
    })
    expect(cellData('2023-02-30', column('Start date'))).toEqual({
      userEnteredValue: { stringValue: '2023-02-30' },
    })
  })

  it('writes numbers and booleans as such, and nothing for an empty cell', () => {
    expect(cellData(3)).toEqual({ userEnteredValue: { numberValue: 3 } })
    expect(cellData(true)).toEqual({ userEnteredValue: { boolValue: true } })
    expect(cellData('')).toEqual({})
  })
})

describe('rowData', () => {
  it('places each cell under its header’s column, empty cells between, from column A', () => {
    const row = recordToRow('Events', { id: 'x-1', title: 'Launch', cropEligible: false })
    const columns = new Map([
      ['Notes', 1],
      ['ID', 2],
      ['CROP eligible', 3],
      ['Title', 5],
    ])
    expect(rowData(events, [row], columns)).toEqual([
      {
        values: [
          {},
          { userEnteredValue: { stringValue: 'x-1' } },
          { userEnteredValue: { boolValue: false } },
          {},
          { userEnteredValue: { stringValue: 'Launch' } },
        ],
      },
    ])
  })
})
