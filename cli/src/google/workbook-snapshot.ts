// What `lacralo sheet init` reads before deciding anything: the outline, the cells of the
// workbook's tabs, and which of their columns already have a drop-down.
import type { sheets_v4 } from '@googleapis/sheets'
import { workbookTabs } from '../../../shared/workbook/tabs'
import { quoteTabName } from './a1-notation'
import { readOutline, type SpreadsheetOutline } from './spreadsheet-outline'
import { readTabValues, type SheetValue } from './tab-values'

/** The spreadsheet as setting it up needs to see it. */
export interface WorkbookSnapshot {
  outline: SpreadsheetOutline
  /** The cells of each workbook tab that exists, as they show. */
  values: Map<string, SheetValue[][]>
  /** The columns (1-based) of each workbook tab whose row-2 cell has a data validation. */
  dropdowns: Map<string, number[]>
}

// Only the kind of each row-2 validation is downloaded, not the lists of values.
const DROPDOWN_FIELDS =
  'sheets(properties(title),data(rowData(values(dataValidation(condition(type))))))'

async function readDropdowns(
  api: sheets_v4.Sheets,
  spreadsheetId: string,
  tabs: readonly string[]
): Promise<Map<string, number[]>> {
  const dropdowns = new Map<string, number[]>()
  if (tabs.length === 0) return dropdowns
  const { data } = await api.spreadsheets.get({
    spreadsheetId,
    includeGridData: true,
    ranges: tabs.map((tab) => `${quoteTabName(tab)}!2:2`),
    fields: DROPDOWN_FIELDS,
  })
  for (const sheet of data.sheets ?? []) {
    const title = sheet.properties?.title ?? ''
    if (!tabs.includes(title)) continue
    const cells = sheet.data?.[0]?.rowData?.[0]?.values ?? []
    dropdowns.set(
      title,
      cells.flatMap((cell, offset) => (cell.dataValidation ? [offset + 1] : []))
    )
  }
  return dropdowns
}

/**
 * Reads the spreadsheet for setting it up: one spreadsheets.get for the outline, then, at the
 * same time, one values.batchGet for the cells of the workbook tabs that exist and one
 * spreadsheets.get for their row 2's validations (only the tabs that have list columns).
 *
 * @example
 * const snapshot = await readWorkbookSnapshot(api, spreadsheetId)
 * planWorkbookSetup(snapshot, 'es').requests.length // 0 when already set up
 */
export async function readWorkbookSnapshot(
  api: sheets_v4.Sheets,
  spreadsheetId: string
): Promise<WorkbookSnapshot> {
  const outline = await readOutline(api, spreadsheetId)
  const present = workbookTabs().filter((tab) =>
    outline.tabs.some((sheet) => sheet.title === tab.name)
  )
  const withLists = present.filter(
    (tab) =>
      tab.columns.some((column) => column.kind === 'list' && column.source) &&
      (outline.tabs.find((sheet) => sheet.title === tab.name)?.rowCount ?? 0) >= 2
  )
  const [values, dropdowns] = await Promise.all([
    readTabValues(
      api,
      spreadsheetId,
      present.map((tab) => tab.name),
      'shown'
    ),
    readDropdowns(
      api,
      spreadsheetId,
      withLists.map((tab) => tab.name)
    ),
  ])
  return { outline, values, dropdowns }
}
