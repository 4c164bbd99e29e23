import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { eventsImportCommand, hasErrors, runEventsImport } from './events-import'
import { memoryIo } from './testing/memory-io'

const FIXTURE = readFileSync(
  new URL('../../tests/fixtures/outreach-calendar-2023.csv', import.meta.url),
  'utf8'
)

describe('runEventsImport', () => {
  it('reads the file and returns the import, for other commands to use', async () => {
    const io = memoryIo({ files: { 'calendar.csv': FIXTURE } })
    const result = await runEventsImport({ file: 'calendar.csv', locale: 'pt', io })
    expect(result.events).toHaveLength(57)
    expect(hasErrors(result)).toBe(false)
    expect(result.problems[0]?.message).toMatch(/^Linha 2, coluna Date:/)
  })

  it.each([
    ['ENOENT', 'cannot read calendar.csv: there is no such file.'],
    ['EISDIR', 'cannot read calendar.csv: it is a folder, not a file.'],
    ['EACCES', 'cannot read calendar.csv: you do not have permission to read it.'],
    ['EIO', 'cannot read calendar.csv: i/o error'],
  ])('says which file cannot be read and why (%s)', async (code, message) => {
    const io = {
      readFile: async () => {
        throw Object.assign(new Error('i/o error'), { code })
      },
    }
    const attempt = runEventsImport({ file: 'calendar.csv', locale: 'en', io })
    await expect(attempt).rejects.toThrow(new CliError(message))
    await expect(attempt).rejects.toMatchObject({ exitCode: 2 })
  })

  it('refuses a file that is not UTF-8 text rather than import garbled names', async () => {
    const io = memoryIo({ files: { 'latin1.csv': 'Event Name,Date\nReuni\uFFFDn,3/5/23\n' } })
    await expect(runEventsImport({ file: 'latin1.csv', locale: 'es', io })).rejects.toThrow(
      'no se puede leer latin1.csv: no es texto UTF-8. Expórtelo de nuevo como «CSV UTF-8» y vuelva a intentarlo.'
    )
  })
})

describe('eventsImportCommand', () => {
  it('exits 1 when the table has errors, 0 when it has warnings only', async () => {
    const files = { 'good.csv': FIXTURE, 'bad.csv': 'Event Name,Date\nCaribNOG 25,someday\n' }
    const good = memoryIo({ files })
    expect(
      await eventsImportCommand.run({ args: ['good.csv'], values: {}, locale: 'en', io: good })
    ).toBe(0)
    const bad = memoryIo({ files })
    expect(
      await eventsImportCommand.run({ args: ['bad.csv'], values: {}, locale: 'en', io: bad })
    ).toBe(1)
    expect(bad.out()).toContain("'someday' is not a date the import can read")
  })

  it('asks for exactly one file', async () => {
    const io = memoryIo()
    await expect(
      eventsImportCommand.run({ args: [], values: {}, locale: 'en', io })
    ).rejects.toMatchObject({
      message: 'the file to import is missing.',
      showHelp: true,
    })
    await expect(
      eventsImportCommand.run({ args: ['a.csv', 'b.csv'], values: {}, locale: 'en', io })
    ).rejects.toMatchObject({ message: "unexpected argument 'b.csv': give one file.", exitCode: 2 })
  })
})
