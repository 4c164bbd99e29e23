// The preview's starting spreadsheet under `npm start`: set up by the add-on itself, then the
// rows staff would have typed: the 2023 Outreach Calendar, the demo webinars, a few ALS and
// members (one with mistakes, for Validate to find) and a calendar pasted into an Import tab.
import { addDays } from '../../shared/participation/date-math'
import { recordToRow } from '../../shared/workbook/tabs'
import { demoWebinars } from '../../worker/scripts/demo-webinars'
import { FIXTURE_CALENDAR, importCalendarFile } from '../../worker/scripts/publish-local'
import { createSheetWorkbook } from '../src/workbook/sheet-workbook'
import type { AddonRuntime } from './addon-runtime'
import { demoInsights } from './demo-insights'

const ALS = [
  { id: 'ALS-UY-01', name: 'Internauta Uruguay', country: 'UY', status: 'active' },
  {
    id: 'ALS-BR-03',
    name: 'Associação Brasileira de Usuários de Internet',
    country: 'BR',
    status: 'active',
  },
  {
    id: 'ALS-HT-01',
    name: 'Association Haïtienne pour le Développement des TIC',
    country: 'HT',
    status: 'under-review',
  },
]

const MEMBERS = [
  {
    id: 'M-001',
    name: 'Ana Beatriz Souza',
    email: 'ana.souza@exemplo.com.br',
    country: 'BR',
    alsId: 'ALS-BR-03',
    languages: ['pt', 'es'],
  },
  {
    id: 'M-002',
    name: 'Jean-Baptiste Étienne',
    email: 'jb.etienne@exemple.ht',
    country: 'HT',
    alsId: 'ALS-HT-01',
    languages: ['fr', 'en'],
  },
]

/**
 * Prospects to walk through the pipeline from the sidebar, in more countries without an ALS,
 * dated from `today`: an organization in El Salvador contacted by its liaison (M-014) and
 * ready to be invited, an ISP in Belize writing in English, someone in Suriname whose language
 * is unknown, invited already, and a person in Nicaragua with no address yet.
 */
function pipelineProspects(today: string) {
  const daysAgo = (days: number) => addDays(today, -days)
  return [
    {
      id: 'demo-prospect-sv-1',
      name: 'Colectivo Internet Libre El Salvador',
      kind: 'organization',
      country: 'SV',
      programme: 'als-accreditation',
      stage: 'contacted',
      liaison: 'M-014',
      email: 'contacto@internetlibre-sv.example',
      language: 'es',
      identifiedOn: daysAgo(30),
      contactedOn: daysAgo(8),
    },
    {
      id: 'demo-prospect-bz-1',
      name: 'Belize Network Operators Group',
      kind: 'organization',
      country: 'BZ',
      programme: 'dnssec-training',
      email: 'noc@bznog.example',
      language: 'en',
      identifiedOn: daysAgo(6),
    },
    {
      id: 'demo-prospect-sr-1',
      name: 'Sharda Ramdin',
      country: 'SR',
      programme: 'fellowship-nextgen',
      stage: 'invited',
      email: 'sharda.ramdin@correo-sr.example',
      identifiedOn: daysAgo(40),
      contactedOn: daysAgo(20),
      invitedOn: daysAgo(10),
      invitedTo: 'gobernanza-de-internet-lac',
    },
    {
      id: 'demo-prospect-ni-1',
      name: 'Ernesto Gaitán',
      country: 'NI',
      programme: 'universal-acceptance',
      language: 'es',
      identifiedOn: daysAgo(2),
    },
  ]
}

// Typed as staff sometimes type them: a country by name, an address without its domain.
const MEMBER_WITH_MISTAKES = {
  ID: 'M-003',
  Name: 'Carlos Méndez',
  Email: 'carlos.mendez@',
  Country: 'Argentina',
}

// A calendar as it arrives from a partner: pasted into the Import tab, header row first.
const PASTED_CALENDAR = [
  ['Event Name', 'Date', 'City', 'Country'],
  ['LACNIC 43 - Foro Técnico', '2025-05-12', 'Panamá', 'PA'],
  ['Caribbean IGF', '8/20/25', 'Bridgetown', 'Barbados'],
  ['Roadshow LACRALO (placeholder)', 'TBD', '', ''],
]

/**
 * Runs "Set up this spreadsheet" in the built add-on, then types in the rows above, the events
 * of the 2023 calendar (as the local Worker has them published) and the demo webinars (dated
 * from `now`, as `npm start` published them).
 *
 * @example
 * seedDemoWorkbook(runtime)
 */
export function seedDemoWorkbook(runtime: AddonRuntime, now = new Date()): void {
  runtime.call('setUpSpreadsheet')
  const workbook = createSheetWorkbook(runtime.fake.globals)
  const { events } = importCalendarFile(FIXTURE_CALENDAR)
  workbook.appendRows(
    'Events',
    events.map((event) => recordToRow('Events', event))
  )
  workbook.appendRows(
    'Webinars',
    demoWebinars(now).map((webinar) => recordToRow('Webinars', webinar))
  )
  workbook.appendRows(
    'ALS',
    ALS.map((als) => recordToRow('ALS', als))
  )
  workbook.appendRows('Members', [
    ...MEMBERS.map((member) => recordToRow('Members', member)),
    MEMBER_WITH_MISTAKES,
  ])
  // Members with their participation, more ALSes and an upcoming Caribbean event (demo-insights.ts).
  const insights = demoInsights(now)
  workbook.appendRows(
    'Members',
    insights.members.map((member) => recordToRow('Members', member))
  )
  workbook.appendRows(
    'ALS',
    insights.alses.map((als) => recordToRow('ALS', als))
  )
  workbook.appendRows(
    'Events',
    insights.events.map((event) => recordToRow('Events', event))
  )
  workbook.appendRows(
    'CROP',
    insights.trips.map((trip) => recordToRow('CROP', trip))
  )
  workbook.appendRows(
    'Participation',
    insights.participation.map((record) => recordToRow('Participation', record))
  )
  // The outreach pipeline of a few countries without an ALS, for the Dashboard.
  workbook.appendRows(
    'Prospects',
    insights.prospects.map((prospect) => recordToRow('Prospects', prospect))
  )
  // More prospects, with addresses, for the sidebar's Prospects section (move and invite).
  workbook.appendRows(
    'Prospects',
    pipelineProspects(now.toISOString().slice(0, 10)).map((prospect) =>
      recordToRow('Prospects', prospect)
    )
  )
  const importTab = runtime.fake.spreadsheet.insertSheet('Import')
  importTab.getRange(1, 1, PASTED_CALENDAR.length, 4).setValues(PASTED_CALENDAR)
  // Staff land on the Events tab, as after a day's work.
  runtime.fake.spreadsheet.sheet('Events').activate()
}
