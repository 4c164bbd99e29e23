import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'
import { importCalendar } from './import-calendar'
import { importCalendarRows, importCalendarTable } from './import-calendar-rows'
import { readTable } from './read-table'

const FIXTURE = readFileSync(
  new URL('../../tests/fixtures/outreach-calendar-2023.csv', import.meta.url),
  'utf8'
)

/** The modules and packages an esbuild bundle of `module` takes in, bundled as the add-on is. */
async function bundledInputs(module: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL(module, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // papaparse refers to Node's stream module, which the add-on cannot have either.
    external: ['stream'],
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

describe('importCalendarRows, the add-on’s calendar import', () => {
  it('reads the 2023 calendar from rows exactly as importCalendar reads the CSV', () => {
    const rows = readTable(FIXTURE).rows
    const fromRows = importCalendarRows(rows, { locale: 'es' })
    expect(fromRows.events).toHaveLength(57)
    expect(fromRows).toEqual(importCalendar(FIXTURE, { locale: 'es' }))
  })

  it('takes cells as a sheet gives them, blank cells as null, and explains problems', () => {
    const { events, problems } = importCalendarRows(
      [
        ['Event Name', 'Date', 'Country'],
        ['CaribNOG 25', new Date(2023, 2, 26), null],
        ['Foro de Gobernanza de Internet', 'placeholder', undefined],
        [null, '2023-04-01', 'UY'],
      ],
      { locale: 'pt' }
    )
    expect(events.map((event) => [event.id, event.startDate, event.status])).toEqual([
      ['caribnog-25-2023-03-26', '2023-03-26', 'confirmed'],
      ['foro-de-gobernanza-de-internet-undated', null, 'tentative'],
    ])
    expect(problems.map((problem) => problem.row)).toContain(4)
    expect(problems.find((problem) => problem.row === 4)?.message).toMatch(/^Linha 4/)
  })

  it('is what importCalendar runs after reading the CSV, unclosed quotes included', () => {
    const csv = 'Event Name,Date\nCaribNOG 25,3/26/23\n"CaribNOG 26,9/13/23\n'
    expect(importCalendarTable(readTable(csv))).toEqual(importCalendar(csv))
    expect(
      importCalendar(csv).problems.map((problem) => [problem.row, problem.code])
    ).toContainEqual([3, 'csv.quotes'])
  })

  it('bundles without papaparse, which stays with the CSV front end', async () => {
    const rowsOnly = await bundledInputs('./import-calendar-rows.ts')
    expect(rowsOnly.some((input) => input.includes('node_modules/papaparse/'))).toBe(false)
    expect(rowsOnly.some((input) => input.includes('node_modules/zod/v4/classic/'))).toBe(false)
    const withCsv = await bundledInputs('./import-calendar.ts')
    expect(withCsv.some((input) => input.includes('node_modules/papaparse/'))).toBe(true)
  })
})
