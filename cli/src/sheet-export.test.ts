// `lacralo sheet export`: every tab to CSV and JSON plus a manifest, read with one values.batchGet.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { headerRow } from '../../shared/workbook/tabs'
import { manifestSchema, tabBackupSchema } from './sheet-backup'
import { EVENTS_ROWS, HOSTILE, NOTES_ROWS } from './testing/fake-sheets-seeds'
import { type SheetsTestbed, startSheetsTestbed } from './testing/fake-sheets-testbed'

const ID = '1LacraloDashboardExportTest000001'
let bed: SheetsTestbed
beforeEach(async () => {
  bed = await startSheetsTestbed()
  bed.addSpreadsheet({
    id: ID,
    title: 'LACRALO Dashboard 2023',
    sheets: [
      { title: 'Events', rows: EVENTS_ROWS },
      { title: 'Staff notes', rows: NOTES_ROWS },
      { title: 'Sheet1' },
    ],
  })
})
afterEach(async () => {
  await bed.close()
})

async function exportTo(folder: string, ...more: string[]) {
  return bed.run(['sheet', 'export', '--spreadsheet', ID, '--out', folder, ...more])
}

describe('lacralo sheet export', () => {
  it('writes a CSV and a JSON file per tab and a manifest, reading every tab in one values.batchGet', async () => {
    const folder = path.join(bed.dir, 'backup')
    const { code, out, err } = await exportTo(folder)
    expect([code, err]).toEqual([0, ''])
    expect(bed.server.requestsTo('values.batchGet')).toHaveLength(1)
    expect(bed.server.requestsTo('values.batchGet')[0]?.query.ranges).toEqual([
      "'Events'",
      "'Staff notes'",
      "'Sheet1'",
    ])
    expect(bed.server.requests.some((request) => request.method !== 'GET')).toBe(false)

    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'))
    )
    expect(manifest.spreadsheet).toEqual({
      id: ID,
      title: 'LACRALO Dashboard 2023',
      timeZone: 'America/Montevideo',
    })
    expect(Date.now() - Date.parse(manifest.exportedAt)).toBeLessThan(60_000)
    expect(manifest.tabs).toEqual([
      { name: 'Events', rows: 3, columns: 17, csv: '01-Events.csv', json: '01-Events.json' },
      {
        name: 'Staff notes',
        rows: 2,
        columns: 4,
        csv: '02-Staff-notes.csv',
        json: '02-Staff-notes.json',
      },
      { name: 'Sheet1', rows: 0, columns: 0, csv: '03-Sheet1.csv', json: '03-Sheet1.json' },
    ])
    expect((await readdir(folder)).sort()).toEqual(
      ['manifest.json', ...manifest.tabs.flatMap((tab) => [tab.csv, tab.json])].sort()
    )
    expect(out).toContain(`Backed up 3 tabs of “LACRALO Dashboard 2023” to ${folder}:`)
    expect(out).toContain('  Events: 3 rows (01-Events.csv, 01-Events.json)')
  })

  it('keeps the exact values in JSON, rows keyed by header: text as text, numbers, booleans, dates as shown', async () => {
    const folder = path.join(bed.dir, 'backup')
    await exportTo(folder)
    const events = tabBackupSchema.parse(
      JSON.parse(await readFile(path.join(folder, '01-Events.json'), 'utf8'))
    )
    expect(events.headers).toEqual(headerRow('Events'))
    expect(events.rows[0]).toMatchObject({
      ID: 'caribnog-25',
      Title: HOSTILE,
      'Start date': '2023-03-26',
      'Start time': '09:30',
      'CROP eligible': true,
      Description: '+1 "quoted", with a comma\nand a second line',
    })
    // The empty row keeps its place, so the rows after it do too.
    expect(Object.values(events.rows[1] ?? {}).every((value) => value === '')).toBe(true)
    expect(events.rows[2]).toMatchObject({ ID: 'icann-77', Title: '0042', 'End date': '' })
    const notes = tabBackupSchema.parse(
      JSON.parse(await readFile(path.join(folder, '02-Staff-notes.json'), 'utf8'))
    )
    expect(notes.headers).toEqual(['Who', '', 'Who', 'Amount'])
    expect(notes.rows).toEqual([
      { Who: 'Ana', '[B]': 'x', '[C]': 'again', Amount: 12.5 },
      { Who: 'Luis', '[B]': '', '[C]': '@everyone', Amount: '-5 (text)' },
    ])
  })

  it('writes CSV that a spreadsheet program opens without running anything', async () => {
    const folder = path.join(bed.dir, 'backup')
    await exportTo(folder)
    const csv = Papa.parse<string[]>(await readFile(path.join(folder, '01-Events.csv'), 'utf8'))
    expect(csv.errors).toEqual([])
    const [headers = [], first = []] = csv.data
    expect(headers).toEqual(headerRow('Events'))
    expect(first[1]).toBe(`'${HOSTILE}`)
    expect(first[15]).toBe('TRUE')
    expect(first[16]).toBe('\'+1 "quoted", with a comma\nand a second line')
    const notes = Papa.parse<string[]>(
      await readFile(path.join(folder, '02-Staff-notes.csv'), 'utf8')
    )
    expect(notes.data).toEqual([
      ['Who', '', 'Who', 'Amount'],
      ['Ana', 'x', 'again', '12.5'],
      ['Luis', '', "'@everyone", "'-5 (text)"],
    ])
  })

  it('refuses without --out, before contacting Google', async () => {
    const { code, err } = await bed.run(['sheet', 'export', '--spreadsheet', ID])
    expect(code).toBe(2)
    expect(err).toContain('the folder to write the backup into is missing: give --out <folder>.')
    expect(bed.server.requests).toEqual([])
  })
})
