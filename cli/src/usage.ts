// The CLI's help texts, built from the table of commands so a new command documents itself.
import { translator } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { CliCommand, CommandOption } from './cli-command'

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, CommandOption> = {
  lang: { type: 'string', help: 'cli.option.lang' },
  help: { type: 'boolean', short: 'h', help: 'cli.option.help' },
}

/**
 * Help for `lacralo --help` (all commands) or `lacralo events --help` (one group).
 *
 * @example
 * io.stdout.write(commandListUsage(COMMANDS, 'en'))
 */
export function commandListUsage(
  commands: readonly CliCommand[],
  locale: Locale,
  group?: string
): string {
  const tr = translator(locale)
  const listed = commands.filter((command) => group === undefined || command.words[0] === group)
  const synopsis = group === undefined ? tr('cli.usage.main') : tr('cli.usage.group', { group })
  const first = listed[0]
  return [
    ...(group === undefined ? [tr('cli.usage.intro'), ''] : []),
    `${tr('cli.usage.label')} ${synopsis}`,
    '',
    tr('cli.usage.commands'),
    ...table(listed.map((command) => [command.words.join(' '), tr(command.summary)])),
    '',
    tr('cli.usage.options'),
    ...optionLines(GLOBAL_OPTIONS, locale),
    ...(first
      ? ['', tr('cli.usage.more', { example: `lacralo ${first.words.join(' ')} --help` })]
      : []),
    '',
  ].join('\n')
}

/**
 * Help for one command: its usage line, what it does, its options.
 *
 * @example
 * io.stdout.write(commandUsage(eventsImportCommand, 'es'))
 */
export function commandUsage(command: CliCommand, locale: Locale): string {
  const tr = translator(locale)
  return [
    `${tr('cli.usage.label')} ${tr(command.synopsis)}`,
    '',
    `${capitalize(tr(command.summary))}.`,
    '',
    tr('cli.usage.options'),
    ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }, locale),
    ...(command.details ? ['', tr(command.details)] : []),
    '',
  ].join('\n')
}

function optionLines(options: Record<string, CommandOption>, locale: Locale): string[] {
  const tr = translator(locale)
  return table(
    Object.entries(options).map(([name, option]) => {
      const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${tr('cli.usage.value')}>` : ''}`
      return [flag, tr(option.help)]
    })
  )
}

function table(rows: readonly (readonly [string, string])[] | string[][]): string[] {
  const width = Math.max(0, ...rows.map((row) => (row[0] ?? '').length))
  return rows.map(([left = '', right = '']) => `  ${left.padEnd(width)}   ${right}`)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
