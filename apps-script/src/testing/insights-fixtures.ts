// A small region for the dashboard, participation and CROP tests (members across the three
// sub-regions, ALSes, six monthly calls, an election, events, a CROP trip), and a large one
// generated to hold the dashboard to its call budget.
import { DASHBOARD_COUNTRY_CODES, REGION_COUNTRY_CODES } from '../../../shared/reference/countries'
import type { Testbed } from './action-testbed'

/** The tests' today: 30 June 2026, noon in Montevideo. */
export const INSIGHTS_NOW = new Date('2026-06-30T15:00:00Z')

/** The six monthly calls before today. */
export const MONTHLY_CALLS = [
  '2026-01-14',
  '2026-02-11',
  '2026-03-11',
  '2026-04-15',
  '2026-05-13',
  '2026-06-10',
] as const

export const ELECTION_DAY = '2026-03-20'

/** The Caribbean event the shortlist tests select: CaribNOG 32 in Port of Spain. */
export const CARIBBEAN_EVENT = {
  id: 'caribnog-32',
  title: 'CaribNOG 32',
  startDate: '2026-09-14',
  endDate: '2026-09-16',
  city: 'Port of Spain',
  country: 'TT',
  subregion: 'caribbean',
  category: 'technical-community',
  format: 'in-person',
  status: 'confirmed',
  url: 'https://caribnog.org/32',
  languages: ['en'],
  cropEligible: true,
}

/** An event whose CROP request deadline (25 June) has passed. */
export const LATE_EVENT = {
  id: 'lacnic-46',
  title: 'LACNIC 46',
  startDate: '2026-08-20',
  city: 'Panamá',
  country: 'PA',
  subregion: 'central-america-mexico',
  category: 'technical-community',
  cropEligible: true,
}

export const MEMBERS = [
  {
    id: 'm-001',
    name: 'Ana Pérez',
    email: 'ana@example.org',
    country: 'TT',
    alsId: 'ALS-TT-01',
    languages: ['en', 'es'],
    gender: 'woman',
  },
  {
    id: 'm-002',
    name: 'Kwame Joseph',
    email: 'kwame@example.org',
    country: 'JM',
    languages: ['en'],
    gender: 'man',
  },
  {
    id: 'm-003',
    name: 'Marie-Claire Duvalier',
    email: 'marie@exemple.ht',
    country: 'HT',
    alsId: 'ALS-HT-01',
    languages: ['fr'],
    gender: 'woman',
  },
  {
    id: 'm-004',
    name: 'Luis Gómez',
    email: 'luis@example.com.ar',
    country: 'AR',
    alsId: 'ALS-AR-01',
    languages: ['es'],
  },
  { id: 'm-005', name: 'José Pérez', country: 'CU', languages: ['es'] },
  { id: 'm-006', name: 'Sofía Núñez', email: 'sofia@example.uy', country: 'UY', languages: ['es'] },
  {
    id: 'm-007',
    name: 'Beatriz Lima',
    email: 'beatriz@example.com.br',
    country: 'BR',
    languages: ['pt'],
    conflicts: [{ description: 'Board member of the event’s host', noGo: true }],
  },
  { id: 'm-008', name: '=Dwayne Clarke', email: 'dwayne@example.bb', country: 'BB' },
]

/** Who attended which of MONTHLY_CALLS (by index). */
const ATTENDED: Record<string, number[]> = {
  'm-001': [0, 1, 2, 3, 4, 5],
  'm-002': [0, 2, 4, 5],
  'm-003': [3, 4, 5],
  'm-004': [1, 2, 3, 4, 5],
  'm-005': [5],
  'm-007': [0, 1, 2, 3, 4, 5],
  'm-008': [0, 1, 2],
}

export const ALSES = [
  {
    id: 'ALS-TT-01',
    name: 'TT Internet Users',
    country: 'TT',
    status: 'active',
    representatives: ['m-001'],
  },
  { id: 'ALS-HT-01', name: 'Association Haïtienne des TIC', country: 'HT', status: 'active' },
  {
    id: 'ALS-AR-01',
    name: 'Usuarios de Internet Argentina',
    country: 'AR',
    status: 'active',
    representatives: ['m-004'],
  },
  { id: 'ALS-GY-01', name: 'Guyana Digital', country: 'GY', status: 'active' },
  { id: 'ALS-BO-01', name: 'Bolivia Conectada', country: 'BO', status: 'applicant' },
]

/** The participation records of the small region. */
export function participationRecords(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = []
  for (const [memberId, calls] of Object.entries(ATTENDED))
    for (const index of calls) {
      const date = MONTHLY_CALLS[index] as string
      records.push({ id: `call-${date}-${memberId}`, memberId, date, kind: 'monthly-call' })
    }
  for (const memberId of ['m-001', 'm-006'])
    records.push({
      id: `vote-${ELECTION_DAY}-${memberId}`,
      memberId,
      date: ELECTION_DAY,
      kind: 'vote',
    })
  records.push({
    id: 'wg-2026-05-02-m-002',
    memberId: 'm-002',
    date: '2026-05-02',
    kind: 'working-group',
  })
  return records
}

/**
 * Fills a set-up testbed with the small region.
 *
 * @example
 * const bed = createTestbed({ start: INSIGHTS_NOW }); fillRegion(bed)
 */
export function fillRegion(bed: Testbed): void {
  bed.fill('Members', MEMBERS)
  bed.fill('ALS', ALSES)
  bed.fill('Participation', participationRecords())
  bed.fill('Events', [
    CARIBBEAN_EVENT,
    LATE_EVENT,
    {
      id: 'webinar-ua-2026',
      title: 'Universal Acceptance',
      startDate: '2026-07-15',
      category: 'webinar',
      format: 'virtual',
    },
  ])
  bed.fill('CROP', [
    {
      memberId: 'm-002',
      eventId: 'igf-lac-2025',
      fiscalYear: 'FY26',
      travelDate: '2025-11-10',
      status: 'completed',
    },
  ])
}

/** How big the generated region is. */
export interface RegionSize {
  members: number
  alses: number
  events: number
  records: number
}

/**
 * Fills a set-up testbed with a generated region of `size`: members spread over the region's
 * countries, ALSes with a representative each, dated events, monthly-call records.
 *
 * @example
 * fillLargeRegion(bed, { members: 2000, alses: 300, events: 1000, records: 20000 })
 */
export function fillLargeRegion(bed: Testbed, size: RegionSize): void {
  const codes = REGION_COUNTRY_CODES
  const members = Array.from({ length: size.members }, (_, index) => ({
    id: `m-${String(index).padStart(5, '0')}`,
    name: `Member ${index}`,
    email: `member${index}@example.org`,
    country: codes[index % codes.length],
    alsId: index % 3 === 0 ? `ALS-${String(index % size.alses).padStart(4, '0')}` : null,
  }))
  bed.fill('Members', members)
  bed.fill(
    'ALS',
    Array.from({ length: size.alses }, (_, index) => ({
      id: `ALS-${String(index).padStart(4, '0')}`,
      name: `ALS ${index}`,
      // Half of the dashboard set has an ALS, whatever the size.
      country: DASHBOARD_COUNTRY_CODES[index % 16],
      status: index % 10 === 0 ? 'applicant' : 'active',
      representatives: [members[index % members.length]?.id],
    }))
  )
  bed.fill(
    'Events',
    Array.from({ length: size.events }, (_, index) => {
      const day = new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
      return { id: `event-${index}`, title: `Event ${index}`, startDate: day, country: 'TT' }
    })
  )
  bed.fill(
    'Participation',
    Array.from({ length: size.records }, (_, index) => {
      const memberId = members[index % members.length]?.id
      const date = MONTHLY_CALLS[index % MONTHLY_CALLS.length] as string
      return { id: `p-${index}`, memberId, date, kind: 'monthly-call' }
    })
  )
}
