import { describe, expect, it } from 'vitest'
import { COMMANDS } from './main'
import { commandListUsage, commandUsage } from './usage'

describe('usage', () => {
  it('lists every command of the table with its summary', () => {
    const usage = commandListUsage(COMMANDS, 'en')
    expect(usage).toContain('Usage: lacralo <command> [options]')
    for (const command of COMMANDS)
      expect(usage).toMatch(new RegExp(`^  ${command.words.join(' ')} +\\S`, 'm'))
    expect(usage).toMatch(/^ {2}events import +check a calendar table \(CSV\)/m)
    expect(usage).toContain('--lang <value>')
  })

  it('shows one command with its own and the global options, in the language asked for', () => {
    const [command] = COMMANDS
    if (!command) throw new Error('no command')
    const usage = commandUsage(command, 'pt')
    expect(usage).toContain('Uso: lacralo events import <arquivo.csv> [--json] [--lang <código>]')
    expect(usage).toContain('Verifica uma tabela do calendário (CSV)')
    expect(usage).toMatch(/--json +imprime os eventos e os problemas em JSON/)
    expect(usage).toMatch(/-h, --help +mostra esta ajuda/)
    expect(usage).toContain('Código de saída: 0')
  })

  it('lists only the commands of a group for `lacralo events --help`', () => {
    const usage = commandListUsage(COMMANDS, 'fr', 'events')
    expect(usage).toContain('Utilisation\u00a0: lacralo events <commande> [options]')
    expect(usage).not.toContain('le LACRALO Outreach Toolkit')
  })
})
