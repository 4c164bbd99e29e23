// `lacralo events import <file.csv>`: checks a calendar table and reports its events and problems.
import { type CalendarImport, importCalendar } from '../../shared/calendar-import/import-calendar'
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { CliCommand } from './cli-command'
import { CliError, oneFileArgument } from './cli-error'
import type { CliIo } from './cli-io'
import { renderImportReport } from './import-report'

/**
 * Reads a CSV file and imports it. Other commands (publish) call this and decide what to do
 * with the problems. Throws a CliError (exit 2) when the file cannot be read as UTF-8 text.
 *
 * @example
 * const { events, problems } = await runEventsImport({ file: 'calendar.csv', locale: 'en', io })
 */
export async function runEventsImport(options: {
  file: string
  locale: Locale
  io: Pick<CliIo, 'readFile'>
}): Promise<CalendarImport> {
  const { file, locale, io } = options
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    throw new CliError(unreadableMessage(error, file, locale))
  }
  // Node decodes bytes that are not UTF-8 as U+FFFD: a Latin-1 export, whose accents would be lost.
  if (text.includes('\uFFFD')) throw new CliError(t(locale, 'cli.error.fileNotUtf8', { file }))
  return importCalendar(text, { locale })
}

function unreadableMessage(error: unknown, file: string, locale: Locale): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return t(locale, 'cli.error.fileNotFound', { file })
  if (code === 'EISDIR') return t(locale, 'cli.error.fileIsDirectory', { file })
  if (code === 'EACCES' || code === 'EPERM')
    return t(locale, 'cli.error.fileNoPermission', { file })
  const reason = error instanceof Error ? error.message : String(error)
  return t(locale, 'cli.error.fileUnreadable', { file, reason })
}

/**
 * True when the import found an error: the table cannot be published as it is.
 *
 * @example
 * if (hasErrors(result)) return 1
 */
export function hasErrors(result: CalendarImport): boolean {
  return result.problems.some((problem) => problem.severity === 'error')
}

/** `lacralo events import <file.csv> [--json]`: the report (or JSON) on stdout; exit 1 on errors. */
export const eventsImportCommand: CliCommand = {
  words: ['events', 'import'],
  synopsis: 'cli.events.import.synopsis',
  summary: 'cli.events.import.summary',
  details: 'cli.events.import.details',
  options: { json: { type: 'boolean', help: 'cli.option.json' } },
  async run({ args, values, locale, io }) {
    const file = oneFileArgument(args, locale)
    const result = await runEventsImport({ file, locale, io })
    if (values.json === true) {
      const { events, problems } = result
      io.stdout.write(`${JSON.stringify({ events, problems }, null, 2)}\n`)
    } else {
      const color = io.stdout.isTTY === true && !io.env.NO_COLOR
      io.stdout.write(renderImportReport(result, { file, locale, color, width: io.stdout.columns }))
    }
    return hasErrors(result) ? 1 : 0
  },
}
