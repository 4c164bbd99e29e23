import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { main } from './main'
import { memoryIo } from './testing/memory-io'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FIXTURE_PATH = 'tests/fixtures/outreach-calendar-2023.csv'
const FIXTURE = readFileSync(path.join(ROOT, FIXTURE_PATH), 'utf8')
const files = {
  'calendar.csv': FIXTURE,
  'broken.csv': 'Event Name,Date\nCaribNOG 25,3/26/23\nRoadshow,32/13/23\n',
}

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ files, env })
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

describe('lacralo events import', () => {
  it('prints a report and exits 0 for the 2023 calendar, which has warnings only', async () => {
    const { code, out, err } = await run(['events', 'import', 'calendar.csv'])
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toContain("17   Date        Warning   '25/5/23' reads as 25 May 2023 (day first)")
    expect(out).toContain('Events: 57   Errors: 0   Warnings: 26')
  })

  it('prints exactly the events and problems as JSON with --json', async () => {
    const { code, out } = await run(['events', 'import', '--json', 'calendar.csv'])
    expect(code).toBe(0)
    const parsed = JSON.parse(out)
    expect(Object.keys(parsed)).toEqual(['events', 'problems'])
    expect(parsed.events).toHaveLength(57)
    expect(parsed.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([])
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
  })

  it('exits 1 when the table has errors, with or without --json', async () => {
    const report = await run(['events', 'import', 'broken.csv'])
    expect(report.code).toBe(1)
    expect(report.out).toContain("'32/13/23' is not a date the import can read")
    const json = await run(['events', 'import', 'broken.csv', '--json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.out).events).toHaveLength(1)
  })

  it('speaks the language of --lang, else of LANG', async () => {
    const byFlag = await run(['events', 'import', 'calendar.csv', '--lang', 'es'], {
      LANG: 'fr_FR.UTF-8',
    })
    expect(byFlag.out).toContain('Eventos: 57   Errores: 0   Advertencias: 26')
    const byEnv = await run(['events', 'import', 'calendar.csv'], { LANG: 'fr_FR.UTF-8' })
    expect(byEnv.out).toContain(
      'Événements\u00a0: 57   Erreurs\u00a0: 0   Avertissements\u00a0: 26'
    )
  })

  it('exits 2 naming the file that cannot be read and why', async () => {
    const { code, out, err } = await run(['events', 'import', 'missing.csv'])
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe('lacralo: cannot read missing.csv: there is no such file.\n')
  })
})

describe('lacralo arguments', () => {
  it.each([
    [['--help'], 'Usage: lacralo <command> [options]'],
    [['-h'], 'Usage: lacralo <command> [options]'],
    [['events', '--help'], 'Usage: lacralo events <command> [options]'],
    [
      ['events', 'import', '--help'],
      'Usage: lacralo events import <file.csv> [--json] [--lang <code>]',
    ],
  ])('%j prints usage and exits 0', async (argv, usage) => {
    const { code, out, err } = await run(argv)
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toContain(usage)
  })

  it.each([
    [[], 'lacralo: a command is missing.', "See 'lacralo --help'."],
    [['events'], 'lacralo: a command is missing.', "See 'lacralo events --help'."],
    [['calendar'], "lacralo: unknown command 'calendar'.", "See 'lacralo --help'."],
    [
      ['events', 'export'],
      "lacralo: unknown command 'events export'.",
      "See 'lacralo events --help'.",
    ],
    [
      ['events', 'import'],
      'lacralo: the file to import is missing.',
      "See 'lacralo events import --help'.",
    ],
    [
      ['events', 'import', 'calendar.csv', '--verbose'],
      "lacralo: unknown option '--verbose'.",
      "See 'lacralo events import --help'.",
    ],
    [
      ['events', 'import', 'calendar.csv', '--json=yes'],
      "lacralo: the option '--json' takes no value.",
      "See 'lacralo events import --help'.",
    ],
    [
      ['events', 'import', 'calendar.csv', '--lang'],
      "lacralo: the option '--lang' needs a value.",
      "See 'lacralo events import --help'.",
    ],
    [
      ['events', 'import', 'calendar.csv', '--lang', 'de'],
      "lacralo: unknown language 'de': use en, es, pt or fr.",
      "See 'lacralo --help'.",
    ],
  ])('%j exits 2 with a clear message on stderr', async (argv, message, hint) => {
    const { code, out, err } = await run(argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe(`${message}\n${hint}\n`)
  })

  it('words usage errors in the language asked for', async () => {
    const { err } = await run(['events', 'import', '--lang', 'pt'])
    expect(err).toBe('lacralo: falta o arquivo a importar.\nVeja “lacralo events import --help”.\n')
  })
})

describe('the installed lacralo command', () => {
  it('imports the fixture as JSON and exits 0', async () => {
    const bin = path.join(ROOT, 'node_modules/.bin')
    const { stdout } = await promisify(execFile)(
      path.join(bin, 'lacralo'),
      ['events', 'import', FIXTURE_PATH, '--json'],
      { cwd: ROOT, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` } }
    )
    expect(JSON.parse(stdout).events).toHaveLength(57)
  }, 30_000)
})
