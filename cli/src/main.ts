// The `lacralo` command: reads the command line, picks the subcommand from the table and runs it.
import { t } from '../../shared/i18n/catalogue'
import { isLocale, type Locale } from '../../shared/i18n/locales'
import type { CliCommand } from './cli-command'
import { CliError } from './cli-error'
import { type CliIo, processIo } from './cli-io'
import { localeFromEnv } from './cli-locale'
import { type CommandLineError, parseCommandLine } from './command-line'
import { eventsImportCommand } from './events-import'
import { eventsPublishCommand } from './events-publish'
import { sheetExportCommand } from './sheet-export'
import { sheetImportEventsCommand } from './sheet-import-events'
import { sheetInitCommand } from './sheet-init'
import { sheetRestoreCommand } from './sheet-restore'
import { commandListUsage, commandUsage, GLOBAL_OPTIONS } from './usage'

/** Every subcommand; adding one is one line here. */
export const COMMANDS: readonly CliCommand[] = [
  eventsImportCommand,
  eventsPublishCommand,
  sheetInitCommand,
  sheetExportCommand,
  sheetRestoreCommand,
  sheetImportEventsCommand,
]

/**
 * Runs `lacralo` with `argv` (without node and the script) and returns the exit code:
 * 0 done, 1 the command found errors in its input, 2 bad arguments or an unreadable file.
 *
 * @example
 * process.exitCode = await main(['events', 'import', 'calendar.csv', '--json'])
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // A first pass knows every command's options, to find the command words and the language.
  const allOptions = Object.assign(
    {},
    GLOBAL_OPTIONS,
    ...COMMANDS.map((command) => command.options)
  )
  const first = parseCommandLine(argv, allOptions)
  const lang = first.values.lang
  let locale: Locale = localeFromEnv(io.env)
  const fail = (message: string, help: string) => {
    io.stderr.write(`lacralo: ${message}\n${t(locale, 'cli.error.seeHelp', { command: help })}\n`)
    return 2
  }
  if (typeof lang === 'string') {
    if (!isLocale(lang))
      return fail(t(locale, 'cli.error.unknownLanguage', { value: lang }), 'lacralo')
    locale = lang
  }
  const [group, name, ...args] = first.positionals
  const help = first.values.help === true
  const inGroup = COMMANDS.filter((command) => command.words[0] === group)
  const command = inGroup.find((candidate) => candidate.words[1] === name)
  const helpFor = command
    ? `lacralo ${command.words.join(' ')}`
    : inGroup.length > 0
      ? `lacralo ${group}`
      : 'lacralo'
  const [firstMistake] = first.errors
  if (firstMistake) return fail(commandLineMessage(firstMistake, locale), helpFor)

  if (group === undefined) {
    if (help) return done(io, commandListUsage(COMMANDS, locale))
    return fail(t(locale, 'cli.error.missingCommand'), helpFor)
  }
  if (inGroup.length === 0)
    return fail(t(locale, 'cli.error.unknownCommand', { command: group }), helpFor)
  if (name === undefined) {
    if (help) return done(io, commandListUsage(COMMANDS, locale, group))
    return fail(t(locale, 'cli.error.missingCommand'), helpFor)
  }
  if (command === undefined)
    return fail(t(locale, 'cli.error.unknownCommand', { command: `${group} ${name}` }), helpFor)

  const commandLine = parseCommandLine(argv, { ...GLOBAL_OPTIONS, ...command.options })
  const [mistake] = commandLine.errors
  if (mistake) return fail(commandLineMessage(mistake, locale), helpFor)
  if (help) return done(io, commandUsage(command, locale))

  try {
    return await command.run({ args, values: commandLine.values, locale, io })
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    if (error.showHelp) return fail(error.message, helpFor)
    io.stderr.write(`lacralo: ${error.message}\n`)
    return error.exitCode
  }
}

function done(io: CliIo, text: string): number {
  io.stdout.write(text)
  return 0
}

function commandLineMessage(mistake: CommandLineError, locale: Locale): string {
  const params = { option: mistake.option }
  if (mistake.kind === 'unknownOption') return t(locale, 'cli.error.unknownOption', params)
  if (mistake.kind === 'missingValue') return t(locale, 'cli.error.missingValue', params)
  return t(locale, 'cli.error.unexpectedValue', params)
}
