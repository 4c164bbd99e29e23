// The pipeline tests' spreadsheet: a testbed with prospects in countries without an ALS, the
// DNSSEC webinar and a few events, some published to the fake Worker, and helpers to select a
// prospect's row and read it back.
import type { Prospect, ProspectInput } from '../../../shared/schemas/prospect'
import { createTestbed, DNSSEC_WEBINAR, type Testbed } from '../testing/action-testbed'
import { PROSPECTS_TAB } from './move-prospect-target'
import { checkRecords } from './tab-check'

/** The prospects, as staff and the sync leave them (the testbed's today is 1 March 2023). */
export const PROSPECTS = [
  {
    id: 'sug-bo-01',
    name: 'Ana Quispe',
    kind: 'person',
    country: 'BO',
    programme: 'individual-membership',
    stage: 'identified',
    email: 'ana.quispe@ejemplo.bo',
    language: 'es',
    identifiedOn: '2023-02-10',
  },
  {
    id: 'sug-hn-01',
    name: 'Red de Telecentros de Honduras',
    kind: 'organization',
    country: 'HN',
    programme: 'als-accreditation',
    stage: 'contacted',
    liaison: 'M-014',
    email: 'contacto@telecentros.hn',
    identifiedOn: '2023-01-20',
    contactedOn: '2023-02-01',
  },
  {
    id: 'sug-py-01',
    name: 'Operadora Guaraní S.A.',
    kind: 'organization',
    country: 'PY',
    programme: 'dnssec-training',
    stage: 'attended',
    email: 'noc@guarani.com.py',
    language: 'en',
    identifiedOn: '2023-01-05',
    contactedOn: '2023-01-10',
    invitedOn: '2023-01-20',
    attendedOn: '2023-02-15',
    invitedTo: 'ua-teleconferencia',
  },
  {
    id: 'sug-sr-01',
    name: 'Mireille Pinas',
    kind: 'person',
    country: 'SR',
    programme: 'fellowship-nextgen',
    stage: 'joined',
    email: 'mireille@correo.sr',
    language: 'fr',
    identifiedOn: '2022-11-01',
    appliedOn: '2023-01-15',
    joinedOn: '2023-02-20',
  },
  {
    id: 'sug-bz-01',
    name: 'Kenrick Usher',
    kind: 'person',
    country: 'BZ',
    programme: 'universal-acceptance',
    stage: 'identified',
    // A slip of the keyboard: a day still ahead.
    identifiedOn: '2023-03-05',
  },
  {
    id: 'sug-ve-01',
    name: 'Zoë Hernández',
    kind: 'person',
    country: 'VE',
    programme: 'fellowship-nextgen',
    stage: 'invited',
    email: 'zoë@correo.example',
    language: 'pt',
    identifiedOn: '2023-02-01',
    invitedOn: '2023-02-20',
    invitedTo: 'dnssec-2023',
  },
] as const satisfies readonly ProspectInput[]

/** A virtual teleconference on 20 March 2023 at 15:00 in Montevideo (18:00 UTC), published. */
export const UA_TELECONFERENCE = {
  id: 'ua-teleconferencia',
  title: 'Teleconferencia: Aceptación Universal',
  startDate: '2023-03-20',
  startTime: '15:00',
  endTime: '16:30',
  timeZone: 'America/Montevideo',
  category: 'capacity-building',
  format: 'virtual',
  status: 'confirmed',
  url: 'https://community.icann.org/display/LACRALO/UA',
}

/** An all-day forum in Asunción, published. */
export const LACIGF = {
  id: 'lacigf-2023',
  title: 'LACIGF 2023',
  startDate: '2023-04-10',
  endDate: '2023-04-12',
  city: 'Asunción',
  country: 'PY',
  subregion: 'south-america',
  category: 'governance-forum',
  format: 'hybrid',
  status: 'tentative',
}

/** Events on the tab that no one can be invited to (and one not published). */
export const OTHER_EVENTS = [
  {
    id: 'roadshow-cancelado',
    title: 'Roadshow cancelado',
    startDate: '2023-04-01',
    status: 'cancelled',
  },
  { id: 'foro-propuesto', title: 'Foro propuesto', startDate: '2023-05-01', status: 'proposed' },
  { id: 'caribnog-24', title: 'CaribNOG 24', startDate: '2023-02-01', country: 'TT' },
  { id: 'roadshow-sin-fecha', title: 'Roadshow sin fecha', status: 'tentative' },
  { id: 'taller-no-publicado', title: 'Taller no publicado', startDate: '2023-03-25' },
]

/** Members, for the liaison's name and address. */
export const LIAISONS = [
  { id: 'M-014', name: 'Yaneris Rodríguez', email: 'yaneris@do.example', country: 'DO' },
]

/**
 * A testbed whose Prospects, Webinars, Events and Members tabs hold the rows above, with the
 * DNSSEC webinar and every event but the unpublished one published to the fake Worker. The
 * call log starts empty.
 *
 * @example
 * const bed = prospectsBed({ locale: 'es' })
 */
export function prospectsBed(options: { locale?: string } = {}): Testbed {
  const bed = createTestbed({ locale: options.locale ?? 'en' })
  bed.fill('Prospects', [...PROSPECTS])
  bed.fill('Webinars', [DNSSEC_WEBINAR])
  bed.fill('Events', [UA_TELECONFERENCE, LACIGF, ...OTHER_EVENTS])
  bed.fill('Members', LIAISONS)
  const client = bed.host.workerClient()
  client.admin('PUT', '/admin/webinars', { webinars: [DNSSEC_WEBINAR] })
  client.admin('PUT', '/admin/events', {
    events: [UA_TELECONFERENCE, LACIGF, ...OTHER_EVENTS].filter(
      (event) => event.id !== 'foro-propuesto' && event.id !== 'taller-no-publicado'
    ),
  })
  bed.fake.calls.reset()
  return bed
}

/** The row of Prospects a prospect is on. */
export function prospectRow(bed: Testbed, id: string): number {
  return bed.values(PROSPECTS_TAB).findIndex((row) => row[0] === id) + 1
}

/** Clicks a cell of the prospect's row, as staff select it. */
export function selectProspect(bed: Testbed, id: string, column = 'B'): void {
  selectRange(bed, PROSPECTS_TAB, `${column}${prospectRow(bed, id)}`)
  bed.fake.calls.reset()
}

/** Selects a cell or range of any tab (A1 notation), as staff click it. */
export function selectRange(bed: Testbed, tab: string, a1: string): void {
  bed.fake.spreadsheet.sheet(tab).getRange(a1).activate()
}

/** The prospect as its row now reads, through the schema. */
export function storedProspect(bed: Testbed, id: string): Prospect {
  const host = bed.newHost()
  const check = checkRecords(PROSPECTS_TAB, host.workbook.readTab(PROSPECTS_TAB), {
    timeZone: host.workbook.spreadsheetTimeZone(),
    locale: 'en',
  })
  const found = check.records.find(({ record }) => record.id === id)
  if (!found) throw new Error(`No valid row for ${id}: ${JSON.stringify(check.problems)}`)
  return found.record
}
