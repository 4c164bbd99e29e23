// Reads a meeting platform's participant list (Zoom, Teams or Meet CSV) into attendance rows.
import Papa from 'papaparse'
import {
  type AttendanceCsv,
  type AttendanceCsvOptions,
  readAttendanceTable,
} from './attendance-table'

export {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_PROBLEM_CODES,
  type AttendanceColumn,
  type AttendanceCsv,
  type AttendanceCsvOptions,
  type AttendanceProblem,
  type AttendanceProblemCode,
  type AttendanceRow,
  parseDurationMinutes,
  readAttendanceTable,
} from './attendance-table'

/**
 * Reads a participant list exported by a meeting platform: Zoom's "Name (Original Name)",
 * "User Email", "Join Time", "Leave Time", "Duration (Minutes)" and the same headers in
 * Spanish, Portuguese and French, Teams' "Full Name" or Meet's "First name" and "Last name".
 * Summary lines above the participant table (Zoom's meeting details) are skipped; the header
 * is the first line that names a name or email column. Rows without a name and an email are
 * skipped with a warning; a file with no such header gives an error and no rows.
 *
 * @example
 * parseAttendanceCsv('Name (Original Name),User Email,Duration (Minutes)\nAna (Ana Pérez),ana@example.org,55')
 * // { rows: [{ row: 2, name: 'Ana', originalName: 'Ana Pérez', email: 'ana@example.org', durationMinutes: 55, ... }], problems: [] }
 */
export function parseAttendanceCsv(
  text: string,
  options: AttendanceCsvOptions = {}
): AttendanceCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const unclosedQuoteRows = parsed.errors
    .filter((error) => error.code === 'MissingQuotes' && error.row !== undefined)
    .map((error) => (error.row ?? 0) + 1)
  return readAttendanceTable(parsed.data, { ...options, unclosedQuoteRows })
}
