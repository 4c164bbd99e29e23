import { describe, expect, it } from 'vitest'
import { readTable } from '../../../shared/calendar-import/read-table'
import { t } from '../../../shared/i18n/catalogue'
import { attendanceRecordId } from '../../../shared/participation/match-attendance'
import { createTestbed } from '../testing/action-testbed'
import { fillRegion, INSIGHTS_NOW } from '../testing/insights-fixtures'
import { ACTIVE_HEADER, REASON_HEADER } from './activity-columns'
import { runImportAttendance, runRecordAttendance } from './import-attendance'

// A Zoom participant report: meeting details above the table, one person who joined twice, an
// email in capitals, a name with its accent dropped, a near-namesake and a stranger.
const ZOOM_CSV = [
  'Meeting ID,Topic,Start Time',
  '812 3456 7890,LACRALO monthly call,06/24/2026 06:00:00 PM',
  '',
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)',
  'Ana (Ana Pérez),ANA@EXAMPLE.ORG,06/24/2026 06:00:01 PM,06/24/2026 06:30:00 PM,30',
  'Ana (Ana Pérez),ana@example.org,06/24/2026 06:31:00 PM,06/24/2026 07:00:00 PM,29',
  'Kwame Joseph,,06/24/2026 06:02:00 PM,06/24/2026 07:00:00 PM,58',
  'Marie-Claire Duvalier,marie@exemple.ht,06/24/2026 06:03:00 PM,06/24/2026 07:00:00 PM,57',
  'Luis Gomez Rivera,lgr@correo.example,06/24/2026 06:04:00 PM,06/24/2026 07:00:00 PM,56',
  'Visitor,visitor@example.net,06/24/2026 06:05:00 PM,06/24/2026 06:10:00 PM,5',
].join('\n')

function request(csv = ZOOM_CSV, extra: Record<string, unknown> = {}) {
  const { rows, unclosedQuoteRows } = readTable(csv)
  return {
    meetingDate: '2026-06-24',
    kind: 'monthly-call',
    detail: 'LACRALO monthly call, June 2026',
    table: rows,
    unclosedQuoteRows,
    ...extra,
  }
}

// The ID the import gives a member's record of this meeting (deterministic: re-imports match it).
const recordId = (memberId: string) =>
  attendanceRecordId({
    memberId,
    date: '2026-06-24',
    kind: 'monthly-call',
    detail: 'LACRALO monthly call, June 2026',
  })

function setUp(locale = 'en') {
  const bed = createTestbed({ start: INSIGHTS_NOW, locale })
  fillRegion(bed)
  return bed
}

function column(bed: ReturnType<typeof setUp>, tab: string, header: string) {
  const [headers, ...rows] = bed.values(tab)
  const at = (headers ?? []).indexOf(header)
  const id = (headers ?? []).indexOf('ID')
  return Object.fromEntries(rows.map((row) => [row[id], row[at]]))
}

describe('Import attendance', () => {
  it('appends one record per member found, by email key or exact name, and lists the rest', () => {
    const bed = setUp()
    const before = bed.values('Participation').length
    const result = runImportAttendance(bed.host, request())
    if (!result.ok) throw new Error(result.message)
    expect(result.participants).toBe(6)
    expect(result.matched).toBe(3)
    expect(result.added).toBe(3)
    const participation = bed.values('Participation')
    expect(participation.length).toBe(before + 3)
    const added = participation.slice(before).map((row) => row.slice(0, 5))
    expect(added).toEqual(
      ['m-001', 'm-002', 'm-003'].map((memberId) => [
        recordId(memberId),
        memberId,
        expect.any(Date),
        'monthly-call',
        'LACRALO monthly call, June 2026',
      ])
    )
    // Never guessed: the near-namesake is offered, the stranger has no candidate.
    expect(result.unmatched.map((entry) => [entry.name, entry.reason])).toEqual([
      ['Luis Gomez Rivera', 'no-match'],
      ['Visitor', 'no-match'],
    ])
    expect(result.unmatched[0]?.candidates.map((candidate) => candidate.id)).toEqual(['m-004'])
    expect(result.unmatched[1]?.candidates).toEqual([])
    expect(result.unmatched[0]?.message).toContain('Luis Gómez (m-004)')
    expect(result.message).toBe(
      t('en', 'attendance.done', {
        added: 3,
        existing: 0,
        unmatched: 2,
        date: '2026-06-24',
        kind: 'Monthly call',
      })
    )
  })

  it('adds nothing when the same list is imported again', () => {
    const bed = setUp()
    runImportAttendance(bed.host, request())
    const before = bed.values('Participation')
    const again = runImportAttendance(bed.newHost(), request())
    if (!again.ok) throw new Error(again.message)
    expect(again.added).toBe(0)
    expect(again.alreadyThere).toBe(3)
    expect(bed.values('Participation')).toEqual(before)
  })

  it('recomputes Active and Reason on Members and ALS from the rule, overwriting hand-typed values', () => {
    const bed = setUp()
    runImportAttendance(bed.host, request())
    const members = bed.values('Members')
    expect(members[0]?.slice(-2)).toEqual([ACTIVE_HEADER, REASON_HEADER])
    const active = column(bed, 'Members', ACTIVE_HEADER)
    // Dwayne attended Jan–Mar: the new call pushes January out of the window of six.
    expect(active).toMatchObject({
      'm-001': 'yes',
      'm-003': 'yes',
      'm-005': 'no',
      'm-006': 'yes',
      'm-008': 'no',
    })
    const reasons = column(bed, 'Members', REASON_HEADER)
    expect(reasons['m-008']).toMatch(
      /^attended 2 of the last 6 monthly calls \(Feb\W+Jun 2026\); no vote in the last election$/
    )
    expect(reasons['m-006']).toBe('voted in the election of 2026-03-20')

    // Someone types "yes" by hand: the next recompute puts the rule's answer back.
    const sheet = bed.fake.spreadsheet.sheet('Members')
    const headers = members[0] ?? []
    const dwayneRow = members.findIndex((row) => row[0] === 'm-008') + 1
    sheet.cellForWrite(dwayneRow, headers.indexOf(ACTIVE_HEADER) + 1).value = 'yes'
    runImportAttendance(bed.newHost(), request())
    expect(column(bed, 'Members', ACTIVE_HEADER)['m-008']).toBe('no')

    const als = column(bed, 'ALS', ACTIVE_HEADER)
    expect(als).toMatchObject({ 'ALS-TT-01': 'yes', 'ALS-HT-01': 'yes', 'ALS-GY-01': 'no' })
    expect(column(bed, 'ALS', REASON_HEADER)['ALS-GY-01']).toBe(
      t('en', 'participation.als.noMembers')
    )
  })

  it('records a member a person picked for an unmatched row, once', () => {
    const bed = setUp()
    runImportAttendance(bed.host, request())
    const resolution = {
      meetingDate: '2026-06-24',
      kind: 'monthly-call',
      detail: 'LACRALO monthly call, June 2026',
      memberIds: ['m-004'],
    }
    const first = runRecordAttendance(bed.newHost(), resolution)
    if (!first.ok) throw new Error(first.message)
    expect(first.added).toBe(1)
    // The same ID as an import would give, so importing a corrected list adds nothing twice.
    const second = runRecordAttendance(bed.newHost(), resolution)
    expect(second.ok && second.added).toBe(0)
    const ids = bed.values('Participation').map((row) => row[0])
    expect(ids.filter((id) => id === recordId('m-004'))).toHaveLength(1)
  })

  it('refuses bad input in the user’s language and changes nothing', () => {
    const bed = setUp('es')
    const before = bed.fake.spreadsheet.snapshot()
    const badDate = runImportAttendance(bed.host, request(ZOOM_CSV, { meetingDate: '24/06/2026' }))
    expect(badDate).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: t('es', 'participation.attendance.badDate', { value: '24/06/2026' }),
    })
    const noHeader = runImportAttendance(bed.newHost(), request('a,b\n1,2'))
    expect(noHeader).toMatchObject({
      ok: false,
      message: t('es', 'participation.attendance.noHeader'),
    })
    const unknown = runRecordAttendance(bed.newHost(), {
      meetingDate: '2026-06-24',
      kind: 'vote',
      memberIds: ['m-999'],
    })
    expect(unknown).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(runImportAttendance(bed.newHost(), 'text')).toMatchObject({ ok: false })
    expect(bed.fake.spreadsheet.snapshot()).toEqual(before)
  })
})
