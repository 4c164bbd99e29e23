// The argument parser: node:util parseArgs, with every mistake collected for a localized message.
import { parseArgs } from 'node:util'

/** An option a command accepts: a flag (boolean) or one that takes a value (string). */
export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
}

export type OptionValues = Record<string, string | boolean | undefined>

/** What is wrong with the command line, for the message catalogue. */
export type CommandLineError =
  | { kind: 'unknownOption'; option: string }
  | { kind: 'missingValue'; option: string }
  | { kind: 'unexpectedValue'; option: string }

export interface CommandLine {
  positionals: string[]
  values: OptionValues
  errors: CommandLineError[]
}

/**
 * Splits arguments into positionals and options. Unlike parseArgs' strict mode it does not
 * throw an English message: it returns the mistakes (unknown option, a value missing or given
 * where none is taken) with what it could read, so the caller can answer in the person's language.
 *
 * @example
 * parseCommandLine(['events', 'import', 'calendar.csv', '--lang', 'es'], { lang: { type: 'string' } })
 * // { positionals: ['events', 'import', 'calendar.csv'], values: { lang: 'es' }, errors: [] }
 */
export function parseCommandLine(
  argv: readonly string[],
  options: Record<string, OptionSpec>
): CommandLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const commandLine: CommandLine = { positionals: [], values: {}, errors: [] }
  for (const token of tokens) {
    if (token.kind === 'positional') commandLine.positionals.push(token.value)
    if (token.kind !== 'option') continue
    const spec = options[token.name]
    if (spec === undefined) {
      commandLine.errors.push({ kind: 'unknownOption', option: token.rawName })
    } else if (spec.type === 'boolean') {
      if (token.value !== undefined)
        commandLine.errors.push({ kind: 'unexpectedValue', option: token.rawName })
      else commandLine.values[token.name] = true
    } else if (
      token.value === undefined ||
      // "--lang --json": parseArgs would take the next option as the value.
      (!token.inlineValue && token.value.startsWith('-'))
    ) {
      commandLine.errors.push({ kind: 'missingValue', option: token.rawName })
    } else {
      commandLine.values[token.name] = token.value
    }
  }
  return commandLine
}
