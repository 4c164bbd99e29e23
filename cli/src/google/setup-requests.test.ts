import { describe, expect, it } from 'vitest'
import { headerRow, TAB_NAMES, tabDefinition } from '../../../shared/workbook/tabs'
import { planWorkbookSetup } from './setup-requests'
import type { TabOutline } from './spreadsheet-outline'
import type { WorkbookSnapshot } from './workbook-snapshot'

function tab(title: string, sheetId: number, changes: Partial<TabOutline> = {}): TabOutline {
  return {
    sheetId,
    title,
    rowCount: 1000,
    columnCount: 26,
    frozenRowCount: 1,
    headerProtected: true,
    ...changes,
  }
}

// Every workbook tab as set up before, with a row in Countries and Settings so neither is filled.
function setUpSnapshot(): WorkbookSnapshot {
  const dropdowns = new Map<string, number[]>()
  for (const name of TAB_NAMES) {
    const columns = tabDefinition(name).columns.flatMap((column, index) =>
      column.kind === 'list' && column.source ? [index + 1] : []
    )
    dropdowns.set(name, columns)
  }
  return {
    outline: {
      title: 'Dashboard',
      timeZone: 'UTC',
      tabs: TAB_NAMES.map((name, i) => tab(name, 100 + i)),
    },
    values: new Map(TAB_NAMES.map((name) => [name, [headerRow(name), ['x']]])),
    dropdowns,
  }
}

describe('planWorkbookSetup', () => {
  it('asks for nothing when the workbook is set up', () => {
    const { requests, report } = planWorkbookSetup(setUpSnapshot(), 'en')
    expect(requests).toEqual([])
    expect(report.changed).toBe(false)
  })

  it('asks only for what is missing: here the protection of one header row', () => {
    const snapshot = setUpSnapshot()
    snapshot.outline.tabs[2] = tab('Members', 102, { headerProtected: false })
    const { requests, report } = planWorkbookSetup(snapshot, 'pt')
    expect(requests).toEqual([
      {
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: 102, startRowIndex: 0, endRowIndex: 1 },
            description: expect.any(String),
            warningOnly: true,
          },
        },
      },
    ])
    expect(report.lines).toEqual(['A planilha está configurada.'])
  })

  it('gives new tabs ids no tab has, and creates them before anything refers to them', () => {
    const snapshot = setUpSnapshot()
    snapshot.outline.tabs = snapshot.outline.tabs.filter((sheet) => sheet.title !== 'CROP')
    snapshot.outline.tabs.push(tab('Staff', 2_000_000))
    const { requests } = planWorkbookSetup(snapshot, 'en')
    const [first, ...rest] = requests
    expect(first).toEqual({
      addSheet: {
        properties: {
          sheetId: 2_000_001,
          title: 'CROP',
          gridProperties: { rowCount: 1000, columnCount: 26 },
        },
      },
    })
    expect(rest.every((request) => !('addSheet' in request))).toBe(true)
  })
})
