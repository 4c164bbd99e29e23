// Times the pure domain engines (dashboard, CROP shortlist) on a large synthetic workbook, in Node.
import { fileURLToPath } from 'node:url'
import { cropShortlist } from '../../shared/crop/crop-shortlist'
import { buildDashboard, type DashboardInput } from '../../shared/dashboard/build-dashboard'
import { addDays, addMonths } from '../../shared/participation/date-math'
import { COUNTRIES } from '../../shared/reference/countries'
import { ALS_STATUSES, type Als } from '../../shared/schemas/als'
import {
  OUTREACH_PROGRAMMES,
  PROSPECT_STAGES,
} from '../../shared/schemas/candidate-suggestion-values'
import type { CropTrip } from '../../shared/schemas/crop'
import { type OutreachEvent, outreachEventSchema } from '../../shared/schemas/event'
import type { Member } from '../../shared/schemas/member'
import type { Participation } from '../../shared/schemas/participation'
import type { Prospect } from '../../shared/schemas/prospect'
import { REGISTRATION_STATUSES, type Registration } from '../../shared/schemas/registration'
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings'
import type { Webinar } from '../../shared/schemas/webinar'
import { syntheticEvents } from './synthetic-events'

/** The dashboard's budget for the default workbook size, in milliseconds (the goal). */
export const DASHBOARD_GOAL_MS = 200

/** The shortlist's budget over 5,000 members, in milliseconds (the goal). */
export const SHORTLIST_GOAL_MS = 50

/** The size of a synthetic workbook. */
export interface WorkbookSize {
  members: number
  alses: number
  events: number
  records: number
  registrations: number
  /** Rows of the Prospects tab, most in the countries without an ALS; none when left out. */
  prospects?: number
}

/**
 * The size: 2,000 members, 300 ALSes, 1,000 events, 20,000 participation records (and
 * 500 prospects, for the outreach pipeline of issue 8).
 */
export const DASHBOARD_SIZE: WorkbookSize = {
  members: 2000,
  alses: 300,
  events: 1000,
  records: 20_000,
  registrations: 3000,
  prospects: 500,
}

export interface SyntheticWorkbook extends Omit<DashboardInput, 'locale' | 'upcomingDays'> {
  alses: Als[]
  members: Member[]
  records: Participation[]
  events: OutreachEvent[]
  trips: CropTrip[]
  prospects: Prospect[]
}

// A small deterministic generator (mulberry32): the same workbook on every run.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0')

/**
 * A valid, varied workbook of `size` for `today`: ALSes in most of the region's countries
 * (some left without one, as in the 2023 plan), members with languages, genders, conflicts and
 * CROP trips, 18 months of monthly calls, an election, working groups, webinars with
 * registrations, a CROP tab. Same seed, same workbook.
 *
 * @example
 * const workbook = syntheticWorkbook(DASHBOARD_SIZE, { today: '2026-06-30' })
 */
export function syntheticWorkbook(
  size: WorkbookSize,
  options: { today: string; seed?: number }
): SyntheticWorkbook {
  const { today } = options
  const next = random(options.seed ?? 2026)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T
  // A third of the dashboard set has no ALS, as in LACRALO's plans.
  const withAls = COUNTRIES.filter((country, index) => !country.inDashboardSet || index % 3 !== 0)
  const alses: Als[] = Array.from({ length: size.alses }, (_, index) => {
    const country = pick(withAls).code
    const status = next() < 0.75 ? 'active' : pick(ALS_STATUSES)
    return {
      id: `ALS-${country}-${pad(index + 1)}`,
      name: `Asociación de Usuarios de Internet ${index + 1}`,
      country,
      status,
      accreditationDate: status === 'applicant' ? null : '2012-05-10',
      website: null,
      representatives: [],
    }
  })
  const members: Member[] = Array.from({ length: size.members }, (_, index) => {
    const als = next() < 0.7 ? pick(alses) : null
    const country = als?.country ?? pick(COUNTRIES).code
    const trips = next() < 0.15 ? 1 + Math.floor(next() * 3) : 0
    return {
      id: `m-${pad(index + 1, 5)}`,
      name: `Miembro ${index + 1}`,
      email: next() < 0.8 ? `miembro${index + 1}@ejemplo.org` : null,
      country,
      alsId: als?.id ?? null,
      languages: [pick(['es', 'en', 'pt', 'fr'] as const)],
      gender: next() < 0.6 ? pick(['Mujer', 'Hombre', 'Femme', 'Homem', 'Non-binary']) : null,
      expertise: [],
      conflicts: next() < 0.05 ? [{ description: 'Works for an ISP', noGo: next() < 0.5 }] : [],
      cropTrips: Array.from({ length: trips }, (_, trip) => ({
        eventId: `past-event-${trip + 1}`,
        date: addDays(today, -Math.floor(next() * 1000) - 30),
      })),
    }
  })
  for (const als of alses) {
    const representatives = members.filter((member) => member.alsId === als.id).slice(0, 2)
    if (next() < 0.8) als.representatives = representatives.map((member) => member.id)
  }
  // A monthly call on the 10th of each of the last 18 months, an election, working groups.
  const callDates = Array.from({ length: 18 }, (_, i) =>
    addMonths(`${today.slice(0, 7)}-10`, i - 17)
  ).filter((date) => date <= today)
  const election = addMonths(today, -4)
  const records: Participation[] = Array.from({ length: size.records }, (_, index) => {
    const member = pick(members)
    const roll = next()
    const kind =
      roll < 0.8 ? 'monthly-call' : roll < 0.9 ? 'vote' : pick(['working-group', 'other'] as const)
    const date =
      kind === 'monthly-call'
        ? pick(callDates)
        : kind === 'vote'
          ? addDays(election, Math.floor(next() * 5))
          : addDays(today, -Math.floor(next() * 540))
    return { id: `p-${pad(index + 1, 6)}`, memberId: member.id, date, kind, detail: null }
  })
  const events = syntheticEvents(size.events, {
    from: new Date(`${addDays(today, -60)}T12:00:00Z`),
    seed: options.seed ?? 2026,
  }).map((event) => outreachEventSchema.parse(event))
  const webinars: Webinar[] = Array.from({ length: 6 }, (_, index) => ({
    slug: `webinar-${index + 1}`,
    titles: {
      en: `Capacity building ${index + 1}`,
      es: `Fortalecimiento de capacidades ${index + 1}`,
    },
    descriptions: {},
    start: `${addMonths(today, index * 2 - 4)}T18:00:00-05:00`,
    timeZone: 'America/Bogota',
    durationMinutes: 90,
    capacity: 500,
    registrationOpens: `${addMonths(today, index * 2 - 5)}T00:00:00Z`,
    registrationCloses: `${addMonths(today, index * 2 - 4)}T17:00:00-05:00`,
    joinUrl: 'https://icann.zoom.us/j/123456789',
  }))
  const registrations: Registration[] = Array.from({ length: size.registrations }, (_, index) => ({
    id: `r-${pad(index + 1, 6)}`,
    webinarSlug: pick(webinars).slug,
    name: `Participante ${index + 1}`,
    email: `p${index + 1}@ejemplo.org`,
    emailKey: `p${index + 1}@ejemplo.org`,
    country: pick(COUNTRIES).code,
    affiliation: null,
    language: 'es',
    consent: { given: true, textVersion: '2024-01' },
    status: next() < 0.8 ? 'registered' : pick(REGISTRATION_STATUSES),
    createdAt: `${today}T00:00:00Z`,
    updatedAt: `${today}T00:00:00Z`,
  }))
  const trips: CropTrip[] = Array.from({ length: 3 }, (_, index) => ({
    memberId: pick(members).id,
    eventId: `crop-trip-${index + 1}`,
    fiscalYear: 'FY27',
    travelDate: null,
    status: 'approved',
  }))
  return {
    countries: COUNTRIES,
    alses,
    members,
    records,
    events,
    webinars,
    registrations,
    settings: DEFAULT_SETTINGS,
    today,
    trips,
    prospects: syntheticProspects(size.prospects ?? 0, withAls, {
      today,
      seed: options.seed ?? 2026,
    }),
  }
}

// Prospects at every stage (fewer the further on), nine in ten in the countries left without
// an ALS (three of them with none yet), from their own random stream so that the rest of the
// workbook stays as it was before they existed.
function syntheticProspects(
  total: number,
  withAls: readonly { code: string }[],
  options: { today: string; seed: number }
): Prospect[] {
  const next = random(options.seed + 1)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T
  const covered = new Set(withAls.map((country) => country.code))
  const without = COUNTRIES.filter(
    (country) => country.inDashboardSet && !covered.has(country.code)
  ).slice(3)
  // identified, contacted, invited, attended, applied, joined, declined
  const weights = [0.35, 0.25, 0.14, 0.1, 0.07, 0.01, 0.08]
  const daysAgo = (days: number) => addDays(options.today, -days)
  return Array.from({ length: total }, (_, index) => {
    const roll = next()
    let step = 0
    let bound = weights[0] as number
    while (roll >= bound && step < weights.length - 1) {
      step++
      bound += weights[step] as number
    }
    const stage = PROSPECT_STAGES[step] ?? 'identified'
    const identified = 30 + Math.floor(next() * 300)
    // Each step reached is dated, a few days to a few weeks after the one before.
    const dated = (at: number) => (step >= at ? daysAgo(Math.max(0, identified - at * 20)) : null)
    return {
      id: `pr-${pad(index + 1, 5)}`,
      name: `Candidato ${index + 1}`,
      kind: next() < 0.6 ? 'organization' : 'person',
      organization: null,
      country: (next() < 0.9 ? pick(without) : pick(COUNTRIES)).code,
      programme: pick(OUTREACH_PROGRAMMES),
      stage,
      liaison: next() < 0.8 ? `Enlace ${1 + Math.floor(next() * 12)}` : null,
      email: null,
      contactOther: null,
      language: pick(['es', 'en', 'pt', 'fr'] as const),
      why: null,
      suggestedBy: null,
      identifiedOn: daysAgo(identified),
      contactedOn: dated(1),
      invitedOn: dated(2),
      attendedOn: dated(3),
      appliedOn: dated(4),
      joinedOn: stage === 'joined' ? daysAgo(Math.max(0, identified - 100)) : null,
      declinedOn: stage === 'declined' ? daysAgo(Math.max(0, identified - 40)) : null,
      invitedTo: null,
      notes: null,
    }
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

// Runs `work` a few times untimed (so the JIT has compiled it), then `runs` times timed.
function medianMs(work: () => unknown, runs: number): number {
  for (let i = 0; i < 2; i++) work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  return median(times)
}

export interface DomainBenchOptions {
  /** Timed runs of each engine (the median is reported); 15 by default. */
  runs?: number
  /** Members of the CROP shortlist's workbook; 5,000 by default. */
  shortlistMembers?: number
  today?: string
}

export interface DomainBenchResult {
  /** For `ScenarioResult.timings` in report.ts. */
  timings: { label: string; ms: number }[]
  /** The lines to print, goal included. */
  lines: string[]
  /** The dashboard's median is under DASHBOARD_GOAL_MS. */
  ok: boolean
}

/**
 * Times `buildDashboard` on the workbook (2,000 members, 300 ALSes, 1,000 events,
 * 20,000 records, and 500 prospects for the outreach pipeline) and `cropShortlist` over 5,000
 * members: the median of `runs` runs each, after two warm-up runs. Synchronous and host-free: no Worker is started.
 *
 * @example
 * const domain = runDomainBench()
 * process.stdout.write(`${domain.lines.join('\n')}\n`)
 */
export function runDomainBench(options: DomainBenchOptions = {}): DomainBenchResult {
  const runs = options.runs ?? 15
  const today = options.today ?? '2026-06-30'
  const workbook = syntheticWorkbook(DASHBOARD_SIZE, { today })
  const dashboardMs = medianMs(() => buildDashboard(workbook), runs)
  const dashboard = buildDashboard(workbook)

  const shortlistSize = {
    ...DASHBOARD_SIZE,
    members: options.shortlistMembers ?? 5000,
    records: 50_000,
  }
  const large = syntheticWorkbook(shortlistSize, { today, seed: 5000 })
  const event = large.events.find(
    (candidate) =>
      candidate.cropEligible && candidate.startDate !== null && candidate.startDate > today
  )
  if (!event) throw new Error('The synthetic calendar has no future CROP-eligible event')
  const input = { ...large, event, slots: 3 }
  const shortlistMs = medianMs(() => cropShortlist(input), runs)
  const shortlist = cropShortlist(input)

  const label = {
    dashboard: `buildDashboard (${DASHBOARD_SIZE.members} members, ${DASHBOARD_SIZE.alses} ALSes, ${DASHBOARD_SIZE.events} events, ${DASHBOARD_SIZE.records} records, ${DASHBOARD_SIZE.prospects} prospects)`,
    shortlist: `cropShortlist (${shortlistSize.members} members, ${shortlistSize.records} records)`,
  }
  const dashboardOk = dashboardMs < DASHBOARD_GOAL_MS
  const shortlistOk = shortlistMs < SHORTLIST_GOAL_MS
  const ok = dashboardOk && shortlistOk
  return {
    timings: [
      { label: label.dashboard, ms: dashboardMs },
      { label: label.shortlist, ms: shortlistMs },
    ],
    lines: [
      `Domain engines in Node ${process.version}, median of ${runs} runs:`,
      `  ${label.dashboard}: ${dashboardMs.toFixed(1)} ms (goal < ${DASHBOARD_GOAL_MS} ms${dashboardOk ? '' : ', over goal'}); ${dashboard.headline.message}, ${dashboard.totals.activeMembers} active members`,
      `  ${label.shortlist}: ${shortlistMs.toFixed(1)} ms (goal < ${SHORTLIST_GOAL_MS} ms${shortlistOk ? '' : ', over goal'}); ${shortlist.candidates.length} candidates, ${shortlist.excluded.length} excluded`,
    ],
    ok,
  }
}

// `npx tsx tests/bench/domain.ts` runs it alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = runDomainBench()
  process.stdout.write(`${result.lines.join('\n')}\n`)
  process.exitCode = result.ok ? 0 : 1
}
