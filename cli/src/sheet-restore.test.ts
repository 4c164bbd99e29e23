// `lacralo sheet restore`: a backup written back, refused over tabs that hold rows unless --force,
// and export → restore → export giving the same files.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { headerRow } from '../../shared/workbook/tabs'
import { restoredCell } from './sheet-restore'
import { EVENTS_ROWS, HOSTILE, NOTES_ROWS } from './testing/fake-sheets-seeds'
import { type SheetsTestbed, startSheetsTestbed } from './testing/fake-sheets-testbed'

const SOURCE = '1LacraloDashboardRestoreSource001'
const TARGET = '1LacraloDashboardRestoreTarget001'

let bed: SheetsTestbed
let backup: string
beforeEach(async () => {
  bed = await startSheetsTestbed()
  bed.addSpreadsheet({
    id: SOURCE,
    title: 'LACRALO Dashboard 2023',
    sheets: [
      { title: 'Events', rows: EVENTS_ROWS },
      { title: 'Staff notes', rows: NOTES_ROWS },
      { title: 'Sheet1' },
    ],
  })
  backup = path.join(bed.dir, 'backup')
  const exported = await bed.run(['sheet', 'export', '--spreadsheet', SOURCE, '--out', backup])
  expect(exported.code).toBe(0)
  bed.server.requests.length = 0
})
afterEach(async () => {
  await bed.close()
})

const restore = (...more: string[]) =>
  bed.run(['sheet', 'restore', '--spreadsheet', TARGET, '--from', backup, ...more])

/** Each tab's CSV and JSON text, by tab name (file names carry the tab's position). */
async function tabFiles(folder: string): Promise<Record<string, { csv: string; json: string }>> {
  const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as {
    tabs: { name: string; csv: string; json: string }[]
  }
  const files: Record<string, { csv: string; json: string }> = {}
  for (const tab of manifest.tabs)
    files[tab.name] = {
      csv: await readFile(path.join(folder, tab.csv), 'utf8'),
      json: await readFile(path.join(folder, tab.json), 'utf8'),
    }
  return files
}

describe('lacralo sheet restore into a new spreadsheet', () => {
  it('creates the tabs and writes the backup in one values.batchUpdate; exporting again gives the same files', async () => {
    bed.addSpreadsheet({ id: TARGET })
    const { code, out, err } = await restore()
    expect([code, err]).toEqual([0, ''])
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toHaveLength(1)
    expect(bed.server.requestsTo('values.batchUpdate')).toHaveLength(1)
    expect(bed.server.spreadsheet(TARGET).sheetTitles()).toEqual([
      'Sheet1',
      'Events',
      'Staff notes',
    ])
    expect(out).toMatch(
      /^Restored the backup of \d{4}-\d{2}-\d{2}T.*Z \(“LACRALO Dashboard 2023”\):\n/
    )
    expect(out).toContain('  Events: 3 rows (tab created)')
    expect(out).toContain('  Sheet1: 0 rows\n')

    const again = path.join(bed.dir, 'again')
    expect((await bed.run(['sheet', 'export', '--spreadsheet', TARGET, '--out', again])).code).toBe(
      0
    )
    const [before, after] = await Promise.all([tabFiles(backup), tabFiles(again)])
    expect(after).toEqual(before)
  })

  it('writes text as text: nothing becomes a formula, a number or a date that was not one', async () => {
    bed.addSpreadsheet({ id: TARGET })
    await restore()
    const target = bed.server.spreadsheet(TARGET)
    expect(target.formulas()).toEqual([])
    const events = target.sheet('Events')
    expect(events.values()[1]?.[1]).toBe(HOSTILE)
    expect(events.kind(2, 2)).toBe('string')
    expect([events.kind(4, 2), events.values()[3]?.[1]]).toEqual(['string', '0042'])
    // Dates and times in the workbook's date and time columns are dates and times again.
    expect([events.kind(2, 3), events.values()[1]?.[2]]).toEqual(['number', '2023-03-26'])
    expect([events.kind(2, 5), events.values()[1]?.[4]]).toEqual(['number', '09:30'])
    expect(events.kind(2, 16)).toBe('boolean')
    const notes = target.sheet('Staff notes')
    expect(notes.values()).toEqual([
      ['Who', '', 'Who', 'Amount'],
      ['Ana', 'x', 'again', '12.5'],
      ['Luis', '', '@everyone', '-5 (text)'],
    ])
    expect([notes.kind(2, 4), notes.kind(3, 4)]).toEqual(['number', 'string'])
  })
})

describe('lacralo sheet restore over tabs that hold rows', () => {
  const TARGET_EVENTS = [
    headerRow('Events'),
    ['later-event', 'Added after the backup'],
    ['another', 'And another'],
    ['third', 'A third one, longer than the backup'],
    ['fourth', 'Four rows where the backup has three'],
  ]

  beforeEach(() => {
    bed.addSpreadsheet({
      id: TARGET,
      sheets: [
        { title: 'Sheet1' },
        { title: 'Events', rows: TARGET_EVENTS },
        { title: 'Staff notes' },
      ],
    })
  })

  it('refuses, names the tabs, and writes nothing', async () => {
    const before = bed.server.spreadsheet(TARGET).sheet('Events').snapshot()
    const { code, out, err } = await restore('--lang', 'es')
    expect([code, out]).toEqual([1, ''])
    expect(err).toBe(
      'No se restauró nada: estas pestañas tienen filas que la copia sobrescribiría: Events. Vuelva a ejecutar el comando con --force para sobrescribirlas.\n'
    )
    expect(bed.server.requests.every((request) => request.method === 'GET')).toBe(true)
    expect(bed.server.spreadsheet(TARGET).sheet('Events').snapshot()).toEqual(before)
  })

  it('overwrites them with --force, leaving nothing of what they held', async () => {
    const { code } = await restore('--force')
    expect(code).toBe(0)
    expect(bed.server.requestsTo('values.batchUpdate')).toHaveLength(1)
    // The tabs were all there and big enough: no structural change was needed.
    expect(bed.server.requestsTo('spreadsheets.batchUpdate')).toHaveLength(0)
    const again = path.join(bed.dir, 'again')
    await bed.run(['sheet', 'export', '--spreadsheet', TARGET, '--out', again])
    const [before, after] = await Promise.all([tabFiles(backup), tabFiles(again)])
    expect(after).toEqual(before)
    expect(JSON.stringify(bed.server.spreadsheet(TARGET).sheet('Events').values())).not.toContain(
      'fourth'
    )
  })
})

describe('a backup that cannot be trusted', () => {
  it('says which folder holds no manifest, and sends nothing', async () => {
    bed.addSpreadsheet({ id: TARGET })
    const empty = path.join(bed.dir, 'nothing-here')
    const { code, err } = await bed.run([
      'sheet',
      'restore',
      '--spreadsheet',
      TARGET,
      '--from',
      empty,
    ])
    expect(code).toBe(2)
    expect(err).toContain(
      `${empty} holds no manifest.json: give the folder that 'lacralo sheet export' wrote.`
    )
    expect(bed.server.requests).toEqual([])
  })

  it('refuses a tab file that was edited to hold another tab, before sending anything', async () => {
    bed.addSpreadsheet({ id: TARGET })
    const file = path.join(backup, '01-Events.json')
    const tab = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...tab, tab: 'Settings' }))
    const { code, err } = await restore()
    expect(code).toBe(2)
    expect(err).toContain(
      `${file} cannot be read as part of a backup made by 'lacralo sheet export'`
    )
    expect(bed.server.requests).toEqual([])
  })
})

describe('restoredCell', () => {
  it('keeps text text, and lets dates and times in date and time columns be dates again', () => {
    expect(restoredCell(HOSTILE)).toBe(`'${HOSTILE}`)
    expect(restoredCell('0042')).toBe("'0042")
    expect(restoredCell('plain words')).toBe('plain words')
    expect(restoredCell(12.5)).toBe(12.5)
    expect(restoredCell(false)).toBe(false)
    const startDate = { key: 'startDate', header: 'Start date', kind: 'date', width: 1 } as const
    const column = { ...startDate, required: false, blank: 'null' } as const
    expect(restoredCell('2023-03-26', column)).toBe('2023-03-26')
    expect(restoredCell('2023-03-26')).toBe("'2023-03-26")
    expect(restoredCell('placeholder', column)).toBe('placeholder')
  })
})
