// The outline of a spreadsheet: its title and zone, and each tab's id, size, frozen rows and
// whether its header row is protected; read with one spreadsheets.get and no cell data.
import type { sheets_v4 } from '@googleapis/sheets'

/** One tab of the spreadsheet, as far as the commands care. */
export interface TabOutline {
  sheetId: number
  title: string
  rowCount: number
  columnCount: number
  frozenRowCount: number
  /** True when a protection covers exactly row 1 (as "Set up this spreadsheet" adds). */
  headerProtected: boolean
}

export interface SpreadsheetOutline {
  title: string
  timeZone: string
  tabs: TabOutline[]
}

/** The fields of spreadsheets.get that make an outline (and nothing more is downloaded). */
export const OUTLINE_FIELDS =
  'properties(title,timeZone),sheets(properties(sheetId,title,gridProperties(rowCount,columnCount,frozenRowCount)),protectedRanges(range))'

function coversRowOne(range: sheets_v4.Schema$GridRange | undefined): boolean {
  return (range?.startRowIndex ?? 0) === 0 && range?.endRowIndex === 1
}

/**
 * The outline of a spreadsheets.get answer (asked with OUTLINE_FIELDS).
 *
 * @example
 * outlineOf((await api.spreadsheets.get({ spreadsheetId, fields: OUTLINE_FIELDS })).data)
 */
export function outlineOf(spreadsheet: sheets_v4.Schema$Spreadsheet): SpreadsheetOutline {
  return {
    title: spreadsheet.properties?.title ?? '',
    timeZone: spreadsheet.properties?.timeZone ?? 'UTC',
    tabs: (spreadsheet.sheets ?? []).map((sheet) => {
      const properties = sheet.properties ?? {}
      const grid = properties.gridProperties ?? {}
      return {
        sheetId: properties.sheetId ?? 0,
        title: properties.title ?? '',
        rowCount: grid.rowCount ?? 0,
        columnCount: grid.columnCount ?? 0,
        frozenRowCount: grid.frozenRowCount ?? 0,
        headerProtected: (sheet.protectedRanges ?? []).some((protectedRange) =>
          coversRowOne(protectedRange.range ?? undefined)
        ),
      }
    }),
  }
}

/**
 * Reads the outline of a spreadsheet (one spreadsheets.get, no cell data).
 *
 * @example
 * const { title, tabs } = await readOutline(api, spreadsheetId)
 */
export async function readOutline(
  api: sheets_v4.Sheets,
  spreadsheetId: string
): Promise<SpreadsheetOutline> {
  const { data } = await api.spreadsheets.get({ spreadsheetId, fields: OUTLINE_FIELDS })
  return outlineOf(data)
}
