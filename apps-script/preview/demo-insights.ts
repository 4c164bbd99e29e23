// The preview's members with their participation, more ALSes and an upcoming Caribbean event,
// dated from today, so that the dashboard, the attendance import and the CROP shortlist have a
// region to work on: several Caribbean members, some active, one with a no-go conflict, one
// who has travelled before, and people in the other two sub-regions.
import { addDays, addMonths } from '../../shared/participation/date-math'

/** The Caribbean event the preview's CROP shortlist is made for, about 80 days ahead. */
export const DEMO_CARIBBEAN_EVENT_ID = 'caribbean-igf-demo'

/** A member who is in the demo and whose name a participant list can spell differently. */
export type DemoMember = {
  id: string
  name: string
  email?: string
  country: string
  alsId?: string
  languages?: string[]
  gender?: string
  conflicts?: { description: string; noGo: boolean }[]
}

const DEMO_MEMBERS: DemoMember[] = [
  {
    id: 'M-010',
    name: 'Dev Anand Teelucksingh',
    email: 'dev@ttcs.example',
    country: 'TT',
    alsId: 'ALS-TT-01',
    languages: ['en'],
    gender: 'man',
  },
  {
    id: 'M-011',
    name: 'Kerry-Ann Barrett',
    email: 'kerryann@jm.example',
    country: 'JM',
    languages: ['en'],
    gender: 'woman',
  },
  {
    id: 'M-012',
    name: 'Marie-Claude Pierre',
    email: 'mcpierre@ht.example',
    country: 'HT',
    alsId: 'ALS-HT-01',
    languages: ['fr'],
    gender: 'woman',
  },
  {
    id: 'M-013',
    name: 'Rudolph Daniel',
    email: 'rudolph@gd.example',
    country: 'GD',
    languages: ['en'],
    gender: 'man',
  },
  {
    id: 'M-014',
    name: 'Yaneris Rodríguez',
    email: 'yaneris@do.example',
    country: 'DO',
    languages: ['es'],
    gender: 'woman',
  },
  {
    id: 'M-015',
    name: 'Carlton Samuels',
    email: 'carlton@jm.example',
    country: 'JM',
    languages: ['en'],
    conflicts: [{ description: 'Organizes the event', noGo: true }],
  },
  {
    id: 'M-016',
    name: 'Sergio Salinas Porto',
    email: 'sergio@ar.example',
    country: 'AR',
    languages: ['es'],
    gender: 'man',
  },
  {
    id: 'M-017',
    name: 'Vanda Scartezini',
    email: 'vanda@br.example',
    country: 'BR',
    alsId: 'ALS-BR-03',
    languages: ['pt', 'en'],
    gender: 'woman',
  },
  {
    id: 'M-018',
    name: 'Humberto Carrasco',
    email: 'humberto@cl.example',
    country: 'CL',
    languages: ['es'],
  },
]

/** Monthly calls each member attended, counted back from the latest (0 is last month's). */
const ATTENDED: Record<string, number[]> = {
  'M-001': [0, 1, 2],
  'M-010': [0, 1, 2, 3, 4, 5],
  'M-011': [0, 2, 4],
  'M-012': [0, 1, 3, 4],
  'M-013': [1, 2, 3],
  'M-014': [5],
  'M-015': [0, 1, 2, 3],
  'M-016': [0, 1, 2, 3, 4],
  'M-017': [0, 1, 3],
}

const DEMO_ALSES = [
  {
    id: 'ALS-TT-01',
    name: 'Trinidad and Tobago Computer Society',
    country: 'TT',
    status: 'active',
    representatives: ['M-010'],
  },
  { id: 'ALS-GY-01', name: 'Guyana Internet Users', country: 'GY', status: 'active' },
  { id: 'ALS-BO-01', name: 'Internet Bolivia', country: 'BO', status: 'applicant' },
]

/**
 * Prospects in countries without an ALS, dated from `today`: Honduras under way, Bolivia not
 * contacted for 75 days, Jamaica identified only, someone from Paraguay who joined and a
 * Guatemalan organization that declined.
 */
function demoProspects(today: string) {
  const daysAgo = (days: number) => addDays(today, -days)
  return [
    {
      id: 'demo-prospect-hn-1',
      name: 'Red de Telecentros de Honduras',
      kind: 'organization',
      country: 'HN',
      programme: 'als-accreditation',
      stage: 'contacted',
      liaison: 'Yaneris Rodríguez',
      language: 'es',
      identifiedOn: daysAgo(40),
      contactedOn: daysAgo(12),
    },
    {
      id: 'demo-prospect-hn-2',
      name: 'Asociación Hondureña de Software Libre',
      kind: 'organization',
      country: 'HN',
      programme: 'als-accreditation',
      stage: 'invited',
      liaison: 'Yaneris Rodríguez',
      language: 'es',
      identifiedOn: daysAgo(50),
      contactedOn: daysAgo(30),
      invitedOn: daysAgo(5),
    },
    {
      id: 'demo-prospect-bo-1',
      name: 'Fundación Redes Bolivia',
      kind: 'organization',
      country: 'BO',
      programme: 'als-accreditation',
      stage: 'contacted',
      liaison: 'Sergio Salinas Porto',
      language: 'es',
      identifiedOn: daysAgo(90),
      contactedOn: daysAgo(75),
    },
    {
      id: 'demo-prospect-jm-1',
      name: 'Caribbean Fibre Networks',
      kind: 'organization',
      country: 'JM',
      programme: 'dnssec-training',
      liaison: 'Kerry-Ann Barrett',
      language: 'en',
      identifiedOn: daysAgo(3),
    },
    {
      id: 'demo-prospect-py-1',
      name: 'Lucía Benítez',
      country: 'PY',
      programme: 'individual-membership',
      stage: 'joined',
      liaison: 'Humberto Carrasco',
      language: 'es',
      identifiedOn: daysAgo(120),
      contactedOn: daysAgo(100),
      invitedOn: daysAgo(80),
      attendedOn: daysAgo(60),
      appliedOn: daysAgo(45),
      joinedOn: daysAgo(20),
    },
    {
      id: 'demo-prospect-gt-1',
      name: 'Cooperativa Digital de Guatemala',
      kind: 'organization',
      country: 'GT',
      programme: 'als-accreditation',
      stage: 'declined',
      language: 'es',
      identifiedOn: daysAgo(100),
      contactedOn: daysAgo(90),
      declinedOn: daysAgo(70),
    },
  ]
}

// The second Wednesday of the month `back` months before `today`'s.
function monthlyCall(today: string, back: number): string {
  const first = `${addMonths(today, -back - 1).slice(0, 7)}-01`
  const weekday = new Date(`${first}T12:00:00Z`).getUTCDay()
  return addDays(first, ((3 - weekday + 7) % 7) + 7)
}

/**
 * The rows to add to the preview's workbook, dated from `now`.
 *
 * @example
 * const { members, alses, participation, events, trips, prospects } = demoInsights(new Date())
 */
export function demoInsights(now: Date) {
  const today = now.toISOString().slice(0, 10)
  const participation = Object.entries(ATTENDED).flatMap(([memberId, months]) =>
    months.map((back) => {
      const date = monthlyCall(today, back)
      return { id: `call-${date}-${memberId}`, memberId, date, kind: 'monthly-call' }
    })
  )
  const start = addDays(today, 80)
  return {
    members: DEMO_MEMBERS,
    alses: DEMO_ALSES,
    participation,
    events: [
      {
        id: DEMO_CARIBBEAN_EVENT_ID,
        title: 'Caribbean Internet Governance Forum',
        startDate: start,
        endDate: addDays(start, 2),
        city: 'Port of Spain',
        country: 'TT',
        subregion: 'caribbean',
        category: 'governance-forum',
        format: 'in-person',
        status: 'confirmed',
        url: 'https://ctu.int/caribbean-igf',
        languages: ['en'],
        cropEligible: true,
      },
    ],
    prospects: demoProspects(today),
    trips: [
      {
        memberId: 'M-011',
        eventId: 'caribnog-25',
        fiscalYear: 'FY23',
        travelDate: '2023-03-26',
        status: 'completed',
      },
    ],
  }
}
