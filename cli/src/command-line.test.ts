import { describe, expect, it } from 'vitest'
import { parseCommandLine } from './command-line'

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

describe('parseCommandLine', () => {
  it('separates positionals from options, wherever the options are', () => {
    expect(
      parseCommandLine(['events', '--lang=es', 'import', 'a.csv', '--json', '-h'], OPTIONS)
    ).toEqual({
      positionals: ['events', 'import', 'a.csv'],
      values: { lang: 'es', json: true, help: true },
      errors: [],
    })
  })

  it('reads what follows -- as positionals', () => {
    expect(
      parseCommandLine(['events', 'import', '--', '--odd name.csv'], OPTIONS).positionals
    ).toEqual(['events', 'import', '--odd name.csv'])
  })

  it('collects every mistake instead of throwing', () => {
    expect(
      parseCommandLine(['--verbose', 'a.csv', '--json=yes', '--lang'], OPTIONS).errors
    ).toEqual([
      { kind: 'unknownOption', option: '--verbose' },
      { kind: 'unexpectedValue', option: '--json' },
      { kind: 'missingValue', option: '--lang' },
    ])
  })

  it('does not take the next option as the value of one that needs a value', () => {
    const commandLine = parseCommandLine(['--lang', '--json'], OPTIONS)
    expect(commandLine.values.lang).toBeUndefined()
    expect(commandLine.errors).toEqual([{ kind: 'missingValue', option: '--lang' }])
  })
})
