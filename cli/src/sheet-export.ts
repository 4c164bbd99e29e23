// `lacralo sheet export --spreadsheet <id> --out <folder>`: backs up every tab of a spreadsheet
// to CSV and JSON files, with a manifest, from one values.batchGet.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { CliCommand } from './cli-command'
import { CliError, noArguments } from './cli-error'
import { readOutline } from './google/spreadsheet-outline'
import { readTabValues } from './google/tab-values'
import {
  BACKUP_FORMAT,
  type BackupManifest,
  MANIFEST_FILE,
  tabBackup,
  tabCsv,
  tabFileStem,
} from './sheet-backup'
import { SHEET_OPTIONS, type SheetSession, spreadsheetIdFrom, withSheets } from './sheet-connection'

async function write(file: string, text: string, locale: Locale): Promise<void> {
  try {
    await writeFile(file, text, 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CliError(t(locale, 'cli.sheet.error.cannotWrite', { file, reason }))
  }
}

/**
 * Backs up every tab into `folder` (created if missing): `<nn>-<tab>.csv` and `.json` per tab,
 * then manifest.json, written last so that a backup cut short has none and cannot be restored.
 * The cells are read typed: numbers and booleans as such, dates as they show.
 *
 * @example
 * const manifest = await exportWorkbook(session, { folder: 'backup-2024-05', locale: 'en' })
 * manifest.tabs[0] // { name: 'Events', rows: 57, columns: 17, csv: '01-Events.csv', json: '01-Events.json' }
 */
export async function exportWorkbook(
  session: SheetSession,
  options: { folder: string; locale: Locale; now?: Date }
): Promise<BackupManifest> {
  const { api, spreadsheetId } = session
  const { folder, locale } = options
  const outline = await readOutline(api, spreadsheetId)
  const names = outline.tabs.map((tab) => tab.title)
  const values = await readTabValues(api, spreadsheetId, names, 'typed')
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CliError(t(locale, 'cli.sheet.error.cannotWrite', { file: folder, reason }))
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: (options.now ?? new Date()).toISOString(),
    spreadsheet: { id: spreadsheetId, title: outline.title, timeZone: outline.timeZone },
    tabs: [],
  }
  for (const [index, name] of names.entries()) {
    const backup = tabBackup(name, values.get(name) ?? [])
    const stem = tabFileStem(name, index)
    const files = { csv: `${stem}.csv`, json: `${stem}.json` }
    await write(path.join(folder, files.csv), tabCsv(backup), locale)
    await write(path.join(folder, files.json), `${JSON.stringify(backup, null, 2)}\n`, locale)
    manifest.tabs.push({
      name,
      rows: backup.rows.length,
      columns: backup.headers.length,
      ...files,
    })
  }
  await write(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, locale)
  return manifest
}

export const sheetExportCommand: CliCommand = {
  words: ['sheet', 'export'],
  synopsis: 'cli.sheet.export.synopsis',
  summary: 'cli.sheet.export.summary',
  details: 'cli.sheet.export.details',
  options: { ...SHEET_OPTIONS, out: { type: 'string', help: 'cli.option.out' } },
  async run(input) {
    const { args, values, locale, io } = input
    noArguments(args, locale)
    const spreadsheetId = spreadsheetIdFrom(values, locale)
    const folder = values.out
    if (typeof folder !== 'string' || folder.trim() === '')
      throw new CliError(t(locale, 'cli.sheet.error.missingOut'), { showHelp: true })
    const manifest = await withSheets(input, spreadsheetId, (session) =>
      exportWorkbook(session, { folder, locale })
    )
    const lines = [
      t(locale, 'cli.sheet.export.done', {
        tabs: manifest.tabs.length,
        title: manifest.spreadsheet.title,
        folder,
      }),
      ...manifest.tabs.map(
        (tab) => `  ${t(locale, 'cli.sheet.export.tab', { tab: tab.name, ...tab })}`
      ),
    ]
    io.stdout.write(`${lines.join('\n')}\n`)
    return 0
  },
}
