import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { participationSchema } from '../schemas/participation'
import { parseAttendanceCsv } from './attendance-csv'
import { AttendanceInputError, attendanceRecordId, matchAttendance } from './match-attendance'

const member = (id: string, name: string, email: string | null = null, country = 'UY') => ({
  id,
  name,
  email,
  country,
})
const MEMBERS = [
  member('m-01', 'Sofía Núñez', 'Sofia@Correo.UY'),
  member('m-02', 'José Pérez', null, 'AR'),
  member('m-03', 'Jose Perez', null, 'MX'),
  member('m-04', 'Kwame Joseph', 'kwame@ttcs.tt', 'TT'),
  member('m-05', 'Zoë Saldaña', 'zoë@correo.example', 'DO'),
  member('m-06', 'María Fernanda López García', null, 'CO'),
]
const MEETING = { meetingDate: '2026-03-10', kind: 'monthly-call' as const }
const row = (
  at: number,
  name: string,
  email: string | null = null,
  originalName: string | null = null
) => ({
  row: at,
  name,
  email,
  originalName,
})

describe('matchAttendance', () => {
  it('matches by the email key first, whatever the case, and makes one record per member', () => {
    const result = matchAttendance(
      [row(2, 'Sofi', 'sofia@correo.uy'), row(3, 'Sofi (phone)', 'SOFIA@correo.uy')],
      MEMBERS,
      MEETING
    )
    expect(result.records).toEqual([
      {
        id: 'call-2026-03-10-m-01',
        memberId: 'm-01',
        date: '2026-03-10',
        kind: 'monthly-call',
        detail: null,
      },
    ])
    expect(result.matched).toEqual([{ memberId: 'm-01', by: 'email', rows: [2, 3] }])
    expect(result.unmatched).toEqual([])
    for (const record of result.records) expect(participationSchema.parse(record)).toEqual(record)
  })

  it('matches an internationalized email by its key', () => {
    const result = matchAttendance([row(2, 'Z', 'ZOË@correo.example')], MEMBERS, MEETING)
    expect(result.matched).toEqual([{ memberId: 'm-05', by: 'email', rows: [2] }])
  })

  it('falls back on the exact full name, ignoring accents and case, including Zoom’s original name', () => {
    const result = matchAttendance(
      [row(2, 'kwame joseph', 'kwame.personal@gmail.com'), row(3, 'Zoe', null, 'ZOË SALDAÑA')],
      MEMBERS,
      MEETING
    )
    expect(result.matched).toEqual([
      { memberId: 'm-04', by: 'name', rows: [2] },
      { memberId: 'm-05', by: 'name', rows: [3] },
    ])
  })

  it('never guesses between namesakes: the row stays unmatched with both listed', () => {
    const result = matchAttendance([row(4, 'José Pérez'), row(9, 'jose perez')], MEMBERS, MEETING)
    expect(result.records).toEqual([])
    expect(result.unmatched).toHaveLength(1)
    expect(result.unmatched[0]).toMatchObject({
      row: 4,
      rows: [4, 9],
      reason: 'ambiguous-name',
      candidates: [
        { id: 'm-02', name: 'José Pérez', email: null, country: 'AR' },
        { id: 'm-03', name: 'Jose Perez', email: null, country: 'MX' },
      ],
    })
    expect(result.unmatched[0]?.message).toBe(
      'Row 4: 2 members are named José Pérez (José Pérez (m-02) and Jose Perez (m-03)), so the import does not guess. Add this person’s email to their row on the Members tab and import again, or record their attendance by hand.'
    )
  })

  it('does not match a partial name, but offers the similar members', () => {
    const result = matchAttendance([row(5, 'María López')], MEMBERS, { ...MEETING, locale: 'es' })
    expect(result.records).toEqual([])
    expect(result.unmatched[0]).toMatchObject({
      reason: 'no-match',
      candidates: [expect.objectContaining({ id: 'm-06' })],
    })
    expect(result.unmatched[0]?.message).toMatch(
      /^Fila 5: María López no coincide con ningún miembro/
    )
    expect(result.unmatched[0]?.message).toContain('María Fernanda López García (m-06)')
  })

  it('leaves a row whose email two members share unmatched, naming both', () => {
    const shared = [...MEMBERS, member('m-07', 'Sofía N. Bis', 'sofia@correo.uy')]
    const result = matchAttendance([row(2, 'Sofía Núñez', 'sofia@correo.uy')], shared, MEETING)
    expect(result.unmatched[0]).toMatchObject({
      reason: 'ambiguous-email',
      candidates: [
        expect.objectContaining({ id: 'm-01' }),
        expect.objectContaining({ id: 'm-07' }),
      ],
    })
  })

  it('gives the same IDs on every import, and different ones for different meetings that day', () => {
    const rows = [row(2, 'Kwame Joseph')]
    const first = matchAttendance(rows, MEMBERS, {
      ...MEETING,
      kind: 'working-group',
      detail: 'CPWG',
    })
    const again = matchAttendance(rows, MEMBERS, {
      ...MEETING,
      kind: 'working-group',
      detail: 'CPWG',
    })
    const other = matchAttendance(rows, MEMBERS, {
      ...MEETING,
      kind: 'working-group',
      detail: 'OFB-WG',
    })
    expect(first.records).toEqual(again.records)
    expect(first.records[0]?.detail).toBe('CPWG')
    expect(first.records[0]?.id).not.toBe(other.records[0]?.id)
  })

  it('keeps record IDs valid for the Participation tab even for long member IDs', () => {
    const id = attendanceRecordId({
      memberId: `m-${'x'.repeat(62)}`,
      date: '2026-03-10',
      kind: 'working-group',
      detail: 'At-Large Consolidated Policy Working Group',
    })
    expect(id.length).toBeLessThanOrEqual(64)
    expect(participationSchema.shape.id.safeParse(id).success).toBe(true)
  })

  it('refuses a meeting date or kind the records cannot hold, in the user’s language', () => {
    expect(() => matchAttendance([], MEMBERS, { ...MEETING, meetingDate: '10/03/2026' })).toThrow(
      AttendanceInputError
    )
    expect(() =>
      matchAttendance([], MEMBERS, { ...MEETING, meetingDate: '2026-02-30', locale: 'fr' })
    ).toThrow('2026-02-30 n’est pas une date de réunion')
    expect(() => matchAttendance([], MEMBERS, { ...MEETING, kind: 'call' as 'vote' })).toThrow(
      /call is not a kind of participation/
    )
  })

  it('works end to end from a Zoom CSV', () => {
    const csv =
      'Name (Original Name),User Email,Duration (Minutes)\nSofi (Sofía Núñez),,30\nUnknown Guest,guest@example.org,12\n'
    const result = matchAttendance(parseAttendanceCsv(csv).rows, MEMBERS, MEETING)
    expect(result.records.map((record) => record.memberId)).toEqual(['m-01'])
    expect(result.unmatched.map((entry) => [entry.row, entry.reason])).toEqual([[3, 'no-match']])
  })

  it('makes at most one record per member, accounts for every row, and ignores row order', () => {
    const names = MEMBERS.map((m) => m.name).concat(['Jose Pérez', 'Someone Else', 'kwame JOSEPH'])
    const arbitraryRow = fc.record({
      name: fc.constantFrom(...names),
      email: fc.constantFrom(null, 'sofia@correo.uy', 'kwame@ttcs.tt', 'nobody@example.org'),
    })
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 20 }), (cells) => {
        const rows = cells.map((cell, index) => ({ ...cell, row: index + 2, originalName: null }))
        const result = matchAttendance(rows, MEMBERS, MEETING)
        const ids = result.records.map((record) => record.memberId)
        const accounted = [...result.matched, ...result.unmatched].flatMap((entry) => entry.rows)
        const reversed = matchAttendance([...rows].reverse(), MEMBERS, MEETING)
        return (
          new Set(ids).size === ids.length &&
          accounted.sort((a, b) => a - b).join() === rows.map((r) => r.row).join() &&
          JSON.stringify(reversed.records) === JSON.stringify(result.records)
        )
      })
    )
  })
})
