// An error the CLI reports to the person and ends with: the message is already in their language.

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
