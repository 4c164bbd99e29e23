// An error the CLI reports to the person and ends with: the message is already in their language.
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'

/**
 * Thrown by a command for a problem it cannot go on with. `main` prints the message to stderr
 * and exits with `exitCode` (2: bad arguments or an unreadable file); with `showHelp` it also
 * points at the command's --help.
 *
 * @example
 * throw new CliError(t(locale, 'cli.error.missingFile'), { showHelp: true })
 */
export class CliError extends Error {
  readonly exitCode: number
  readonly showHelp: boolean

  constructor(message: string, options: { exitCode?: number; showHelp?: boolean } = {}) {
    super(message)
    this.name = 'CliError'
    this.exitCode = options.exitCode ?? 2
    this.showHelp = options.showHelp ?? false
  }
}

/**
 * The one file a command takes: a usage error (exit 2, with --help) when it is missing or
 * followed by another argument.
 *
 * @example
 * const file = oneFileArgument(args, locale)
 */
export function oneFileArgument(args: readonly string[], locale: Locale): string {
  const [file, extra] = args
  if (file === undefined) throw new CliError(t(locale, 'cli.error.missingFile'), { showHelp: true })
  if (extra !== undefined)
    throw new CliError(t(locale, 'cli.error.extraArgument', { argument: extra }), {
      showHelp: true,
    })
  return file
}

/**
 * A command that takes options only (the `sheet` commands): a usage error (exit 2, with
 * --help) for any argument left over.
 *
 * @example
 * noArguments(args, locale)
 */
export function noArguments(args: readonly string[], locale: Locale): void {
  const [extra] = args
  if (extra !== undefined)
    throw new CliError(t(locale, 'cli.sheet.error.extraArgument', { argument: extra }), {
      showHelp: true,
    })
}
