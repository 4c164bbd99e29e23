import type { Locale } from '../../shared/i18n/locales'
import type { SetupReport } from '../../shared/workbook/setup-report'
import type { CliCommand } from './cli-command'
import { noArguments } from './cli-error'
import { planWorkbookSetup } from './google/setup-requests'
import { readWorkbookSnapshot } from './google/workbook-snapshot'
import { SHEET_OPTIONS, type SheetSession, spreadsheetIdFrom, withSheets } from './sheet-connection'

/**
 * Sets the workbook up: reads what the spreadsheet holds, then sends everything missing (tabs,
 * headers, widths, frozen and protected header rows, drop-downs, Countries and Settings) in
 * one spreadsheets.batchUpdate, or nothing at all when it is already set up.
 *
 * @example
 * const report = await initWorkbook(session, 'es')
 * report.lines // ['La hoja de cálculo está configurada.', 'Se creó la pestaña Events.', ...]
 */
export async function initWorkbook(session: SheetSession, locale: Locale): Promise<SetupReport> {
  const { api, spreadsheetId } = session
  const snapshot = await readWorkbookSnapshot(api, spreadsheetId)
  const { requests, report } = planWorkbookSetup(snapshot, locale)
  if (requests.length > 0)
    await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: { requests },
      fields: 'spreadsheetId',
    })
  return report
}

export const sheetInitCommand: CliCommand = {
  words: ['sheet', 'init'],
  synopsis: 'cli.sheet.init.synopsis',
  summary: 'cli.sheet.init.summary',
  details: 'cli.sheet.init.details',
  options: SHEET_OPTIONS,
  async run(input) {
    const { args, values, locale, io } = input
    noArguments(args, locale)
    const spreadsheetId = spreadsheetIdFrom(values, locale)
    const report = await withSheets(input, spreadsheetId, (session) =>
      initWorkbook(session, locale)
    )
    io.stdout.write(`${report.lines.join('\n')}\n`)
    return 0
  },
}
