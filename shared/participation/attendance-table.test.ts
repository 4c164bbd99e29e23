import { describe, expect, it } from 'vitest'
import { readTable } from '../calendar-import/read-table'
import { parseAttendanceCsv } from './attendance-csv'
import { readAttendanceTable } from './attendance-table'

const ZOOM = [
  'Meeting ID,Topic',
  '812 3456 7890,LACRALO monthly call',
  '',
  'Nombre (nombre original),Correo electrónico del usuario,Duración (minutos)',
  'Ana (Ana Pérez),ana@example.org,55',
  ',,3',
  'Kwame Joseph,,1:05:30',
].join('\n')

describe('readAttendanceTable', () => {
  it('reads cells split by any CSV parser exactly as parseAttendanceCsv reads the text', () => {
    const { rows, unclosedQuoteRows } = readTable(ZOOM)
    const cells = rows.map((row) => row.map(String))
    const fromTable = readAttendanceTable(cells, { locale: 'es', unclosedQuoteRows })
    expect(fromTable).toEqual(parseAttendanceCsv(ZOOM, { locale: 'es' }))
    expect(
      fromTable.rows.map((row) => [row.row, row.name, row.originalName, row.durationMinutes])
    ).toEqual([
      [5, 'Ana', 'Ana Pérez', 55],
      [7, 'Kwame Joseph', null, 65.5],
    ])
    expect(fromTable.problems.map((problem) => [problem.row, problem.code])).toEqual([
      [6, 'no-name'],
    ])
  })

  it('reports the lines whose quotes the parser could not close, and a table with no header', () => {
    const quoted = readAttendanceTable(
      [
        ['Name', 'Email'],
        ['"Ana', ''],
      ],
      { unclosedQuoteRows: [2] }
    )
    expect(quoted.problems.map((problem) => [problem.row, problem.code])).toEqual([[2, 'quotes']])
    const none = readAttendanceTable([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(none).toMatchObject({ rows: [], problems: [{ code: 'no-header', severity: 'error' }] })
  })
})
