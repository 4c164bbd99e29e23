import { describe, expect, it } from 'vitest'
import { headerRow } from '../../../shared/workbook/tabs'
import { createTestbed } from '../testing/action-testbed'
import { CHECKED_TABS } from './tab-check'
import { runSelectCell, runValidation } from './validate-workbook'

const MARK = '#fce8e6'

function event(id: string, fields: Record<string, unknown> = {}) {
  return { id, title: `Event ${id}`, startDate: '2023-03-26', ...fields }
}

/** The cell of `header` in `row` (1-based), as the fake holds it. */
function cell(bed: ReturnType<typeof createTestbed>, tab: string, row: number, header: string) {
  const column = (bed.values(tab)[0] ?? []).indexOf(header) + 1
  return bed.fake.spreadsheet.sheet(tab).cellAt(row, column)
}

describe('Check the spreadsheet', () => {
  it('lists each problem in the user’s language, on its tab, row and column', () => {
    const bed = createTestbed({ locale: 'es' })
    bed.fill('Events', [
      event('caribnog-25'),
      event('lacnic-39', { startDate: '2023-02-30' }),
      event('caribnog-25', { startDate: '2023-05-02' }),
    ])
    const result = runValidation(bed.host)
    if (!result.ok) throw new Error(result.message)
    expect(result.valid).toBe(false)
    expect(result.problems).toEqual([
      {
        tab: 'Events',
        row: 3,
        column: 'Start date',
        message: expect.stringContaining('2023-02-30'),
        severity: 'error',
      },
      {
        tab: 'Events',
        row: 4,
        column: 'ID',
        message: 'ID «caribnog-25» ya se usa en la fila 2; cada fila necesita su propio ID.',
        severity: 'error',
      },
    ])
    expect(result.message).toMatch(/^Problemas encontrados: 2\./)
    expect(result.tabs.find((tab) => tab.tab === 'Events')).toEqual({
      tab: 'Events',
      rows: 3,
      problems: 2,
      missing: false,
    })
    expect(bed.fake.spreadsheet.toasts.at(-1)?.title).toBe('Revisar la hoja de cálculo')
  })

  it('marks the problem cells with a note and a fill, and unmarks them once fixed', () => {
    const bed = createTestbed()
    bed.fill('Events', [event('caribnog-25'), event('lacnic-39', { startDate: '2023-02-30' })])
    runValidation(bed.host)
    const marked = cell(bed, 'Events', 3, 'Start date')
    expect(marked.background).toBe(MARK)
    expect(marked.note).toMatch(/^⚠ Start date: /)
    expect(cell(bed, 'Events', 2, 'Start date').background).toBeNull()

    // Staff fix the date and leave a note of their own on the cell.
    const sheet = bed.fake.spreadsheet.sheet('Events')
    const column = headerRow('Events').indexOf('Start date') + 1
    sheet.cellForWrite(3, column).value = '2023-03-02'
    sheet.cellForWrite(3, column).note = `${marked.note}\n\nConfirmed with LACNIC`
    const again = runValidation(bed.host)
    expect(again).toMatchObject({ ok: true, valid: true, problemCount: 0 })
    expect(cell(bed, 'Events', 3, 'Start date')).toMatchObject({
      background: null,
      note: 'Confirmed with LACNIC',
    })
  })

  it('reports a missing tab and goes on with the others', () => {
    const bed = createTestbed({ setUp: false })
    bed.fake.spreadsheet.seed('Events', [
      headerRow('Events'),
      ['caribnog-25', 'CaribNOG 25', '2023-03-26'],
    ])
    const result = runValidation(bed.host)
    if (!result.ok) throw new Error(result.message)
    expect(result.tabs.filter((tab) => tab.missing).map((tab) => tab.tab)).toEqual(
      CHECKED_TABS.filter((tab) => tab !== 'Events')
    )
    expect(result.problems[0]).toEqual({
      tab: 'ALS',
      row: null,
      column: null,
      message:
        'The ALS tab is missing. Run "Set up this spreadsheet" from the add-on menu to create it.',
      severity: 'error',
    })
  })

  it('reports a missing required column once, not once per row', () => {
    const bed = createTestbed({ setUp: false })
    bed.fake.spreadsheet.seed('Events', [
      ['ID', 'Start date'],
      ['caribnog-25', '2023-03-26'],
      ['lacnic-39', '2023-05-02'],
    ])
    const result = runValidation(bed.host)
    if (!result.ok) throw new Error(result.message)
    const events = result.problems.filter((problem) => problem.tab === 'Events')
    expect(events).toHaveLength(1)
    expect(events[0]?.message).toContain("no column headed 'Title'")
  })

  it('checks Settings by key: unknown settings and values out of range', () => {
    const bed = createTestbed({ locale: 'fr' })
    bed.fill('Settings', [{ key: 'crop.leadTimeWeks', value: '6', description: null }])
    const settings = bed.values('Settings')
    const row = settings.findIndex((line) => line[0] === 'alsReviewMonths') + 1
    bed.fake.spreadsheet.sheet('Settings').cellForWrite(row, 2).value = 99
    const result = runValidation(bed.host)
    if (!result.ok) throw new Error(result.message)
    expect(result.problems.filter((problem) => problem.tab === 'Settings')).toEqual([
      {
        tab: 'Settings',
        row,
        column: 'Value',
        message: 'Révision de l’ALS après (mois) : « 99 » est trop grand ; le maximum est 60',
        severity: 'error',
      },
      {
        tab: 'Settings',
        row: settings.length,
        column: 'Setting',
        message: expect.stringContaining('« crop.leadTimeWeks » n’est pas un paramètre des outils'),
        severity: 'error',
      },
    ])
  })

  it('leaves erased registrations alone but flags a live one without its email', () => {
    const bed = createTestbed()
    const registration = {
      id: 'r-1',
      webinarSlug: 'dnssec-2023',
      name: 'Zoë Saldaña',
      email: 'zoë@correo.example',
      emailKey: 'zoë@correo.example',
      country: 'DO',
      language: 'es',
      consent: { given: true, textVersion: '2024-01' },
      status: 'registered',
      createdAt: '2023-03-01T12:00:00Z',
      updatedAt: '2023-03-01T12:00:00Z',
    }
    bed.fill('Registrations', [
      registration,
      {
        ...registration,
        id: 'r-2',
        name: '(erased)',
        email: null,
        emailKey: null,
        country: null,
        status: 'cancelled',
      },
      { ...registration, id: 'r-3', email: null, emailKey: null },
    ])
    const result = runValidation(bed.host)
    if (!result.ok) throw new Error(result.message)
    const rows = result.problems
      .filter((problem) => problem.tab === 'Registrations')
      .map((problem) => problem.row)
    expect(new Set(rows)).toEqual(new Set([4]))
  })

  it('changes nothing and says so while someone else holds the lock', () => {
    const bed = createTestbed()
    bed.fill('Events', [event('lacnic-39', { startDate: '2023-02-30' })])
    const before = bed.fake.spreadsheet.snapshot()
    bed.fake.locks.holdElsewhere('document')
    const result = runValidation(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'busy' })
    expect(bed.fake.spreadsheet.snapshot()).toEqual(before)
  })
})

describe('Check the spreadsheet: spreadsheet calls', () => {
  function run(rows: number) {
    const bed = createTestbed()
    bed.fill(
      'Events',
      Array.from({ length: rows }, (_, index) =>
        event(`event-${index}`, index % 100 === 7 ? { startDate: '2023-02-30' } : {})
      )
    )
    const first = runValidation(bed.host)
    bed.fake.calls.reset()
    const second = runValidation(bed.host)
    return { bed, first, second, calls: bed.fake.calls }
  }

  it('reads each tab once and marks in a few batches, whatever the number of rows', () => {
    const small = run(10)
    const large = run(5_000)
    expect(large.second).toMatchObject({ ok: true, problemCount: 50 })
    for (const method of ['getValues', 'setNotes', 'setBackgrounds', 'setValues', 'getDataRange']) {
      expect([method, large.calls.count(method)]).toEqual([method, small.calls.count(method)])
    }
    // One read of each tab, plus the header row markCells looks at in the one marked tab.
    expect(large.calls.count('getValues')).toBe(CHECKED_TABS.length + 1)
    // Clearing the old marks and writing the new: notes and fills, twice, in Events only.
    expect(large.calls.count('setNotes')).toBe(2)
    expect(large.calls.count('setBackgrounds')).toBe(2)
    expect(large.calls.count('setValues')).toBe(0)
    expect(large.calls.writes()).toBe(4)
  })
})

describe('Go to a problem', () => {
  it('puts the cursor on the cell of a problem', () => {
    const bed = createTestbed()
    bed.fill('Events', [event('caribnog-25'), event('lacnic-39')])
    const result = runSelectCell(bed.host, 'Events', 3, 'Start date')
    expect(result).toEqual({ ok: true, message: '', tab: 'Events', row: 3, column: 'Start date' })
    expect(bed.fake.spreadsheet.selected()).toEqual({ sheet: 'Events', a1: 'C3' })
    runSelectCell(bed.host, 'Settings', 2, null)
    expect(bed.fake.spreadsheet.selected()).toEqual({ sheet: 'Settings', a1: 'A2' })
    expect(bed.fake.spreadsheet.toasts).toEqual([])
  })

  it.each([
    ['Nowhere', 2, 'ID', 'invalid-input'],
    ['Events', 2, 'No such column', 'invalid-input'],
    ['Events', 0, 'ID', 'invalid-input'],
    ['Events', 2.5, 'ID', 'invalid-input'],
    [42, 2, 'ID', 'invalid-input'],
    ['Events', 2, 7, 'invalid-input'],
  ])('answers a cell that is not there (%j, %j, %j) without moving', (tab, row, column, code) => {
    const bed = createTestbed({ locale: 'es' })
    const before = bed.fake.spreadsheet.selected()
    const result = runSelectCell(bed.host, tab, row, column)
    expect(result).toMatchObject({ ok: false, code })
    expect(result.message).not.toBe('')
    expect(bed.fake.spreadsheet.selected()).toEqual(before)
  })
})
