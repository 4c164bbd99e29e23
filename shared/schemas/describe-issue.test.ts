import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locales'
import {
  fieldLabel,
  findFieldLabel,
  type SchemaEntity,
  VALUE_SETS,
  type ValueSet,
  valueFromLabel,
  valueLabel,
  valueSetValues,
} from '../i18n/messages/schema'
import { SUBREGIONS } from '../reference/subregions'
import { ALS_STATUSES, alsSchema } from './als'
import {
  CANDIDATE_KINDS,
  candidateSuggestionFormSchema,
  candidateSuggestionSchema,
  OUTREACH_PROGRAMMES,
  PROSPECT_STAGES,
} from './candidate-suggestion'
import { countrySchema } from './country'
import { CROP_TRIP_STATUSES, cropTripSchema } from './crop'
import { describeIssue, describeIssues, SCHEMA_ISSUE_CODES } from './describe-issue'
import {
  calendarSnapshotSchema,
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  outreachEventSchema,
} from './event'
import { eventProposalFormSchema, eventProposalSchema } from './event-proposal'
import { conflictOfInterestSchema, memberCropTripSchema, memberSchema } from './member'
import { PARTICIPATION_KINDS, participationSchema } from './participation'
import { PROPOSAL_DECISIONS, proposalReviewSchema } from './proposal-review'
import { prospectSchema } from './prospect'
import { REGISTRATION_STATUSES, registrationFormSchema, registrationSchema } from './registration'
import { settingsSchema } from './settings'
import { webinarSchema } from './webinar'

const event = { id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26' }

function messagesFor(row: Record<string, unknown>, locale: 'en' | 'es' | 'pt' | 'fr' = 'en') {
  const result = outreachEventSchema.safeParse(row)
  if (result.success) throw new Error('expected the row to fail')
  return describeIssues(result.error, locale, { entity: 'event', input: row }).map((d) => d.message)
}

describe('describing an issue to staff', () => {
  it('says which field, what is wrong and how to fix it, in English and Spanish', () => {
    const row = { ...event, startDate: '2023-02-30' }
    expect(messagesFor(row, 'en')).toEqual([
      "Start date: '2023-02-30' is not a real date; write it as YYYY-MM-DD, e.g. 2023-05-25",
    ])
    expect(messagesFor(row, 'es')).toEqual([
      'Fecha de inicio: «2023-02-30» no es una fecha válida; escríbala como AAAA-MM-DD, por ejemplo 2023-05-25',
    ])
    expect(messagesFor(row, 'fr')[0]).toMatch(/^Date de début : « 2023-02-30 » n’est pas/)
    expect(messagesFor(row, 'pt')[0]).toMatch(/^Data de início: “2023-02-30” não é uma data válida/)
  })

  it('tells a day-first date from an impossible one', () => {
    expect(messagesFor({ ...event, startDate: '25/5/23' })).toEqual([
      "Start date: '25/5/23' is not written as YYYY-MM-DD; write the date like 2023-05-25",
    ])
  })

  it('returns the path and the label with the sentence', () => {
    const timed = { ...event, startTime: '09:00', endTime: '9h', timeZone: 'America/Port_of_Spain' }
    const result = calendarSnapshotSchema.safeParse({ events: [event, timed] })
    expect(describeIssues(result.error!, 'es', { entity: 'calendar' })).toEqual([
      {
        path: 'events.1.endTime',
        field: 'Hora de fin',
        message:
          'Hora de fin: el valor no es una hora válida; escríbala como HH:MM en formato de 24 horas, por ejemplo 14:30',
      },
    ])
  })

  it.each([
    [
      { startTime: '9am' },
      'startTime',
      'Start time',
      /'9am' is not a time of day; write it as HH:MM/,
    ],
    [{ timeZone: 'EST5' }, 'timeZone', 'Time zone', /'EST5' is not a known time zone; use an IANA/],
    [
      { country: 'Mexico' },
      'country',
      'Country',
      /'Mexico' is not a country code; write the two-letter ISO code, e.g. MX for Mexico/,
    ],
    [
      { id: 'CaribNOG 25' },
      'id',
      'Event ID',
      /'CaribNOG 25' is not a valid event ID; use lower-case/,
    ],
    [
      { endDate: '2023-03-20' },
      'endDate',
      'End date',
      /the end date is before the start date; correct/,
    ],
    [
      { startDate: null, endDate: '2023-03-27', status: 'tentative' },
      'endDate',
      'End date',
      /there is an end date but no start date; add the start date or clear/,
    ],
    [
      { startDate: null },
      'status',
      'Status',
      /cannot be confirmed; add the date or set the status to 'Tentative'/,
    ],
    [
      { startDate: null, status: 'tentative', startTime: '10:00', timeZone: 'America/Bogota' },
      'startTime',
      'Start time',
      /there is a start time but no start date; add the date or clear the time/,
    ],
    [
      { startTime: '10:00' },
      'timeZone',
      'Time zone',
      /needs a time zone; add one .* all-day event/,
    ],
    [
      { endTime: '11:00' },
      'endTime',
      'End time',
      /there is an end time but no start time; add the start/,
    ],
    [
      { url: 'www.caribnog.org' },
      'url',
      'Link',
      /'www.caribnog.org' is not a web link; write the full address, starting with https/,
    ],
  ])('explains %o on %s', (change, path, field, sentence) => {
    const row = { ...event, ...change }
    const result = outreachEventSchema.safeParse(row)
    const [description] = describeIssues(result.error!, 'en', { entity: 'event', input: row })
    expect(description?.path).toBe(path)
    expect(description?.field).toBe(field)
    expect(description?.message).toMatch(new RegExp(`^${field}: `))
    expect(description?.message).toMatch(sentence)
  })

  it('explains the event rules in Spanish too', () => {
    expect(messagesFor({ ...event, startDate: null }, 'es')).toEqual([
      'Estado: un evento sin fecha de inicio no puede estar confirmado; agregue la fecha o cambie el estado a «Tentativo»',
    ])
    expect(messagesFor({ ...event, startTime: '10:00' }, 'es')[0]).toMatch(
      /^Zona horaria: un evento con hora de inicio necesita una zona horaria/
    )
  })

  it('says a missing field is required, and a too long one how long it may be', () => {
    expect(messagesFor({ ...event, title: '   ' })).toEqual([
      'Title: this field is required; please fill it in',
    ])
    expect(messagesFor({ id: 'caribnog-25', startDate: '2023-03-26' }, 'es')).toEqual([
      'Título: este campo es obligatorio; complételo',
    ])
    expect(messagesFor({ ...event, title: 'x'.repeat(301) })).toEqual([
      'Title: the text is too long; shorten it to at most 300 characters',
    ])
  })

  it('lists the allowed values by their labels in the reader’s language', () => {
    expect(messagesFor({ ...event, format: 'online' }, 'es')).toEqual([
      'Formato: «online» no es uno de los valores permitidos; elija uno de estos: Presencial, Virtual, Híbrido',
    ])
    expect(messagesFor({ ...event, subregion: 'andes' }, 'en')).toEqual([
      "Sub-region: 'andes' is not one of the allowed values; choose one of: Caribbean, Central America and Mexico, South America",
    ])
  })

  it('says what kind of value was expected', () => {
    expect(messagesFor({ ...event, cropEligible: 'sí' }, 'es')).toEqual([
      'Apto para CROP: «sí» debería ser sí o no (VERDADERO o FALSO)',
    ])
    const webinar = { capacity: 'fifty' }
    const result = webinarSchema.safeParse(webinar)
    const capacity = describeIssues(result.error!, 'en', {
      entity: 'webinar',
      input: webinar,
    }).find((d) => d.path === 'capacity')
    expect(capacity?.message).toBe("Capacity: 'fifty' should be a number")
  })

  it('quotes the value when the parse reported it, and says "this value" when nothing did', () => {
    const row = { ...event, startDate: '2023-13-01' }
    const reported = outreachEventSchema.safeParse(row, { reportInput: true }).error!.issues[0]!
    expect(describeIssue(reported, 'en').message).toContain("'2023-13-01' is not a real date")
    const bare = outreachEventSchema.safeParse(row).error!.issues[0]!
    expect(describeIssue(bare, 'en').message).toBe(
      'Start date: this value is not a real date; write it as YYYY-MM-DD, e.g. 2023-05-25'
    )
  })

  it('names a field in one language as such', () => {
    const input = { titles: { es: '' } }
    const result = webinarSchema.safeParse(input)
    const title = describeIssues(result.error!, 'es', { entity: 'webinar', input }).find(
      (d) => d.path === 'titles.es'
    )
    expect(title).toMatchObject({ path: 'titles.es', field: 'Título (Español)' })
  })

  it('passes on the email validator’s own explanation', () => {
    const form = { name: 'Zoë', email: 'zoe@@correo.example', country: 'US', language: 'es' }
    const result = registrationFormSchema.safeParse({ ...form, consentVersion: '2024-01' })
    const messages = describeIssues(result.error!, 'es', { entity: 'registration', input: form })
    expect(messages.map((d) => d.field)).toEqual(['Correo electrónico', 'País', 'Consentimiento'])
    expect(messages[0]?.message).toMatch(/^Correo electrónico: La dirección tiene más de una @/)
    expect(messages[1]?.message).toMatch(
      /^País: «US» no es un país ni un territorio de América Latina/
    )
    expect(messages[2]?.message).toBe(
      'Consentimiento: marque la casilla para dar su consentimiento antes de inscribirse'
    )
  })

  it('explains the roster, CROP and settings rules', () => {
    const trip = {
      memberId: 'm-1',
      eventId: 'caribnog-26',
      fiscalYear: 'FY23',
      travelDate: '2023-09-12',
    }
    const [mismatch] = describeIssues(cropTripSchema.safeParse(trip).error!, 'en', {
      entity: 'crop',
      input: trip,
    })
    expect(mismatch?.message).toBe(
      "Fiscal year: 'FY23' does not match the travel date: 2023-09-12 falls in FY24; correct the fiscal year or the date"
    )
    const [calls] = describeIssues(
      settingsSchema.safeParse({ activeRule: { callsAttended: 8 } }).error!,
      'es',
      { entity: 'settings' }
    )
    expect(calls?.message).toBe(
      'Llamadas con asistencia: no puede ser mayor que las 6 llamadas mensuales que considera la regla; redúzcalo o considere más llamadas'
    )
    const member = { id: 'm 1', name: 'Ana', country: 'AR' }
    const [id] = describeIssues(memberSchema.safeParse(member).error!, 'en', {
      entity: 'member',
      input: member,
    })
    expect(id?.message).toMatch(/^Member ID: 'm 1' is not a valid ID; use letters, digits/)
  })

  it.each(LOCALES)('has its own explanation for every custom code in %s', (locale) => {
    const generic = describeIssue(
      { code: 'custom', path: ['status'], message: 'no-such-rule' },
      locale
    ).message
    // The params these two rules always send with their issue.
    const params: Record<string, Record<string, string | number>> = {
      fiscal_year_mismatch: { expected: 'FY24', travelDate: '2023-09-12' },
      calls_attended_exceeds_window: { window: 6 },
    }
    for (const code of SCHEMA_ISSUE_CODES) {
      const issue = {
        code: 'custom' as const,
        path: ['status'],
        message: code,
        input: 'x',
        params: params[code],
      }
      const { message } = describeIssue(issue, locale)
      expect([code, message]).not.toEqual([code, generic])
      expect(message).not.toMatch(/issue\.|\{\w+\}/)
    }
  })

  it('names unknown fields, and a problem with the whole record', () => {
    const input = { titles: { de: 'DNSSEC' } }
    const result = webinarSchema.safeParse(input)
    const unknown = describeIssues(result.error!, 'en', { entity: 'webinar' }).find(
      (d) => d.path === 'titles'
    )
    expect(unknown?.message).toBe('Title: unknown fields: de; remove them or check their spelling')
    const root = describeIssue(
      { code: 'invalid_type', expected: 'object', path: [], message: 'x' },
      'fr'
    )
    expect(root.field).toBe('Enregistrement')
  })
})

describe('field and value labels', () => {
  const shapes: [SchemaEntity, Record<string, unknown>][] = [
    ['event', outreachEventSchema.shape],
    ['calendar', calendarSnapshotSchema.shape],
    ['country', countrySchema.shape],
    ['als', alsSchema.shape],
    ['member', memberSchema.shape],
    ['participation', participationSchema.shape],
    ['webinar', webinarSchema.shape],
    ['registration', { ...registrationSchema.shape, ...registrationFormSchema.shape }],
    ['crop', cropTripSchema.shape],
    ['settings', settingsSchema.shape],
    ['eventProposal', { ...eventProposalSchema.shape, ...eventProposalFormSchema.shape }],
    [
      'candidateSuggestion',
      { ...candidateSuggestionSchema.shape, ...candidateSuggestionFormSchema.shape },
    ],
    ['proposalReview', proposalReviewSchema.shape],
    ['prospect', prospectSchema.shape],
  ]
  const nested: [SchemaEntity, string, Record<string, unknown>][] = [
    ['member', 'conflicts', conflictOfInterestSchema.shape],
    ['member', 'cropTrips', memberCropTripSchema.shape],
    ['registration', 'consent', registrationSchema.shape.consent.shape],
    ['eventProposal', 'consent', eventProposalSchema.shape.consent.shape],
    ['candidateSuggestion', 'consent', candidateSuggestionSchema.shape.consent.shape],
    [
      'settings',
      'activeRule',
      { callsAttended: 0, ofLastMonthlyCalls: 0, orVotedInLastElection: 0 },
    ],
    ['settings', 'crop', { tripsPerFiscalYear: 0, leadTimeWeeks: 0, tripDays: 0 }],
  ]

  it.each(LOCALES)('labels every field of every schema in %s', (locale) => {
    const missing: string[] = []
    for (const [entity, shape] of shapes)
      for (const field of Object.keys(shape))
        if (!findFieldLabel(entity, field, locale)) missing.push(`${entity}.${field}`)
    for (const [entity, parent, shape] of nested)
      for (const field of Object.keys(shape))
        if (!findFieldLabel(entity, `${parent}.${field}`, locale))
          missing.push(`${entity}.${parent}.${field}`)
    expect(missing).toEqual([])
  })

  it('labels every value of every value set, and no value that does not exist', () => {
    const sets = {
      eventStatus: EVENT_STATUSES,
      eventFormat: EVENT_FORMATS,
      eventCategory: EVENT_CATEGORIES,
      subregion: SUBREGIONS,
      alsStatus: ALS_STATUSES,
      registrationStatus: REGISTRATION_STATUSES,
      participationKind: PARTICIPATION_KINDS,
      cropTripStatus: CROP_TRIP_STATUSES,
      outreachProgramme: OUTREACH_PROGRAMMES,
      prospectStage: PROSPECT_STAGES,
      proposalDecision: PROPOSAL_DECISIONS,
      candidateKind: CANDIDATE_KINDS,
      language: LOCALES,
    } as const
    expect(Object.keys(sets).sort()).toEqual([...VALUE_SETS].sort())
    for (const [set, values] of Object.entries(sets))
      expect([set, valueSetValues(set as ValueSet).sort()]).toEqual([set, [...values].sort()])
  })

  it('gives labels by entity and field, and values back from their labels', () => {
    expect(fieldLabel('event', 'startDate', 'en')).toBe('Start date')
    expect(fieldLabel('event', 'startDate', 'es')).toBe('Fecha de inicio')
    expect(fieldLabel('member', 'conflicts.noGo', 'pt')).toBe('Conflito impeditivo')
    expect(valueLabel('eventCategory', 'webinar', 'fr')).toBe('Webinaire')
    expect(valueLabel('alsStatus', 'under-review', 'es')).toBe('En revisión')
    expect(valueLabel('language', 'pt', 'es')).toBe('Portugués')
    expect(valueFromLabel('eventStatus', 'Confirmado')).toBe('confirmed')
    expect(valueFromLabel('eventFormat', 'en présentiel')).toBe('in-person')
    expect(valueFromLabel('subregion', 'CENTROAMERICA Y MEXICO')).toBe('central-america-mexico')
    expect(valueFromLabel('participationKind', 'monthly-call')).toBe('monthly-call')
    expect(valueFromLabel('eventStatus', 'postponed')).toBeUndefined()
  })
})
