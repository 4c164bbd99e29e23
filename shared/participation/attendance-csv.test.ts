import { describe, expect, it } from 'vitest'
import { parseAttendanceCsv, parseDurationMinutes } from './attendance-csv'

// A Zoom "Participants" export: the meeting's summary, a blank line, then the participants.
const ZOOM = [
  'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
  '812 3456 7890,LACRALO Monthly Call,03/10/2026 05:55:01 PM,03/10/2026 07:31:12 PM,staff@icann.org,96,4',
  '',
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent',
  'Sofi (Sofía Núñez),sofia@correo.uy,03/10/2026 05:58:02 PM,03/10/2026 06:40:10 PM,43,Yes,Y',
  'Sofi (Sofía Núñez),sofia@correo.uy,03/10/2026 06:42:00 PM,03/10/2026 07:30:00 PM,48,Yes,Y',
  'Kwame Joseph,,03/10/2026 06:01:00 PM,03/10/2026 07:31:00 PM,90,Yes,Y',
  ',,,,,,',
  '"Pérez, Ana",ana@ejemplo.com.ar,03/10/2026 06:00:00 PM,03/10/2026 07:00:00 PM,60,No,Y',
].join('\n')

describe('parseAttendanceCsv', () => {
  it('reads a Zoom export below its meeting summary, one row per join', () => {
    const { rows, problems } = parseAttendanceCsv(ZOOM)
    expect(problems).toEqual([])
    expect(rows).toEqual([
      {
        row: 5,
        name: 'Sofi',
        originalName: 'Sofía Núñez',
        email: 'sofia@correo.uy',
        joinTime: '03/10/2026 05:58:02 PM',
        leaveTime: '03/10/2026 06:40:10 PM',
        durationMinutes: 43,
      },
      expect.objectContaining({ row: 6, name: 'Sofi', durationMinutes: 48 }),
      expect.objectContaining({ row: 7, name: 'Kwame Joseph', originalName: null, email: null }),
      expect.objectContaining({ row: 9, name: 'Pérez, Ana', email: 'ana@ejemplo.com.ar' }),
    ])
  })

  it('reads the Spanish and Portuguese Zoom headers, semicolons and a byte-order mark', () => {
    const spanish = parseAttendanceCsv(
      '\uFEFFNombre (nombre original);Correo electrónico del usuario;Hora de ingreso;Hora de salida;Duración (minutos)\n' +
        'Luis Gómez;luis@correo.ar;10/03/2026 18:00;10/03/2026 19:30;90\n'
    )
    expect(spanish.rows).toEqual([
      {
        row: 2,
        name: 'Luis Gómez',
        originalName: null,
        email: 'luis@correo.ar',
        joinTime: '10/03/2026 18:00',
        leaveTime: '10/03/2026 19:30',
        durationMinutes: 90,
      },
    ])
    const portuguese = parseAttendanceCsv(
      'Nome (nome original),E-mail do usuário,Horário de entrada,Horário de saída,Duração (minutos)\n' +
        'João (João Silva),joao@exemplo.com.br,,,"45,5"\n'
    )
    expect(portuguese.rows[0]).toMatchObject({
      name: 'João',
      originalName: 'João Silva',
      email: 'joao@exemplo.com.br',
      durationMinutes: 45.5,
    })
  })

  it('joins first and last names when the list has them apart (Google Meet)', () => {
    const { rows } = parseAttendanceCsv(
      'First name,Last name,Email,Duration,Time joined,Time exited\nMarie,Louis,marie@example.ht,1 hr 5 min,18:00,19:05\n'
    )
    expect(rows[0]).toMatchObject({
      name: 'Marie Louis',
      email: 'marie@example.ht',
      durationMinutes: 65,
    })
  })

  it('keeps parentheses that are part of a name when the header is not Zoom’s original-name one', () => {
    const { rows } = parseAttendanceCsv(
      'Full Name,Email\nAna Pérez (LACRALO Chair),ana@ejemplo.org\n'
    )
    expect(rows[0]).toMatchObject({ name: 'Ana Pérez (LACRALO Chair)', originalName: null })
  })

  it('skips a row with neither name nor email, with a warning naming the row', () => {
    const { rows, problems } = parseAttendanceCsv('Name,Email,Duration\n,,30\nAna,,40\n')
    expect(rows.map((row) => row.name)).toEqual(['Ana'])
    expect(problems).toEqual([
      {
        row: 2,
        code: 'no-name',
        severity: 'warning',
        message: 'Row 2: no name and no email, so the row was skipped.',
      },
    ])
  })

  it('reads nothing and says why when no column holds names or emails', () => {
    const result = parseAttendanceCsv('Topic,Start Time\nLACRALO call,18:00\n', { locale: 'es' })
    expect(result.rows).toEqual([])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ code: 'no-header', severity: 'error', row: null })
    expect(result.problems[0]?.message).toMatch(/^Ninguna columna contiene los nombres/)
    expect(parseAttendanceCsv('').problems[0]?.code).toBe('no-header')
  })

  it('warns about a quotation mark that is never closed', () => {
    const { problems } = parseAttendanceCsv('Name,Email\n"Ana,ana@x.org\nLuis,luis@x.org\n')
    expect(problems.map((problem) => problem.code)).toContain('quotes')
  })
})

describe('parseDurationMinutes', () => {
  it('reads the ways platforms write a duration', () => {
    expect(parseDurationMinutes('55')).toBe(55)
    expect(parseDurationMinutes('55,5')).toBe(55.5)
    expect(parseDurationMinutes('1:05:30')).toBe(65.5)
    expect(parseDurationMinutes('1h 5m 30s')).toBe(65.5)
    expect(parseDurationMinutes('45 min')).toBe(45)
    expect(parseDurationMinutes('2 horas')).toBe(120)
    expect(parseDurationMinutes('')).toBeNull()
    expect(parseDurationMinutes('n/a')).toBeNull()
  })
})
