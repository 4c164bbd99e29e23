// The staff spreadsheet the add-on's browser tests start from: a few tabs typed by hand before
// the add-on was set up (one member with a mistake), and a webinar of the tests' own.
import type { AddonRuntime } from '../../apps-script/preview/addon-runtime'
import { createSheetWorkbook } from '../../apps-script/src/workbook/sheet-workbook'
import type { OutreachEventInput } from '../../shared/schemas/event'
import type { WebinarInput } from '../../shared/schemas/webinar'
import type { CellValue } from '../../shared/workbook/columns'
import { recordToRow, type TabName, workbookTabs } from '../../shared/workbook/tabs'
import { upcomingEvents } from './upcoming-events'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** The webinar the tests register for and sync: their own, so no rate limit crosses files. */
export const SYNC_WEBINAR_SLUG = 'taller-complemento-hojas'

/** An event the sheet has and the published calendar has not: the publish adds it. */
export const SHEET_ONLY_EVENT: OutreachEventInput = {
  id: 'roadshow-lacralo-montevideo-2024-03-14',
  title: 'Roadshow LACRALO Montevideo',
  startDate: '2024-03-14',
  city: 'Montevideo',
  country: 'UY',
  subregion: 'south-america',
  category: 'roadshow',
}

/**
 * The tests' webinar, open for registration from yesterday, held in 12 days.
 *
 * @example
 * recordToRow('Webinars', syncWebinar(new Date()))
 */
export function syncWebinar(now: Date): WebinarInput {
  const day = new Date(now.getTime() + 12 * DAY).toISOString().slice(0, 10)
  const start = Date.parse(`${day}T22:00:00Z`)
  return {
    slug: SYNC_WEBINAR_SLUG,
    titles: {
      es: 'Taller: el complemento de Hojas de cálculo de LACRALO',
      en: 'Workshop: the LACRALO Sheets add-on',
    },
    descriptions: { es: 'Validar, importar, publicar y sincronizar desde la hoja de cálculo.' },
    start: new Date(start).toISOString(),
    timeZone: 'America/Montevideo',
    durationMinutes: 60,
    capacity: 40,
    registrationOpens: new Date(now.getTime() - DAY).toISOString(),
    registrationCloses: new Date(start - HOUR).toISOString(),
    joinUrl: 'https://meet.example.org/lacralo/taller-complemento',
  }
}

function headersOf(tab: TabName): string[] {
  const definition = workbookTabs().find((candidate) => candidate.name === tab)
  if (!definition) throw new Error(`No tab ${tab} in the workbook definition`)
  return definition.columns.map((column) => column.header)
}

/**
 * The tabs as staff made them before the add-on: Events and Webinars with their headers,
 * Members with only its first four columns (setting up adds the rest), for `sheets`.
 *
 * @example
 * startPreview({ ..., seed: 'none', sheets: staffSheets() })
 */
export function staffSheets(): Record<string, CellValue[][]> {
  return {
    Events: [headersOf('Events')],
    Webinars: [headersOf('Webinars')],
    Members: [['ID', 'Name', 'Email', 'Country']],
  }
}

/**
 * Types the staff's rows into those tabs, as a person would (dates become dates): the events
 * the public calendar already lists plus SHEET_ONLY_EVENT, the tests' webinar, and two members,
 * the second with an email address that has no domain (row 3 of Members).
 *
 * @example
 * typeStaffRows(preview.runtime, new Date())
 */
export function typeStaffRows(runtime: AddonRuntime, now: Date): void {
  const workbook = createSheetWorkbook(runtime.fake.globals)
  workbook.appendRows(
    'Events',
    [...upcomingEvents(now), SHEET_ONLY_EVENT].map((event) => recordToRow('Events', event))
  )
  workbook.appendRows('Webinars', [recordToRow('Webinars', syncWebinar(now))])
  workbook.appendRows('Members', [
    { ID: 'M-001', Name: 'Dev Anand Teelucksingh', Email: 'dev@ttcsweb.example', Country: 'TT' },
    { ID: 'M-002', Name: 'Sylvia Herlein Leite', Email: 'sylvia.leite@', Country: 'BR' },
  ])
}
