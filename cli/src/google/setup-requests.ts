// "Set up this spreadsheet" as Sheets API requests: the shared plan of each tab (setup-plan.ts)
// turned into one spreadsheets.batchUpdate, new tabs included (their ids are chosen here).
import type { sheets_v4 } from '@googleapis/sheets'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { dropdownValues } from '../../../shared/workbook/columns'
import {
  NEW_TAB_SIZE,
  newTabState,
  planChangesTab,
  planTabSetup,
  type TabSetupPlan,
  type TabSetupState,
} from '../../../shared/workbook/setup-plan'
import { describeSetup, type SetupReport } from '../../../shared/workbook/setup-report'
import { startingRows, TABS_WITH_STARTING_ROWS } from '../../../shared/workbook/starting-rows'
import { type TabName, tabDefinition, workbookTabs } from '../../../shared/workbook/tabs'
import { CELL_DATA_FIELDS, rowData } from './cell-data'
import type { TabOutline } from './spreadsheet-outline'
import type { SheetValue } from './tab-values'
import type { WorkbookSnapshot } from './workbook-snapshot'

type Request = sheets_v4.Schema$Request

/** The batchUpdate that sets the workbook up (no requests: nothing to do), and what it does. */
export interface WorkbookSetup {
  requests: Request[]
  report: SetupReport
}

const text = (value: SheetValue | undefined) => (value === undefined ? '' : String(value).trim())

// Row 1 across every column that holds anything in any row, as the add-on reads it.
function headersOf(values: readonly SheetValue[][]): string[] {
  const width = Math.max(0, ...values.map((row) => row.length))
  return Array.from({ length: width }, (_, index) => text(values[0]?.[index]))
}

// A row counts when a cell under a header holds something, as the add-on's readTab counts it,
// with the headers the tab has once set up (row 1 may have been empty before).
function hasRows(
  values: readonly SheetValue[][],
  columnIndex: ReadonlyMap<string, number>
): boolean {
  const columns = [...columnIndex.values()]
  return values.slice(1).some((row) => columns.some((column) => text(row[column - 1]) !== ''))
}

function stateOf(sheet: TabOutline, snapshot: WorkbookSnapshot): TabSetupState {
  return {
    headers: headersOf(snapshot.values.get(sheet.title) ?? []),
    maxRows: sheet.rowCount,
    maxColumns: sheet.columnCount,
    frozenRows: sheet.frozenRowCount,
    headerProtected: sheet.headerProtected,
    columnsWithDropdown: snapshot.dropdowns.get(sheet.title) ?? [],
  }
}

function planRequests(
  sheetId: number,
  plan: TabSetupPlan,
  state: TabSetupState,
  protectionDescription: string
): Request[] {
  const requests: Request[] = []
  const { column: first, columns } = plan.newHeaders
  if (plan.columnsToAdd > 0)
    requests.push({ appendDimension: { sheetId, dimension: 'COLUMNS', length: plan.columnsToAdd } })
  if (columns.length > 0)
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: first - 1 },
        rows: [
          {
            values: columns.map((column) => ({
              userEnteredValue: { stringValue: column.header },
              userEnteredFormat: { textFormat: { bold: true } },
            })),
          },
        ],
        fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
      },
    })
  for (const { column, count, width } of plan.widths)
    requests.push({
      updateDimensionProperties: {
        range: {
          sheetId,
          dimension: 'COLUMNS',
          startIndex: column - 1,
          endIndex: column - 1 + count,
        },
        properties: { pixelSize: width },
        fields: 'pixelSize',
      },
    })
  if (plan.freezeHeader)
    requests.push({
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { frozenRowCount: 1 } },
        fields: 'gridProperties.frozenRowCount',
      },
    })
  for (const { column, source } of plan.dropdowns)
    requests.push({
      setDataValidation: {
        range: {
          sheetId,
          startRowIndex: 1,
          endRowIndex: state.maxRows,
          startColumnIndex: column - 1,
          endColumnIndex: column,
        },
        // Invalid values are allowed, with a warning, so that staff can paste and fix later.
        rule: {
          condition: {
            type: 'ONE_OF_LIST',
            values: dropdownValues(source).map((value) => ({ userEnteredValue: value })),
          },
          strict: false,
          showCustomUi: true,
        },
      },
    })
  if (plan.protectHeader)
    requests.push({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
          description: protectionDescription,
          warningOnly: true,
        },
      },
    })
  return requests
}

// Ids for new tabs, above every id in use so that nothing clashes (Sheets' own are below 2^31).
function sheetIdAllocator(tabs: readonly TabOutline[]): () => number {
  let next = Math.max(0, ...tabs.map((tab) => tab.sheetId)) + 1
  const used = new Set(tabs.map((tab) => tab.sheetId))
  return () => {
    if (next > 2_147_483_647) next = 1
    while (used.has(next)) next++
    used.add(next)
    return next++
  }
}

/**
 * The requests that set the workbook up from what `snapshot` shows, in the order the add-on
 * works: each tab in turn (created at the end if missing, then completed by its plan), then
 * Countries and Settings filled while they hold no rows. A workbook already set up gets no
 * request at all. The report is the add-on's, in `locale`.
 *
 * @example
 * const { requests, report } = planWorkbookSetup(snapshot, 'es')
 * if (requests.length > 0) await api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } })
 */
export function planWorkbookSetup(snapshot: WorkbookSnapshot, locale: Locale): WorkbookSetup {
  const protectionDescription = t(locale, 'workbook.headerProtection')
  const nextSheetId = sheetIdAllocator(snapshot.outline.tabs)
  const requests: Request[] = []
  const tabsCreated: TabName[] = []
  const columnsAdded: SetupReport['columnsAdded'] = []
  const rowsFilled: SetupReport['rowsFilled'] = []
  const placed = new Map<TabName, { sheetId: number; plan: TabSetupPlan; empty: boolean }>()
  let formatted = false

  for (const tab of workbookTabs()) {
    const existing = snapshot.outline.tabs.find((sheet) => sheet.title === tab.name)
    const sheetId = existing?.sheetId ?? nextSheetId()
    if (!existing) {
      requests.push({
        addSheet: {
          properties: {
            sheetId,
            title: tab.name,
            gridProperties: { rowCount: NEW_TAB_SIZE.rows, columnCount: NEW_TAB_SIZE.columns },
          },
        },
      })
      tabsCreated.push(tab.name)
    }
    const state = existing ? stateOf(existing, snapshot) : newTabState()
    const plan = planTabSetup(tab, state)
    const added = plan.newHeaders.columns.map((column) => column.header)
    if (existing && added.length > 0) columnsAdded.push({ tab: tab.name, headers: added })
    formatted ||= planChangesTab(plan)
    requests.push(...planRequests(sheetId, plan, state, protectionDescription))
    const empty = !existing || !hasRows(snapshot.values.get(tab.name) ?? [], plan.columnIndex)
    placed.set(tab.name, { sheetId, plan, empty })
  }

  for (const name of TABS_WITH_STARTING_ROWS) {
    const tab = placed.get(name)
    if (!tab?.empty) continue
    const rows = startingRows(name, locale)
    requests.push({
      appendCells: {
        sheetId: tab.sheetId,
        rows: rowData(tabDefinition(name), rows, tab.plan.columnIndex),
        fields: CELL_DATA_FIELDS,
      },
    })
    rowsFilled.push({ tab: name, rows: rows.length })
  }

  const changed = formatted || tabsCreated.length + columnsAdded.length + rowsFilled.length > 0
  const report = { tabsCreated, columnsAdded, rowsFilled, changed }
  return { requests, report: { ...report, lines: describeSetup(report, locale) } }
}
