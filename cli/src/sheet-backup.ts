// The backup `lacralo sheet export` writes and `lacralo sheet restore` reads: manifest.json, and
// for each tab a CSV file to read and a JSON file that keeps its exact values.
import Papa from 'papaparse'
import * as z from 'zod'
import { columnLetters } from './google/a1-notation'
import type { SheetValue } from './google/tab-values'

/** What manifest.json says it is. */
export const BACKUP_FORMAT = 'lacralo-sheet-backup'
export const MANIFEST_FILE = 'manifest.json'

const sheetValueSchema = z.union([z.string(), z.number(), z.boolean()])
const fileNameSchema = z.string().regex(/^[^/\\]+$/)

/** One tab's JSON file: its header row as it is, and its rows keyed by header. */
export const tabBackupSchema = z.object({
  tab: z.string(),
  headers: z.array(z.string()),
  rows: z.array(z.record(z.string(), sheetValueSchema)),
})
export type TabBackup = z.infer<typeof tabBackupSchema>

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  spreadsheet: z.object({ id: z.string(), title: z.string(), timeZone: z.string() }),
  tabs: z.array(
    z.object({
      name: z.string(),
      rows: z.int().nonnegative(),
      columns: z.int().nonnegative(),
      csv: fileNameSchema,
      json: fileNameSchema,
    })
  ),
})
export type BackupManifest = z.infer<typeof manifestSchema>
export type ManifestTab = BackupManifest['tabs'][number]

/**
 * The key of each column in a tab's JSON rows: its header, or, for a column without a header
 * or whose header an earlier column already has, its letter in brackets ('[F]').
 *
 * @example
 * columnKeys(['Title', '', 'Title']) // ['Title', '[B]', '[C]']
 */
export function columnKeys(headers: readonly string[]): string[] {
  const taken = new Set<string>()
  return headers.map((header, index) => {
    let name = header !== '' && !taken.has(header) ? header : `[${columnLetters(index + 1)}]`
    while (taken.has(name)) name = `${name}'`
    taken.add(name)
    return name
  })
}

/**
 * A tab's cells (row 1 the header) as its backup: every row below the header, empty ones
 * included so that each keeps its place, every cell under its column's key ('' when empty).
 *
 * @example
 * tabBackup('CROP', [['Member ID', 'Event ID'], ['m-0042', 'caribnog-26']])
 * // { tab: 'CROP', headers: ['Member ID', 'Event ID'], rows: [{ 'Member ID': 'm-0042', 'Event ID': 'caribnog-26' }] }
 */
export function tabBackup(tab: string, values: readonly SheetValue[][]): TabBackup {
  const width = Math.max(0, ...values.map((row) => row.length))
  const headers = Array.from({ length: width }, (_, index) => String(values[0]?.[index] ?? ''))
  const keys = columnKeys(headers)
  const rows = values
    .slice(1)
    .map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index] ?? ''])))
  return { tab, headers, rows }
}

/**
 * A tab's backup as a grid again: the header row, then each row's cells in column order.
 *
 * @example
 * backupGrid(tabBackup('CROP', values)) // equals values, rows padded to the same width
 */
export function backupGrid(backup: TabBackup): SheetValue[][] {
  const keys = columnKeys(backup.headers)
  return [backup.headers, ...backup.rows.map((row) => keys.map((key) => row[key] ?? ''))]
}

// What a spreadsheet program would run. papaparse's own pattern (escapeFormulae: true) ends in
// `.*$` without the s flag, so it misses text that spans lines: "+1 …\n…" would go out unescaped.
const FORMULA_START = /^[=+\-@\t\r\n]/

/**
 * A tab's backup as CSV (papaparse), for people and other tools. Text that a spreadsheet
 * program would run as a formula (= + - @ first) gets a leading apostrophe; the JSON file
 * keeps the exact text.
 *
 * @example
 * tabCsv(tabBackup('Events', [['ID', 'Title'], ['x', '=IMPORTXML("http://e.example")']]))
 * // 'ID,Title\r\nx,"\'=IMPORTXML(""http://e.example"")"'
 */
export function tabCsv(backup: TabBackup): string {
  const grid = backupGrid(backup).map((row) =>
    row.map((value) => (typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : value))
  )
  return Papa.unparse(grid, { escapeFormulae: FORMULA_START })
}

/**
 * File names for each tab's files: its position and its name made safe for any file system
 * ('03-Members'), so that two tabs never share a file and none is called manifest.
 *
 * @example
 * tabFileStem('Staff notes / 2023', 4) // '05-Staff-notes-2023'
 */
export function tabFileStem(tab: string, index: number): string {
  const safe = tab
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
  return `${String(index + 1).padStart(2, '0')}-${safe || 'tab'}`
}
