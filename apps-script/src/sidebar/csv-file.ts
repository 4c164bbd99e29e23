// A CSV file chosen in the sidebar, read and parsed here in the browser (the add-on's server
// bundles no CSV parser) into the table importEvents takes.
import { readTable } from '../../../shared/calendar-import/read-table'
import type { ImportRequest } from '../actions/import-events'
import type { SidebarText } from './sidebar-text'

/** The largest file the sidebar reads, in bytes. */
export const MAX_CSV_BYTES = 5_000_000

/** What the sidebar needs of a chosen file (a DOM `File` fits). */
export interface ChosenFile {
  name: string
  size: number
  type: string
  text(): Promise<string>
}

const CSV_NAME = /\.(csv|tsv|txt)$/i

/**
 * The file's rows, header first, and the rows whose quotes never close; or an Error saying,
 * in the user's language, why the file cannot be imported.
 *
 * @example
 * const request = await readCsvFile(input.files[0], text)
 * await call('importEvents', request)
 */
export async function readCsvFile(file: ChosenFile, text: SidebarText): Promise<ImportRequest> {
  if (!CSV_NAME.test(file.name) && !/csv/i.test(file.type))
    throw new Error(text('sidebar.import.notCsv', { file: file.name }))
  if (file.size > MAX_CSV_BYTES)
    throw new Error(
      text('sidebar.import.tooLarge', { file: file.name, limit: MAX_CSV_BYTES / 1_000_000 })
    )
  const csv = await file.text()
  // Excel's plain "CSV" is Windows-1252: read as UTF-8, its accented letters become U+FFFD.
  if (csv.includes('\uFFFD')) throw new Error(text('sidebar.import.notUtf8', { file: file.name }))
  const { rows, unclosedQuoteRows } = readTable(csv)
  // CSV cells are text; anything else (never, from a file) is sent as the text it shows.
  const table = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell : String(cell)))
  )
  return { table, unclosedQuoteRows }
}
