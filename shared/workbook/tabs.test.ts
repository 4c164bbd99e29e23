import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import { wallTimeToInstant } from '../calendar/wall-time'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import { COUNTRIES, REGION_COUNTRY_CODES } from '../reference/countries'
import { SUBREGIONS } from '../reference/subregions'
import { ALS_STATUSES, alsSchema } from '../schemas/als'
import { countrySchema } from '../schemas/country'
import { CROP_TRIP_STATUSES, cropTripSchema } from '../schemas/crop'
import {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  outreachEventSchema,
} from '../schemas/event'
import { memberSchema } from '../schemas/member'
import { PARTICIPATION_KINDS, participationSchema } from '../schemas/participation'
import { proposalReviewSchema } from '../schemas/proposal-review'
import { prospectSchema } from '../schemas/prospect'
import {
  REGISTRATION_COUNTRIES,
  REGISTRATION_STATUSES,
  registrationSchema,
} from '../schemas/registration'
import { webinarSchema } from '../schemas/webinar'
import { type CellValue, dropdownValues } from './columns'
import {
  columnForPath,
  columnLabel,
  headerRow,
  isTabName,
  recordToRow,
  rowToRecord,
  TAB_NAMES,
  type TabName,
  tabDefinition,
  tabLabel,
  workbookTabs,
} from './tabs'

const ZONE = 'America/Montevideo'
const options = { timeZone: ZONE }

/** A date cell as Apps Script reads it: midnight of that day in the spreadsheet's zone. */
function dateCell(date: string): Date {
  return new Date(wallTimeToInstant(date, '00:00', ZONE))
}

/** A time cell as Apps Script reads it: that time on 30 December 1899, local mean time. */
function timeCell(time: string): Date {
  return new Date(wallTimeToInstant('1899-12-30', time, ZONE))
}

const registrantEmail = emailAddressSchema.parse('zoë@correo.example')

type Cells = Record<string, CellValue>

// Each record tab: its schema, a full row as staff fill it in, and the least a valid row needs.
const SAMPLES: Record<
  Exclude<TabName, 'Settings' | 'Dashboard'>,
  { schema: z.ZodMiniType; full: Cells; minimal: Cells }
> = {
  Events: {
    schema: outreachEventSchema,
    full: {
      ID: 'caribnog-25',
      Title: 'CaribNOG 25',
      'Start date': dateCell('2023-03-26'),
      'End date': dateCell('2023-03-28'),
      'Start time': timeCell('09:30'),
      'End time': '17:00',
      'Time zone': 'America/Port_of_Spain',
      City: 'Port of Spain',
      Country: 'TT',
      'Sub-region': 'caribbean',
      Category: 'technical-community',
      Format: 'hybrid',
      Status: 'confirmed',
      URL: 'https://caribnog.org',
      Languages: 'en, es',
      'CROP eligible': true,
      Description: 'The Caribbean Network Operators Group meets in Trinidad.',
    },
    // An undated event must be tentative.
    minimal: { ID: 'caribnog-25', Title: 'CaribNOG 25', Status: 'tentative' },
  },
  ALS: {
    schema: alsSchema,
    full: {
      ID: 'ALS-AR-01',
      Name: 'Asociación Argentina de Usuarios de Internet',
      Country: 'AR',
      Status: 'active',
      'Accreditation date': dateCell('2009-06-12'),
      Website: 'https://usuarios.example.ar',
      Representatives: 'm-0042, m-0043',
    },
    minimal: { ID: 'ALS-AR-01', Name: 'AAUI', Country: 'AR', Status: 'applicant' },
  },
  Members: {
    schema: memberSchema,
    full: {
      ID: 'm-0042',
      Name: 'Sofía Núñez',
      Email: 'sofia@correo.example',
      Country: 'UY',
      'ALS ID': 'ALS-UY-02',
      Languages: 'es, pt',
      Gender: 'mujer',
      Expertise: 'DNS, Universal Acceptance',
      'Conflicts of interest': '[{"description":"Works for a registrar","noGo":false}]',
      'CROP trips': '[{"eventId":"caribnog-25","date":"2023-03-26"}]',
    },
    minimal: { ID: 'm-0042', Name: 'Sofía Núñez', Country: 'UY' },
  },
  Participation: {
    schema: participationSchema,
    full: {
      ID: 'p-2023-0311',
      'Member ID': 'm-0042',
      Date: dateCell('2023-03-13'),
      Kind: 'monthly-call',
      Detail: 'LACRALO monthly call, March 2023',
    },
    minimal: { ID: 'p-1', 'Member ID': 'm-0042', Date: dateCell('2023-03-13'), Kind: 'vote' },
  },
  Countries: {
    schema: countrySchema,
    full: {
      Code: 'GD',
      'Name (EN)': 'Grenada',
      'Name (ES)': 'Granada',
      'Name (PT)': 'Granada',
      'Name (FR)': 'Grenade',
      ccTLD: '.gd',
      'Sub-region': 'caribbean',
      'In dashboard set': true,
      Territory: false,
      'Other names': 'Grenade; Granada (Caribe)',
    },
    minimal: {
      Code: 'BL',
      'Name (EN)': 'Saint Barthélemy',
      'Name (ES)': 'San Bartolomé',
      'Name (PT)': 'São Bartolomeu',
      'Name (FR)': 'Saint-Barthélemy',
      'Sub-region': 'caribbean',
    },
  },
  Webinars: {
    schema: webinarSchema,
    full: {
      Slug: 'dnssec-2023',
      'Title (EN)': 'DNSSEC in Latin America',
      'Title (ES)': 'DNSSEC en América Latina',
      'Description (ES)': 'Cómo firmar una zona.',
      Start: '2023-04-24T18:00:00-05:00',
      'Time zone': 'America/Bogota',
      'Duration (minutes)': 90,
      Capacity: '300',
      // Sheets turned what staff typed into a date: it reads as midnight in the sheet's zone.
      'Registration opens': dateCell('2023-03-24'),
      'Registration closes': '2023-04-24T17:00:00-05:00',
      'Join URL': 'https://icann.zoom.us/j/123456789',
    },
    minimal: {
      Slug: 'ua-2023',
      'Title (PT)': 'Aceitação Universal',
      Start: '2023-06-05T18:00:00-03:00',
      'Time zone': 'America/Sao_Paulo',
      'Duration (minutes)': 60,
      Capacity: 100,
      'Registration opens': '2023-05-01T00:00:00Z',
      'Registration closes': '2023-06-05T17:00:00-03:00',
      'Join URL': 'https://icann.zoom.us/j/987654321',
    },
  },
  Registrations: {
    schema: registrationSchema,
    full: {
      ID: '7d0e5a52-3a4c-4f4e-9a2b-0c1d2e3f4a5b',
      Webinar: 'dnssec-2023',
      Name: 'Zoë Saldaña',
      Email: registrantEmail.address,
      'Email key': registrantEmail.key,
      Country: 'DO',
      Affiliation: 'Universidad Autónoma de Santo Domingo',
      Language: 'es',
      Consent: true,
      'Consent version': '2024-01',
      Status: 'registered',
      'Registered at': '2023-04-01T12:00:00Z',
      'Updated at': '2023-04-01T12:00:00Z',
      'Email sent': '2023-04-01T12:00:05Z',
    },
    minimal: {
      ID: 'r-1',
      Webinar: 'dnssec-2023',
      Name: 'Zoë Saldaña',
      Email: registrantEmail.address,
      'Email key': registrantEmail.key,
      Country: 'other',
      Language: 'fr',
      Consent: 'TRUE',
      'Consent version': 'v1',
      Status: 'waitlisted',
      'Registered at': '2023-04-01T12:00:00Z',
      'Updated at': '2023-04-01T12:00:00Z',
    },
  },
  Proposals: {
    schema: proposalReviewSchema,
    full: {
      ID: 'prop-7f3a',
      'Event ID': 'foro-gobernanza-bolivia-2026',
      Title: 'Foro de Gobernanza de Internet de Bolivia',
      'Received at': '2026-11-20T14:03:00.000Z',
      'Proposed by': 'Ana Quispe',
      Email: 'ana@ejemplo.bo',
      Language: 'Español',
      Why: 'No ALS in Bolivia yet.',
      'Suits CROP': true,
      Decision: 'Aceptada',
      'Decided at': '2026-11-21T09:00:00.000Z',
      'Note to proposer': 'Nos vemos allí.',
    },
    minimal: {
      ID: 'prop-7f3a',
      'Event ID': 'foro-gobernanza-bolivia-2026',
      Title: 'Foro de Gobernanza',
      'Received at': '2026-11-20T14:03:00.000Z',
      Language: 'pt',
    },
  },
  Prospects: {
    schema: prospectSchema,
    full: {
      ID: 'sug-91c2',
      Name: 'Red de Telecentros de Honduras',
      Kind: 'Organización',
      Organization: 'Red de Telecentros',
      Country: 'HN',
      Programme: 'ALS accreditation',
      Stage: 'Invitado a una teleconferencia',
      Liaison: 'Luis Ortega',
      Email: 'contacto@telecentros.hn',
      'Other contact': '+504 2222 0000',
      Language: 'es',
      Why: 'Trains rural users; Honduras has no ALS.',
      'Suggested by': 'Marta Díaz',
      'Identified on': dateCell('2026-10-01'),
      'Contacted on': dateCell('2026-10-08'),
      'Invited on': dateCell('2026-10-20'),
      'Invited to': 'dns-basics-2026',
      Notes: 'Prefers WhatsApp.',
    },
    minimal: {
      ID: 'sug-91c2',
      Name: 'Ana',
      Country: 'HN',
      Programme: 'dnssec-training',
      'Identified on': dateCell('2026-10-01'),
    },
  },
  CROP: {
    schema: cropTripSchema,
    full: {
      'Member ID': 'm-0042',
      'Event ID': 'caribnog-26',
      'Fiscal year': 'FY24',
      'Travel date': dateCell('2023-09-12'),
      Status: 'approved',
    },
    minimal: { 'Member ID': 'm-0042', 'Event ID': 'caribnog-26', 'Fiscal year': 'FY24' },
  },
}

const RECORD_TABS = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]

function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  return (schema as unknown as { shape: Record<string, z.ZodMiniType> }).shape
}

describe('the workbook definition', () => {
  it('has the twelve tabs, in order, each with unique, non-empty headers', () => {
    expect(workbookTabs().map((tab) => tab.name)).toEqual([...TAB_NAMES])
    expect(TAB_NAMES).toEqual([
      'Events',
      'ALS',
      'Members',
      'Participation',
      'Countries',
      'Webinars',
      'Registrations',
      'Proposals',
      'Prospects',
      'CROP',
      'Settings',
      'Dashboard',
    ])
    for (const name of TAB_NAMES) {
      const headers = headerRow(name)
      expect(new Set(headers).size).toBe(headers.length)
      expect(headers.every((header) => header.trim() === header && header !== '')).toBe(true)
      const tab = tabDefinition(name)
      if (tab.keyHeader) expect(headers).toContain(tab.keyHeader)
      for (const column of tab.columns) expect(column.width).toBeGreaterThanOrEqual(60)
    }
  })

  it('gives Events an ID column and Registrations its ID (the upsert key), status and Email sent', () => {
    expect(headerRow('Events')[0]).toBe('ID')
    expect(tabDefinition('Events').keyHeader).toBe('ID')
    expect(tabDefinition('Registrations').keyHeader).toBe('ID')
    expect(headerRow('Registrations')).toEqual(
      expect.arrayContaining(['ID', 'Status', 'Email sent'])
    )
    expect(headerRow('Settings')).toEqual(['Setting', 'Value', 'Description'])
  })

  it.each(RECORD_TABS)(
    'maps every column of %s to a field of its schema, and every field to a column',
    (name) => {
      const shape = shapeOf(SAMPLES[name].schema)
      const columns = tabDefinition(name).columns.filter((column) => !column.sheetOnly)
      for (const column of columns) {
        const [field, nested] = column.key.split('.') as [string, string | undefined]
        expect([column.header, field in shape]).toEqual([column.header, true])
        const inner = (shape[field] as unknown as { shape?: Record<string, unknown> }).shape
        if (nested && inner) expect(Object.keys(inner)).toContain(nested)
      }
      const covered = new Set(columns.map((column) => column.key.split('.')[0]))
      expect(Object.keys(shape).filter((field) => !covered.has(field))).toEqual([])
    }
  )

  it('offers the schemas’ own value sets in its drop-downs, in their order', () => {
    expect(dropdownValues('event-categories')).toEqual([...EVENT_CATEGORIES])
    expect(dropdownValues('event-statuses')).toEqual([...EVENT_STATUSES])
    expect(dropdownValues('event-formats')).toEqual([...EVENT_FORMATS])
    expect(dropdownValues('als-statuses')).toEqual([...ALS_STATUSES])
    expect(dropdownValues('registration-statuses')).toEqual([...REGISTRATION_STATUSES])
    expect(dropdownValues('participation-kinds')).toEqual([...PARTICIPATION_KINDS])
    expect(dropdownValues('crop-trip-statuses')).toEqual([...CROP_TRIP_STATUSES])
    expect(dropdownValues('subregions')).toEqual([...SUBREGIONS])
    expect(dropdownValues('locales')).toEqual([...LOCALES])
    expect(dropdownValues('countries')).toEqual([...REGION_COUNTRY_CODES])
    expect(dropdownValues('registration-countries')).toEqual([...REGISTRATION_COUNTRIES])
  })

  it('gives every list column a drop-down, and the columns the brief names theirs', () => {
    for (const tab of workbookTabs())
      for (const column of tab.columns.filter((c) => c.kind === 'list'))
        expect([tab.name, column.header, column.source !== undefined]).toEqual([
          tab.name,
          column.header,
          true,
        ])
    const source = (name: TabName, header: string) =>
      tabDefinition(name).columns.find((column) => column.header === header)?.source
    expect(source('Events', 'Country')).toBe('countries')
    expect(source('Events', 'Sub-region')).toBe('subregions')
    expect(source('Events', 'Category')).toBe('event-categories')
    expect(source('Events', 'Status')).toBe('event-statuses')
    expect(source('Events', 'Format')).toBe('event-formats')
    expect(source('Registrations', 'Language')).toBe('locales')
    expect(source('ALS', 'Status')).toBe('als-statuses')
    expect(source('Registrations', 'Status')).toBe('registration-statuses')
    expect(source('Participation', 'Kind')).toBe('participation-kinds')
  })

  it('refuses a tab it does not define, naming the ones it does', () => {
    expect(isTabName('Events')).toBe(true)
    expect(isTabName('events')).toBe(false)
    expect(() => tabDefinition('Eventos' as TabName)).toThrow(/Unknown tab 'Eventos'.*Events, ALS/)
  })
})

describe('rowToRecord and the schemas', () => {
  it.each(RECORD_TABS)('reads a full %s row into a record its schema accepts', (name) => {
    const { schema, full } = SAMPLES[name]
    const result = schema.safeParse(rowToRecord(name, full, options))
    expect(result.error?.issues ?? []).toEqual([])
  })

  it.each(RECORD_TABS)('reads a %s row with only the required cells filled', (name) => {
    const { schema, minimal } = SAMPLES[name]
    const result = schema.safeParse(rowToRecord(name, minimal, options))
    expect(result.error?.issues ?? []).toEqual([])
    const requiredHeaders = tabDefinition(name)
      .columns.filter((column) => column.required)
      .map((column) => column.header)
    for (const header of requiredHeaders) expect(Object.keys(minimal)).toContain(header)
  })

  it.each(RECORD_TABS)('reports a blank required %s cell at its own column', (name) => {
    const { schema, full } = SAMPLES[name]
    for (const column of tabDefinition(name).columns.filter((c) => c.required)) {
      const result = schema.safeParse(rowToRecord(name, { ...full, [column.header]: '' }, options))
      expect([column.header, result.success]).toEqual([column.header, false])
      const columns = result.error?.issues.map((issue) => columnForPath(name, issue.path)?.header)
      expect(columns).toContain(column.header)
    }
  })

  it('reads an event as the sheet shows it: dates, times, lists, booleans', () => {
    const event = outreachEventSchema.parse(rowToRecord('Events', SAMPLES.Events.full, options))
    expect(event).toMatchObject({
      startDate: '2023-03-26',
      endDate: '2023-03-28',
      startTime: '09:30',
      endTime: '17:00',
      country: 'TT',
      languages: ['en', 'es'],
      cropEligible: true,
    })
  })

  it('turns empty cells into null, or leaves them out where the schema has a default', () => {
    const record = rowToRecord('Events', { ...SAMPLES.Events.minimal, City: '   ' }, options)
    expect(record).toMatchObject({ startDate: null, city: null, url: null, description: null })
    expect(record).not.toHaveProperty('category')
    expect(record).not.toHaveProperty('languages')
    expect(outreachEventSchema.parse(record)).toMatchObject({
      category: 'other',
      format: 'in-person',
      languages: [],
      cropEligible: false,
    })
  })

  it('reads the same date in the spreadsheet’s zone, not the host’s', () => {
    // Midnight of 1 July in Tokyo is still 30 June in Montevideo.
    const tokyoMidnight = new Date('2023-06-30T15:00:00Z')
    expect(
      rowToRecord('CROP', { 'Travel date': tokyoMidnight }, { timeZone: 'Asia/Tokyo' })
    ).toMatchObject({ travelDate: '2023-07-01' })
    expect(rowToRecord('CROP', { 'Travel date': tokyoMidnight }, options)).toMatchObject({
      travelDate: '2023-06-30',
    })
  })

  it('reads what staff type in their language: labels, country names, yes and no', () => {
    const record = rowToRecord(
      'Events',
      {
        Status: 'Confirmado',
        Format: 'en présentiel',
        Category: 'Reunión de LACRALO',
        Country: 'Brasil',
        Languages: 'Español; Português, fr',
        'CROP eligible': 'sí',
      },
      options
    )
    expect(record).toMatchObject({
      status: 'confirmed',
      format: 'in-person',
      category: 'lacralo-meeting',
      country: 'BR',
      languages: ['es', 'pt', 'fr'],
      cropEligible: true,
    })
    expect(rowToRecord('Countries', { Territory: 'no' }, options)).toMatchObject({
      territory: false,
    })
  })

  it('leaves what it cannot read for the schema to report, in the right column', () => {
    const record = rowToRecord(
      'Events',
      {
        ...SAMPLES.Events.minimal,
        Status: 'maybe',
        'CROP eligible': 'perhaps',
        'Start date': '25/5/23',
      },
      options
    )
    const result = outreachEventSchema.safeParse(record)
    const headers = result.error?.issues.map((issue) => columnForPath('Events', issue.path)?.header)
    expect(headers).toEqual(expect.arrayContaining(['Status', 'CROP eligible', 'Start date']))
  })

  it('reads numbers typed as text, and keeps JSON it cannot parse for the schema to refuse', () => {
    expect(
      rowToRecord('Webinars', { Capacity: ' 300 ', 'Duration (minutes)': 'ninety' }, options)
    ).toMatchObject({ capacity: 300, durationMinutes: 'ninety' })
    const member = rowToRecord(
      'Members',
      { ...SAMPLES.Members.minimal, 'CROP trips': '[{' },
      options
    )
    expect(member.cropTrips).toBe('[{')
    expect(memberSchema.safeParse(member).success).toBe(false)
  })

  it('ignores columns staff added, and reads a missing column as an empty one', () => {
    const record = rowToRecord(
      'Participation',
      { ...SAMPLES.Participation.minimal, 'Notes (internal)': 'call dropped' },
      options
    )
    expect(Object.keys(record).sort()).toEqual(['date', 'detail', 'id', 'kind', 'memberId'])
    expect(record.detail).toBeNull()
  })
})

describe('recordToRow', () => {
  it('writes text from outside so that the sheet keeps it as text, never a formula', () => {
    const row = recordToRow('Registrations', {
      name: '=HYPERLINK("https://evil.example","Click")',
      affiliation: '+1 (809) 555-0100',
      email: '@attacker',
      emailKey: '-x',
      webinarSlug: 'dnssec-2023',
    })
    expect(row).toEqual({
      Name: '\'=HYPERLINK("https://evil.example","Click")',
      Affiliation: "'+1 (809) 555-0100",
      Email: "'@attacker",
      'Email key': "'-x",
      Webinar: 'dnssec-2023',
    })
  })

  it('leaves out the columns whose field the record lacks, so an update leaves them alone', () => {
    const row = recordToRow('Registrations', { id: 'r-1', status: 'cancelled' })
    expect(row).toEqual({ ID: 'r-1', Status: 'cancelled' })
    expect(row).not.toHaveProperty('Email sent')
  })

  it('writes dates and times as typed, lists joined, booleans and numbers as they are', () => {
    const event = outreachEventSchema.parse({
      id: 'icann-77',
      title: 'ICANN77 Policy Forum',
      startDate: '2023-06-12',
      endDate: '2023-06-15',
      startTime: '09:00',
      timeZone: 'Europe/Helsinki',
      country: 'FI',
      category: 'icann-meeting',
      languages: ['en', 'es', 'fr'],
      cropEligible: true,
    })
    expect(recordToRow('Events', event)).toMatchObject({
      ID: 'icann-77',
      'Start date': '2023-06-12',
      'Start time': '09:00',
      'End time': '',
      City: '',
      Languages: 'en, es, fr',
      'CROP eligible': true,
    })
    expect(recordToRow('Webinars', { capacity: 300 })).toEqual({ Capacity: 300 })
  })

  it('puts each language of a text in its own column', () => {
    expect(
      recordToRow('Webinars', {
        titles: { es: 'Aceptación Universal', fr: 'Acceptation universelle' },
      })
    ).toEqual({
      'Title (ES)': 'Aceptación Universal',
      'Title (FR)': 'Acceptation universelle',
    })
  })

  it('round-trips every reference country through the Countries tab', () => {
    for (const country of COUNTRIES) {
      const cells = recordToRow('Countries', country)
      // The sheet keeps a guarded text without its apostrophe, as getValues() returns it.
      const stored = Object.fromEntries(
        Object.entries(cells).map(([header, value]) => [
          header,
          typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value,
        ])
      )
      expect(countrySchema.parse(rowToRecord('Countries', stored, options))).toEqual(country)
    }
    const bonaire = recordToRow('Countries', COUNTRIES.find((country) => country.code === 'BQ')!)
    expect(bonaire['Other names']).toContain('Bonaire, Sint Eustatius & Saba; ')
  })

  it('writes JSON fields as JSON a person can read and the sheet keeps as text', () => {
    const row = recordToRow('Members', {
      conflicts: [{ description: '=1+1', noGo: true }],
      cropTrips: [],
    })
    expect(row).toEqual({
      'Conflicts of interest': '[{"description":"=1+1","noGo":true}]',
      'CROP trips': '[]',
    })
  })
})

describe('labels and issue paths', () => {
  it('names each tab in the user’s language', () => {
    expect(tabLabel('Participation', 'en')).toBe('Member participation')
    expect(tabLabel('Events', 'es')).toBe('Calendario de actividades de difusión')
    expect(tabLabel('Countries', 'pt')).toBe('Países e territórios')
    expect(tabLabel('CROP', 'fr')).toBe('Déplacements CROP')
  })

  it('labels columns with the schema’s field labels, per language where a field has several', () => {
    expect(columnLabel('Events', 'startDate', 'es')).toBe('Fecha de inicio')
    expect(columnLabel('Countries', 'names.es', 'fr')).toBe('Nom (Espagnol)')
    expect(columnLabel('Registrations', 'consent.textVersion', 'en')).toBe('Consent text version')
    expect(columnLabel('Registrations', 'emailSent', 'en')).toBe('Email sent')
    expect(columnLabel('Dashboard', 'indicator', 'es')).toBe('Indicator')
  })

  it('finds the column of an issue path, nested and indexed ones included', () => {
    expect(columnForPath('Countries', ['names', 'es'])?.header).toBe('Name (ES)')
    expect(columnForPath('Events', ['languages', 2])?.header).toBe('Languages')
    expect(columnForPath('Members', ['cropTrips', 0, 'date'])?.header).toBe('CROP trips')
    expect(columnForPath('Registrations', ['consent', 'given'])?.header).toBe('Consent')
    expect(columnForPath('Events', [])).toBeUndefined()
  })
})
