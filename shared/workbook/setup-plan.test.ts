import { describe, expect, it } from 'vitest'
import { headerColumns, newTabState, planChangesTab, planTabSetup } from './setup-plan'
import { headerRow, tabDefinition } from './tabs'

const participation = tabDefinition('Participation')

describe('planning a new tab', () => {
  it('writes every header from A, with widths in runs, freezes, protects and adds the drop-downs', () => {
    const plan = planTabSetup(tabDefinition('CROP'), newTabState())
    expect(plan.newHeaders.column).toBe(1)
    expect(plan.newHeaders.columns.map((column) => column.header)).toEqual(headerRow('CROP'))
    expect(plan.columnsToAdd).toBe(0)
    // Member ID 110, Event ID 150, Fiscal year 100, Travel date 110, Status 110.
    expect(plan.widths).toEqual([
      { column: 1, count: 1, width: 110 },
      { column: 2, count: 1, width: 150 },
      { column: 3, count: 1, width: 100 },
      { column: 4, count: 2, width: 110 },
    ])
    expect(plan.freezeHeader).toBe(true)
    expect(plan.protectHeader).toBe(true)
    expect(plan.dropdowns).toEqual([{ column: 5, header: 'Status', source: 'crop-trip-statuses' }])
    expect(planChangesTab(plan)).toBe(true)
  })
})

describe('planning a tab staff already have', () => {
  const setUp = {
    ...newTabState(),
    headers: headerRow('Participation'),
    frozenRows: 1,
    headerProtected: true,
    columnsWithDropdown: [4],
  }

  it('plans nothing for a tab already set up', () => {
    const plan = planTabSetup(participation, setUp)
    expect(planChangesTab(plan)).toBe(false)
    expect(plan.widths).toEqual([])
  })

  it('adds the missing columns after the last column that holds anything, keeping the order', () => {
    const plan = planTabSetup(participation, {
      ...setUp,
      // Data reaches column E, which has no header.
      headers: ['Date', 'Staff comment', 'ID', '', ''],
      columnsWithDropdown: [],
    })
    expect(plan.newHeaders.column).toBe(6)
    expect(plan.newHeaders.columns.map((column) => column.header)).toEqual([
      'Member ID',
      'Kind',
      'Detail',
    ])
    expect([...plan.columnIndex]).toEqual([
      ['Date', 1],
      ['Staff comment', 2],
      ['ID', 3],
      ['Member ID', 6],
      ['Kind', 7],
      ['Detail', 8],
    ])
    expect(plan.dropdowns).toEqual([{ column: 7, header: 'Kind', source: 'participation-kinds' }])
  })

  it('writes the headers from A into a first row that is empty, even with data under it', () => {
    const plan = planTabSetup(participation, { ...setUp, headers: ['', '', ''] })
    expect(plan.newHeaders.column).toBe(1)
  })

  it('adds sheet columns when the new headers do not fit', () => {
    const headers = ['ID', ...Array.from({ length: 24 }, (_, i) => `Staff ${i}`)]
    const plan = planTabSetup(participation, { ...setUp, headers, maxColumns: 26 })
    // Columns 26 to 29 are needed; the sheet has 26.
    expect(plan.newHeaders.column).toBe(26)
    expect(plan.columnsToAdd).toBe(3)
  })

  it('leaves the frozen rows, the protection and drop-downs staff chose', () => {
    const plan = planTabSetup(participation, { ...setUp, frozenRows: 2 })
    expect(plan.freezeHeader).toBe(false)
    expect(plan.dropdowns).toEqual([])
  })

  it('neither freezes nor adds drop-downs to a sheet of one row', () => {
    const plan = planTabSetup(participation, {
      ...setUp,
      maxRows: 1,
      frozenRows: 0,
      columnsWithDropdown: [],
    })
    expect([plan.freezeHeader, plan.dropdowns]).toEqual([false, []])
  })
})

describe('headerColumns', () => {
  it('finds each header’s column, the first of two equal ones, skipping empty cells', () => {
    expect([...headerColumns(['Title', '', 'ID', 'Title'])]).toEqual([
      ['Title', 1],
      ['ID', 3],
    ])
  })
})
