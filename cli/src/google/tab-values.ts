// The cells of whole tabs, read with one values.batchGet: as shown, or typed for a backup.
import type { sheets_v4 } from '@googleapis/sheets'
import { quoteTabName } from './a1-notation'

/** A cell as the values API gives it: text, a number or a boolean ('' when empty). */
export type SheetValue = string | number | boolean

/**
 * How to read: 'shown' is the text each cell shows; 'typed' keeps numbers and booleans as such
 * and gives dates and times as the text they show (2023-03-26), never a formula's text.
 */
export type ValueReading = 'shown' | 'typed'

/**
 * Every cell of each tab in `tabs`, in one values.batchGet: rows from row 1, trailing empty
 * rows and cells left out (as the API gives them).
 *
 * @example
 * const values = await readTabValues(api, spreadsheetId, ['Events', 'ALS'], 'shown')
 * values.get('Events')?.[0] // ['ID', 'Title', ...]
 */
export async function readTabValues(
  api: sheets_v4.Sheets,
  spreadsheetId: string,
  tabs: readonly string[],
  reading: ValueReading
): Promise<Map<string, SheetValue[][]>> {
  const values = new Map<string, SheetValue[][]>()
  if (tabs.length === 0) return values
  const { data } = await api.spreadsheets.values.batchGet({
    spreadsheetId,
    ranges: tabs.map(quoteTabName),
    majorDimension: 'ROWS',
    ...(reading === 'shown'
      ? { valueRenderOption: 'FORMATTED_VALUE' }
      : { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' }),
    fields: 'valueRanges(values)',
  })
  tabs.forEach((tab, index) => {
    values.set(tab, (data.valueRanges?.[index]?.values ?? []) as SheetValue[][])
  })
  return values
}
