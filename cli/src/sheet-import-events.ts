// `lacralo sheet import-events --spreadsheet <id> <file.csv>`: the shared calendar import, its
// new events appended to the Events tab through the Sheets API, as the add-on's Import events does.
import type { CalendarImport } from '../../shared/calendar-import/import-calendar'
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { OutreachEvent } from '../../shared/schemas/event'
import { headerColumns } from '../../shared/workbook/setup-plan'
import { recordToRow, tabDefinition } from '../../shared/workbook/tabs'
import type { CliCommand } from './cli-command'
import { CliError, oneFileArgument } from './cli-error'
import { hasErrors, runEventsImport } from './events-import'
import { CELL_DATA_FIELDS, rowData } from './google/cell-data'
import { readOutline } from './google/spreadsheet-outline'
import { readTabValues } from './google/tab-values'
import { renderImportReport } from './import-report'
import { SHEET_OPTIONS, type SheetSession, spreadsheetIdFrom, withSheets } from './sheet-connection'

const EVENTS = 'Events'

/** What appending did: the events added, and how many Events already had. */
export interface AppendedEvents {
  addedIds: string[]
  alreadyThere: number
}

/**
 * Appends to the Events tab the events whose ID it does not have yet (the first of the import's
 * own duplicates), written through recordToRow and as CellData, so text stays text and dates
 * are dates. Reads the tab once (one values.batchGet) and writes once (one appendCells);
 * importing the same events again writes nothing. A missing tab or column is a CliError that
 * says to run `lacralo sheet init`.
 *
 * @example
 * const { addedIds } = await appendEvents(session, result.events, 'en')
 */
export async function appendEvents(
  session: SheetSession,
  events: readonly OutreachEvent[],
  locale: Locale
): Promise<AppendedEvents> {
  const { api, spreadsheetId } = session
  const outline = await readOutline(api, spreadsheetId)
  const sheet = outline.tabs.find((tab) => tab.title === EVENTS)
  if (!sheet)
    throw new CliError(
      t(locale, 'cli.sheet.error.missingTab', { tab: EVENTS, spreadsheet: spreadsheetId }),
      {
        exitCode: 1,
      }
    )
  const values = (await readTabValues(api, spreadsheetId, [EVENTS], 'shown')).get(EVENTS) ?? []
  const columns = headerColumns((values[0] ?? []).map((cell) => String(cell).trim()))
  const idColumn = columns.get('ID')
  const existing = new Set(
    idColumn === undefined
      ? []
      : values.slice(1).map((row) => String(row[idColumn - 1] ?? '').trim())
  )
  const fresh = events.filter((event) => {
    if (existing.has(event.id)) return false
    existing.add(event.id)
    return true
  })
  const rows = fresh.map((event) => recordToRow(EVENTS, event))
  const needed = [...new Set(['ID', ...rows.flatMap((row) => Object.keys(row))])]
  const missing = needed.filter((header) => !columns.has(header))
  if (missing.length > 0)
    throw new CliError(
      t(locale, 'cli.sheet.error.missingColumns', {
        tab: EVENTS,
        headers: missing.map((header) => `'${header}'`).join(', '),
        spreadsheet: spreadsheetId,
      }),
      { exitCode: 1 }
    )
  if (rows.length > 0)
    await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          {
            appendCells: {
              sheetId: sheet.sheetId,
              rows: rowData(tabDefinition(EVENTS), rows, columns),
              fields: CELL_DATA_FIELDS,
            },
          },
        ],
      },
      fields: 'spreadsheetId',
    })
  return { addedIds: fresh.map((event) => event.id), alreadyThere: events.length - fresh.length }
}

function errorCount(result: CalendarImport): number {
  return result.problems.filter((problem) => problem.severity === 'error').length
}

export const sheetImportEventsCommand: CliCommand = {
  words: ['sheet', 'import-events'],
  synopsis: 'cli.sheet.importEvents.synopsis',
  summary: 'cli.sheet.importEvents.summary',
  details: 'cli.sheet.importEvents.details',
  options: SHEET_OPTIONS,
  async run(input) {
    const { args, values, locale, io } = input
    const file = oneFileArgument(args, locale)
    const spreadsheetId = spreadsheetIdFrom(values, locale)
    const result = await runEventsImport({ file, locale, io })
    const color = io.stdout.isTTY === true && !io.env.NO_COLOR
    io.stdout.write(renderImportReport(result, { file, locale, color, width: io.stdout.columns }))
    // The table is checked before anything is sent: with errors, the spreadsheet is not touched.
    if (hasErrors(result)) {
      io.stderr.write(
        `${t(locale, 'cli.sheet.importEvents.refused', { count: errorCount(result) })}\n`
      )
      return 1
    }
    const appended = await withSheets(input, spreadsheetId, (session) =>
      appendEvents(session, result.events, locale)
    )
    io.stdout.write(
      `${t(locale, 'cli.sheet.importEvents.done', {
        added: appended.addedIds.length,
        existing: appended.alreadyThere,
      })}\n`
    )
    return 0
  },
}
