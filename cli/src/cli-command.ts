// The shape of a `lacralo` subcommand, so main.ts can list, document and dispatch it from one table.
import type { MessageKey } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { CliIo } from './cli-io'
import type { OptionSpec, OptionValues } from './command-line'

/** An option of a command, with its line in the help. */
export interface CommandOption extends OptionSpec {
  help: MessageKey
}

/** What a command receives once its command line is known to be well formed. */
export interface CommandInput {
  /** The arguments after the command's own words (`events import`). */
  args: string[]
  values: OptionValues
  locale: Locale
  io: CliIo
}

/**
 * A subcommand: its words, its help, its options and what it does. `run` returns the exit
 * code, or throws a CliError.
 *
 * @example
 * export const eventsImportCommand: CliCommand = {
 *   words: ['events', 'import'],
 *   synopsis: 'cli.events.import.synopsis',
 *   summary: 'cli.events.import.summary',
 *   options: { json: { type: 'boolean', help: 'cli.option.json' } },
 *   run: async ({ args, values, locale, io }) => 0,
 * }
 */
export interface CliCommand {
  words: readonly [group: string, name: string]
  /** The usage line, e.g. "lacralo events import <file.csv> [--json] [--lang <code>]". */
  synopsis: MessageKey
  /** One line for the list of commands. */
  summary: MessageKey
  /** More about the command for its --help (exit codes ...), if anything. */
  details?: MessageKey
  options: Record<string, CommandOption>
  run(input: CommandInput): Promise<number>
}
