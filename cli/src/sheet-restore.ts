// `lacralo sheet restore --spreadsheet <id> --from <folder> [--force]`: writes a backup made by
// `sheet export` back, refusing to overwrite tabs that hold rows unless told to.
import path from 'node:path'
import type { sheets_v4 } from '@googleapis/sheets'
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { ColumnDefinition } from '../../shared/workbook/columns'
import { NEW_TAB_SIZE } from '../../shared/workbook/setup-plan'
import { sheetText } from '../../shared/workbook/sheet-text'
import { isTabName, tabDefinition } from '../../shared/workbook/tabs'
import type { CliCommand } from './cli-command'
import { CliError, noArguments } from './cli-error'
import type { CliIo } from './cli-io'
import { blockRange } from './google/a1-notation'
import { readOutline, type TabOutline } from './google/spreadsheet-outline'
import { readTabValues, type SheetValue } from './google/tab-values'
import {
  type BackupManifest,
  backupGrid,
  columnKeys,
  MANIFEST_FILE,
  manifestSchema,
  type TabBackup,
  tabBackupSchema,
} from './sheet-backup'
import { SHEET_OPTIONS, type SheetSession, spreadsheetIdFrom, withSheets } from './sheet-connection'

/** A backup read from its folder and checked: the manifest and each tab's cells. */
export interface Backup {
  manifest: BackupManifest
  tabs: TabBackup[]
}

/** What restoring did to each tab. */
export interface RestoreResult {
  /** Set when nothing was written because these tabs hold rows (and --force was not given). */
  refused: string[] | null
  tabs: { name: string; rows: number; created: boolean }[]
}

async function readJson(io: Pick<CliIo, 'readFile'>, file: string, locale: Locale) {
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ENOENT' && path.basename(file) === MANIFEST_FILE)
      throw new CliError(t(locale, 'cli.sheet.error.noManifest', { folder: path.dirname(file) }))
    throw new CliError(t(locale, 'cli.sheet.error.badBackupFile', { file }))
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new CliError(t(locale, 'cli.sheet.error.badBackupFile', { file }))
  }
}

/**
 * Reads and checks a backup folder before anything is sent: the manifest, then every tab's
 * JSON file, which must name its tab and hold only its own columns. A missing or altered file
 * is a CliError (exit 2).
 *
 * @example
 * const { manifest, tabs } = await readBackup('backup-2024-05', { io, locale: 'en' })
 */
export async function readBackup(
  folder: string,
  options: { io: Pick<CliIo, 'readFile'>; locale: Locale }
): Promise<Backup> {
  const { io, locale } = options
  const manifestFile = path.join(folder, MANIFEST_FILE)
  const manifest = manifestSchema.safeParse(await readJson(io, manifestFile, locale))
  if (!manifest.success)
    throw new CliError(t(locale, 'cli.sheet.error.badBackupFile', { file: manifestFile }))
  const tabs: TabBackup[] = []
  for (const entry of manifest.data.tabs) {
    const file = path.join(folder, entry.json)
    const tab = tabBackupSchema.safeParse(await readJson(io, file, locale))
    const keys = tab.success ? new Set(columnKeys(tab.data.headers)) : new Set<string>()
    const fits =
      tab.success &&
      tab.data.tab === entry.name &&
      tab.data.rows.every((row) => Object.keys(row).every((key) => keys.has(key)))
    if (!fits || !tab.success)
      throw new CliError(t(locale, 'cli.sheet.error.badBackupFile', { file }))
    tabs.push(tab.data)
  }
  return { manifest: manifest.data, tabs }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const CLOCK_TIME = /^\d{2}:\d{2}(?::\d{2})?$/

/**
 * A backed-up cell as it is written back (typed input, USER_ENTERED): numbers and booleans as
 * they are, text kept text whatever it looks like (sheetText: a leading apostrophe on '=…',
 * '+…', '0042' ...), except a date or time in the workbook's date and time columns, which
 * goes in as typed so that it is a date again.
 *
 * @example
 * restoredCell('=IMPORTXML("http://x")') // '\'=IMPORTXML("http://x")'
 * restoredCell('2023-03-26', startDateColumn) // '2023-03-26'
 */
export function restoredCell(value: SheetValue, column?: ColumnDefinition): SheetValue {
  if (typeof value !== 'string' || value === '') return value
  if (column?.kind === 'date' && ISO_DATE.test(value)) return value
  if (column?.kind === 'time' && CLOCK_TIME.test(value)) return value
  return sheetText(value)
}

function restoredGrid(backup: TabBackup): SheetValue[][] {
  const definitions = isTabName(backup.tab)
    ? new Map(tabDefinition(backup.tab).columns.map((column) => [column.header, column]))
    : new Map<string, ColumnDefinition>()
  const [headers = [], ...rows] = backupGrid(backup)
  const columns = backup.headers.map((header) => definitions.get(header))
  return [
    headers.map((header) => restoredCell(header)),
    ...rows.map((row) => row.map((value, index) => restoredCell(value, columns[index]))),
  ]
}

function holdsRows(values: readonly SheetValue[][]): boolean {
  return values.slice(1).some((row) => row.some((value) => String(value).trim() !== ''))
}

function sizeRequests(
  backup: TabBackup,
  existing: TabOutline | undefined,
  sheetId: number
): sheets_v4.Schema$Request[] {
  const rows = backup.rows.length + 1
  const columns = backup.headers.length
  if (!existing)
    return [
      {
        addSheet: {
          properties: {
            sheetId,
            title: backup.tab,
            gridProperties: {
              rowCount: Math.max(NEW_TAB_SIZE.rows, rows),
              columnCount: Math.max(NEW_TAB_SIZE.columns, columns),
            },
          },
        },
      },
    ]
  const grow = (dimension: 'ROWS' | 'COLUMNS', length: number) =>
    length > 0 ? [{ appendDimension: { sheetId, dimension, length } }] : []
  return [
    ...grow('ROWS', rows - existing.rowCount),
    ...grow('COLUMNS', columns - existing.columnCount),
  ]
}

/**
 * Restores `backup` into the spreadsheet. Reads what each tab holds first; if a tab of the
 * backup holds rows and `force` is not set, writes nothing and says which. Otherwise one
 * spreadsheets.batchUpdate creates the missing tabs (and grows those too small), and one
 * values.batchUpdate writes every tab: the backup's cells, and '' over whatever the tab held
 * beyond them, so that each tab ends up exactly as backed up.
 *
 * @example
 * const result = await restoreWorkbook(session, backup, { force: false })
 * result.refused // ['Countries', 'Settings'] when those hold rows
 */
export async function restoreWorkbook(
  session: SheetSession,
  backup: Backup,
  options: { force: boolean }
): Promise<RestoreResult> {
  const { api, spreadsheetId } = session
  const outline = await readOutline(api, spreadsheetId)
  const byTitle = new Map(outline.tabs.map((tab) => [tab.title, tab]))
  const present = backup.tabs.filter((tab) => byTitle.has(tab.tab)).map((tab) => tab.tab)
  const current = await readTabValues(api, spreadsheetId, present, 'shown')
  const full = present.filter((name) => holdsRows(current.get(name) ?? []))
  if (full.length > 0 && !options.force) return { refused: full, tabs: [] }

  let nextId = Math.max(0, ...outline.tabs.map((tab) => tab.sheetId)) + 1
  const requests = backup.tabs.flatMap((tab) => {
    const existing = byTitle.get(tab.tab)
    return sizeRequests(tab, existing, existing?.sheetId ?? nextId++)
  })
  if (requests.length > 0)
    await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: { requests },
      fields: 'spreadsheetId',
    })

  const data = backup.tabs.map((tab) => {
    const grid = restoredGrid(tab)
    const before = current.get(tab.tab) ?? []
    const height = Math.max(grid.length, before.length)
    const width = Math.max(0, ...[...grid, ...before].map((row) => row.length))
    const values = Array.from({ length: height }, (_, row) =>
      Array.from({ length: width }, (_, column) => grid[row]?.[column] ?? '')
    )
    return { range: blockRange(tab.tab, height, width), values }
  })
  await api.spreadsheets.values.batchUpdate({
    spreadsheetId,
    requestBody: { valueInputOption: 'USER_ENTERED', data },
    fields: 'totalUpdatedCells',
  })
  return {
    refused: null,
    tabs: backup.tabs.map((tab) => ({
      name: tab.tab,
      rows: tab.rows.length,
      created: !byTitle.has(tab.tab),
    })),
  }
}

export const sheetRestoreCommand: CliCommand = {
  words: ['sheet', 'restore'],
  synopsis: 'cli.sheet.restore.synopsis',
  summary: 'cli.sheet.restore.summary',
  details: 'cli.sheet.restore.details',
  options: {
    ...SHEET_OPTIONS,
    from: { type: 'string', help: 'cli.option.from' },
    force: { type: 'boolean', help: 'cli.option.force' },
  },
  async run(input) {
    const { args, values, locale, io } = input
    noArguments(args, locale)
    const spreadsheetId = spreadsheetIdFrom(values, locale)
    const folder = values.from
    if (typeof folder !== 'string' || folder.trim() === '')
      throw new CliError(t(locale, 'cli.sheet.error.missingFrom'), { showHelp: true })
    const backup = await readBackup(folder, { io, locale })
    const result = await withSheets(input, spreadsheetId, (session) =>
      restoreWorkbook(session, backup, { force: values.force === true })
    )
    if (result.refused) {
      io.stderr.write(
        `${t(locale, 'cli.sheet.restore.refused', { tabs: result.refused.join(', ') })}\n`
      )
      return 1
    }
    const { exportedAt, spreadsheet } = backup.manifest
    const lines = [
      t(locale, 'cli.sheet.restore.done', { date: exportedAt, title: spreadsheet.title }),
      ...result.tabs.map(
        (tab) =>
          `  ${t(locale, tab.created ? 'cli.sheet.restore.tabCreated' : 'cli.sheet.restore.tab', {
            tab: tab.name,
            rows: tab.rows,
          })}`
      ),
      ...(result.tabs.some((tab) => tab.created) ? [t(locale, 'cli.sheet.restore.next')] : []),
    ]
    io.stdout.write(`${lines.join('\n')}\n`)
    return 0
  },
}
