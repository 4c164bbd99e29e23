// Reads a meeting platform's participant table (rows of cells, however they were parsed) into
// attendance rows: the header found by its names in four languages, names, emails, durations.
import { foldText } from '../calendar-import/fold-text'
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'

/** The columns the import reads; every other column is ignored. */
export const ATTENDANCE_COLUMNS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'joinTime',
  'leaveTime',
  'duration',
] as const
export type AttendanceColumn = (typeof ATTENDANCE_COLUMNS)[number]

// Header names as the platforms write them in English, Spanish, Portuguese and French,
// compared folded (no case, no accents, punctuation as spaces): Zoom's "Name (Original Name)"
// is 'name original name'.
const HEADER_NAMES: Record<AttendanceColumn, readonly string[]> = {
  name: [
    'name original name',
    'name',
    'full name',
    'participant',
    'participant name',
    'display name',
    'attendee',
    'nombre nombre original',
    'nombre',
    'nombre completo',
    'participante',
    'nombre del participante',
    'nome nome original',
    'nome',
    'nome completo',
    'nome do participante',
    'nom nom d origine',
    'nom nom original',
    'nom',
    'nom complet',
  ],
  firstName: [
    'first name',
    'given name',
    'nombre de pila',
    'primer nombre',
    'primeiro nome',
    'prenom',
  ],
  lastName: [
    'last name',
    'surname',
    'family name',
    'apellido',
    'apellidos',
    'sobrenome',
    'ultimo nome',
    'nom de famille',
  ],
  email: [
    'user email',
    'email',
    'e mail',
    'email address',
    'e mail address',
    'correo',
    'correo electronico',
    'correo electronico del usuario',
    'correo del usuario',
    'email do usuario',
    'e mail do usuario',
    'endereco de e mail',
    'endereco de email',
    'adresse e mail',
    'adresse electronique',
    'courriel',
    'e mail de l utilisateur',
  ],
  joinTime: [
    'join time',
    'joined',
    'time joined',
    'first join',
    'first join time',
    'hora de ingreso',
    'hora de entrada',
    'hora de union',
    'horario de entrada',
    'hora de ingresso',
    'heure d arrivee',
    'heure de connexion',
  ],
  leaveTime: [
    'leave time',
    'left',
    'time exited',
    'time left',
    'last leave',
    'last leave time',
    'hora de salida',
    'horario de saida',
    'hora de saida',
    'heure de depart',
    'heure de deconnexion',
  ],
  duration: [
    'duration minutes',
    'duration',
    'in meeting duration',
    'attendance duration',
    'duracion minutos',
    'duracion',
    'duracao minutos',
    'duracao',
    'duree minutes',
    'duree',
  ],
}

const COLUMN_BY_HEADER = new Map<string, AttendanceColumn>(
  ATTENDANCE_COLUMNS.flatMap((column) =>
    HEADER_NAMES[column].map((name) => [name, column] as const)
  )
)

/** One participant row as the platform wrote it (a person who joined twice has two rows). */
export interface AttendanceRow {
  /** The line of the file (1 is the first line), to point the person at it. */
  row: number
  /** The name shown in the meeting. */
  name: string
  /** Zoom's original name, when the person renamed themselves ("Ana (Ana Pérez)"). */
  originalName: string | null
  email: string | null
  joinTime: string | null
  leaveTime: string | null
  /** Minutes in the meeting, when the file says. */
  durationMinutes: number | null
}

export const ATTENDANCE_PROBLEM_CODES = ['no-header', 'quotes', 'no-name'] as const
export type AttendanceProblemCode = (typeof ATTENDANCE_PROBLEM_CODES)[number]

/** Something the import could not read; `error` means nothing was read. */
export interface AttendanceProblem {
  row: number | null
  code: AttendanceProblemCode
  severity: 'error' | 'warning'
  message: string
}

export interface AttendanceCsv {
  rows: AttendanceRow[]
  problems: AttendanceProblem[]
}

export interface AttendanceCsvOptions {
  locale?: Locale
}

type HeaderMap = Partial<Record<AttendanceColumn, number>> & { withOriginalName: boolean }

function readHeader(cells: readonly string[]): HeaderMap {
  const header: HeaderMap = { withOriginalName: false }
  cells.forEach((cell, index) => {
    const folded = foldText(cell)
    const column = COLUMN_BY_HEADER.get(folded)
    if (column === undefined || header[column] !== undefined) return
    header[column] = index
    if (column === 'name') header.withOriginalName = / origin(e|al)\b/.test(folded)
  })
  return header
}

function hasNameColumn(header: HeaderMap): boolean {
  return (
    header.name !== undefined || (header.firstName !== undefined && header.lastName !== undefined)
  )
}

// The participant table's header: the first line with a name column; failing that, the first
// with an email column (Zoom's meeting summary above the table has "User Email" but no name).
function findHeader(
  lines: readonly (readonly string[])[]
): { header: HeaderMap; line: number } | null {
  const headers = lines.map((cells) => readHeader(cells))
  const withName = headers.findIndex(hasNameColumn)
  if (withName >= 0) return { header: headers[withName] as HeaderMap, line: withName }
  const withEmail = headers.findIndex((header) => header.email !== undefined)
  return withEmail >= 0 ? { header: headers[withEmail] as HeaderMap, line: withEmail } : null
}

// Zoom writes "Shown name (Original Name)" when a person renamed themselves in the meeting.
const WITH_ORIGINAL = /^(.*\S)\s*\(([^()]*\S[^()]*)\)$/u

function readName(
  header: HeaderMap,
  cell: (index: number | undefined) => string
): { name: string; originalName: string | null } {
  if (header.name === undefined)
    return {
      name: `${cell(header.firstName)} ${cell(header.lastName)}`.trim(),
      originalName: null,
    }
  const text = cell(header.name)
  const match = header.withOriginalName ? WITH_ORIGINAL.exec(text) : null
  if (!match) return { name: text, originalName: null }
  return { name: (match[1] as string).trim(), originalName: (match[2] as string).trim() }
}

const UNIT_MINUTES: readonly [RegExp, number][] = [
  [/(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours|hora|horas|heure|heures)\b/u, 60],
  [/(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minute|minutes|minuto|minutos)\b/u, 1],
  [
    /(\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|second|seconds|segundo|segundos|seconde|secondes)\b/u,
    1 / 60,
  ],
]

/**
 * Minutes from a duration cell: 55, 55.5, 1:05:30 (h:mm:ss), 1h 5m, 45 min; null otherwise.
 *
 * @example
 * parseDurationMinutes('1h 5m 30s') // 65.5
 */
export function parseDurationMinutes(text: string): number | null {
  const value = text.trim().toLowerCase()
  if (value === '') return null
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'))
  const clock = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(value)
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3]) / 60
  let minutes = 0
  let found = false
  for (const [pattern, factor] of UNIT_MINUTES) {
    const match = pattern.exec(value)
    if (match) {
      minutes += Number((match[1] as string).replace(',', '.')) * factor
      found = true
    }
  }
  return found ? Math.round(minutes * 100) / 100 : null
}

export interface AttendanceTableOptions extends AttendanceCsvOptions {
  /** The rows (1 is the first line) where the CSV parser found a quotation mark never closed. */
  unclosedQuoteRows?: readonly number[]
}

/**
 * Reads a participant table already split into cells (by the CSV parser in the sidebar, say):
 * the same reading as `parseAttendanceCsv`, without a CSV parser, so code that must not bundle
 * one (the add-on's server) can use it. `lines[0]` is the file's first line.
 *
 * @example
 * readAttendanceTable([['Name (Original Name)', 'User Email'], ['Ana (Ana Pérez)', 'ana@example.org']])
 * // { rows: [{ row: 2, name: 'Ana', originalName: 'Ana Pérez', email: 'ana@example.org', ... }], problems: [] }
 */
export function readAttendanceTable(
  lines: readonly (readonly string[])[],
  options: AttendanceTableOptions = {}
): AttendanceCsv {
  const locale = options.locale ?? DEFAULT_LOCALE
  const problems: AttendanceProblem[] = []
  const quoteRows = new Set(options.unclosedQuoteRows ?? [])
  for (const row of quoteRows)
    problems.push({
      row,
      code: 'quotes',
      severity: 'warning',
      message: t(locale, 'participation.attendance.quotes', { row }),
    })
  const found = findHeader(lines)
  if (found === null)
    return {
      rows: [],
      problems: [
        ...problems,
        {
          row: null,
          code: 'no-header',
          severity: 'error',
          message: t(locale, 'participation.attendance.noHeader'),
        },
      ],
    }
  const { header } = found
  const rows: AttendanceRow[] = []
  for (let index = found.line + 1; index < lines.length; index++) {
    const cells = lines[index] ?? []
    const cell = (at: number | undefined) =>
      at === undefined ? '' : (cells[at] ?? '').normalize('NFC').trim()
    if (cells.every((value) => value.trim() === '')) continue
    const row = index + 1
    const { name, originalName } = readName(header, cell)
    const email = cell(header.email) || null
    if (name === '' && email === null) {
      problems.push({
        row,
        code: 'no-name',
        severity: 'warning',
        message: t(locale, 'participation.attendance.noName', { row }),
      })
      continue
    }
    rows.push({
      row,
      name,
      originalName,
      email,
      joinTime: cell(header.joinTime) || null,
      leaveTime: cell(header.leaveTime) || null,
      durationMinutes: parseDurationMinutes(cell(header.duration)),
    })
  }
  return { rows, problems }
}
