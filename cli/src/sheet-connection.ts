// What every `lacralo sheet` command shares: the --spreadsheet and --credentials options, and a
// connection to the Sheets API whose failures become messages that say what to do.
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { CommandInput, CommandOption } from './cli-command'
import { CliError } from './cli-error'
import type { OptionValues } from './command-line'
import { connectToSheets, type SheetsConnection } from './google/sheets-client'
import { sheetsFailure } from './google/sheets-failure'

/** The options of every `lacralo sheet` command. */
export const SHEET_OPTIONS = {
  spreadsheet: { type: 'string', help: 'cli.option.spreadsheet' },
  credentials: { type: 'string', help: 'cli.option.credentials' },
} as const satisfies Record<string, CommandOption>

const SPREADSHEET_ID = /^[A-Za-z0-9_-]{10,}$/

/**
 * The spreadsheet's id from --spreadsheet: the id itself, or the spreadsheet's whole URL (the
 * id is the part between /d/ and /edit). Anything else is a CliError pointing at --help.
 *
 * @example
 * spreadsheetIdFrom({ spreadsheet: 'https://docs.google.com/spreadsheets/d/1AbC…xyz/edit#gid=0' }, 'en')
 * // '1AbC…xyz'
 */
export function spreadsheetIdFrom(values: OptionValues, locale: Locale): string {
  const given = values.spreadsheet
  if (typeof given !== 'string' || given.trim() === '')
    throw new CliError(t(locale, 'cli.sheet.error.missingSpreadsheet'), { showHelp: true })
  const value = given.trim()
  const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(value)?.[1] ?? value
  if (!SPREADSHEET_ID.test(id))
    throw new CliError(t(locale, 'cli.sheet.error.badSpreadsheetId', { value }), {
      showHelp: true,
    })
  return id
}

/** What a command's work receives: the API client and the spreadsheet's id. */
export interface SheetSession extends SheetsConnection {
  spreadsheetId: string
}

/**
 * Connects (--credentials, GOOGLE_APPLICATION_CREDENTIALS or application default credentials)
 * and runs `work`; whatever fails in talking to Google comes out as a CliError that says what
 * to do (share the spreadsheet, check the id, enable the API, check the network).
 *
 * @example
 * return withSheets(input, spreadsheetId, async ({ api }) => { ...; return 0 })
 */
export async function withSheets<T>(
  input: Pick<CommandInput, 'values' | 'locale' | 'io'>,
  spreadsheetId: string,
  work: (session: SheetSession) => Promise<T>
): Promise<T> {
  const { values, locale, io } = input
  const credentials = typeof values.credentials === 'string' ? values.credentials : undefined
  const connection = await connectToSheets({ ...(credentials ? { credentials } : {}), io, locale })
  try {
    return await work({ ...connection, spreadsheetId })
  } catch (error) {
    const context = { spreadsheetId, ...connection, locale }
    throw sheetsFailure(error, context) ?? error
  }
}
