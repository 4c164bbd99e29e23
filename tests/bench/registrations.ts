// Registrations per second under concurrent clients, then a check that D1 kept every 201 exactly once.
import { signedFetch } from '../../cli/src/admin-client'
import type { WebinarInput } from '../../shared/schemas/webinar'
import { CONSENT_TEXT_VERSION } from '../../worker/src/registrations/consent'
import type { Measurement } from './measure'
import { type BenchScenario, type BenchTarget, timed } from './scenario'

/** The webinar `publishBenchWebinar` creates: open now, with room for any run. */
export const BENCH_WEBINAR_SLUG = 'bench-registrations'

export interface RegistrationBenchOptions extends BenchTarget {
  /** An open webinar on that Worker. */
  webinarSlug: string
  /** Simultaneous clients, each posting one registration after another; 50 by default. */
  connections?: number
  /** How long to post, in seconds; 5 by default. */
  durationSeconds?: number
}

export interface RegistrationBenchResult {
  /** For the report table, like any other route. Failures: answers that were not 201. */
  measurement: Measurement
  created: number
  registered: number
  waitlisted: number
  /** Answers by status code, e.g. { 201: 5120 }. */
  statuses: Record<number, number>
  /** What the signed admin export holds for the webinar, compared with the 201s. */
  check: {
    /** 201s whose registration is not in D1. */
    missing: number
    /** Registrations that appear more than once in the export. */
    duplicated: number
    /** Rows in D1 no 201 announced. */
    unexpected: number
    /** More registered than the webinar's capacity. */
    overCapacity: boolean
    ok: boolean
  }
}

const LOOPBACK_HOSTS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/
const NAMES = [
  'María José Ñúñez',
  'Zoë Saldaña',
  '李小龍',
  'محمد الأمين',
  'Ngũgĩ wa Thiong’o',
  'Élodie Béranger',
]
const COUNTRIES = ['AR', 'BR', 'CO', 'HT', 'MX', 'TT', 'UY', 'other']

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0
}

/**
 * Publishes one open webinar with a capacity no run reaches, as the whole set of webinars
 * (so only against the benchmark's own Worker), and answers its slug.
 *
 * @example
 * const slug = await publishBenchWebinar({ baseUrl, secret })
 */
export async function publishBenchWebinar(target: BenchTarget, now = new Date()): Promise<string> {
  const day = 86_400_000
  const webinar: WebinarInput = {
    slug: BENCH_WEBINAR_SLUG,
    titles: { en: 'Benchmark webinar', es: 'Webinar de prueba de carga' },
    start: new Date(now.getTime() + 7 * day).toISOString(),
    timeZone: 'America/Montevideo',
    durationMinutes: 60,
    capacity: 100_000,
    registrationOpens: new Date(now.getTime() - day).toISOString(),
    registrationCloses: new Date(now.getTime() + 6 * day).toISOString(),
    joinUrl: 'https://meet.example.org/lacralo/bench',
  }
  const res = await signedFetch({
    ...target,
    method: 'PUT',
    path: '/admin/webinars',
    body: { webinars: [webinar] },
  })
  if (!res.ok) throw new Error(`PUT /admin/webinars answered ${res.status}: ${await res.text()}`)
  return BENCH_WEBINAR_SLUG
}

interface ExportedRow {
  id: string
  webinarSlug: string
  status: string
}

// Pages through the signed export from `after` to its end.
async function exportFrom(
  target: BenchTarget,
  after: string
): Promise<{ rows: ExportedRow[]; cursor: string }> {
  const rows: ExportedRow[] = []
  let cursor = after
  for (;;) {
    const res = await signedFetch({
      ...target,
      method: 'GET',
      path: `/admin/registrations?after=${cursor}&limit=1000`,
    })
    if (!res.ok)
      throw new Error(`GET /admin/registrations answered ${res.status}: ${await res.text()}`)
    const page = (await res.json()) as {
      registrations: ExportedRow[]
      nextCursor: string
      hasMore: boolean
    }
    rows.push(...page.registrations)
    cursor = page.nextCursor
    if (!page.hasMore) return { rows, cursor }
  }
}

/**
 * Posts registrations to `POST /api/webinars/:slug/registrations` from `connections`
 * simultaneous clients for `durationSeconds` (each a distinct person), measures registrations
 * per second and latency, then reads the signed admin export and checks that every 201 is
 * in D1 exactly once, nothing else is, and no more than the capacity hold a seat. Loopback
 * addresses only. Start the Worker with REGISTRATION_RATE_LIMIT=0, or the per-client limit
 * turns most posts into 429s.
 *
 * @example
 * const slug = await publishBenchWebinar(target)
 * const result = await benchRegistrations({ ...target, webinarSlug: slug, connections: 50 })
 * if (!result.check.ok) process.exitCode = 1
 */
export async function benchRegistrations(
  options: RegistrationBenchOptions
): Promise<RegistrationBenchResult> {
  const base = options.baseUrl.replace(/\/+$/, '')
  const url = new URL(base)
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.test(url.hostname))
    throw new Error(`refusing to load ${options.baseUrl}: loopback only`)
  const connections = options.connections ?? 50
  const durationMs = (options.durationSeconds ?? 5) * 1000
  const target = { baseUrl: options.baseUrl, secret: options.secret }
  const endpoint = `${base}/api/webinars/${encodeURIComponent(options.webinarSlug)}/registrations`
  const run = Math.random().toString(36).slice(2, 8)

  const details = await fetch(`${base}/api/webinars/${encodeURIComponent(options.webinarSlug)}`)
  if (!details.ok) throw new Error(`webinar ${options.webinarSlug}: GET answered ${details.status}`)
  const { capacity } = (await details.json()) as { capacity: number }
  const { cursor: startCursor } = await exportFrom(target, '0')

  const statuses: Record<number, number> = {}
  const latencies: number[] = []
  const created = new Map<string, 'registered' | 'waitlisted'>()
  let errors = 0
  let sent = 0
  const started = performance.now()
  const deadline = started + durationMs

  async function client(index: number): Promise<void> {
    while (performance.now() < deadline) {
      const number = sent++
      const body = JSON.stringify({
        name: `${NAMES[number % NAMES.length]} ${number}`,
        email: `bench-${run}-${number}@ejemplo.org`,
        country: COUNTRIES[number % COUNTRIES.length],
        affiliation: 'LACRALO benchmark',
        language: (['en', 'es', 'pt', 'fr'] as const)[number % 4],
        consent: true,
        consentVersion: CONSENT_TEXT_VERSION,
      })
      const begin = performance.now()
      try {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'CF-Connecting-IP': `127.0.${Math.floor(index / 250)}.${(index % 250) + 1}`,
          },
          body,
        })
        const answer = (await res.json()) as {
          status?: 'registered' | 'waitlisted'
          registration?: { id: string }
        }
        latencies.push(performance.now() - begin)
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (res.status === 201 && answer.registration && answer.status)
          created.set(answer.registration.id, answer.status)
      } catch {
        errors += 1
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, index) => client(index)))
  const elapsedSeconds = (performance.now() - started) / 1000

  const { rows } = await exportFrom(target, startCursor)
  const ours = rows.filter((row) => row.webinarSlug === options.webinarSlug)
  const seen = new Map<string, number>()
  for (const row of ours) seen.set(row.id, (seen.get(row.id) ?? 0) + 1)
  const missing = [...created.keys()].filter((id) => !seen.has(id)).length
  const duplicated = [...seen.values()].filter((count) => count > 1).length
  const unexpected = [...seen.keys()].filter((id) => !created.has(id)).length
  const registered = [...created.values()].filter((status) => status === 'registered').length
  const overCapacity = ours.filter((row) => row.status === 'registered').length > capacity

  latencies.sort((a, b) => a - b)
  const answered = latencies.length
  return {
    measurement: {
      label: 'POST /api/webinars/:slug/registrations',
      requestsPerSecond: created.size / elapsedSeconds,
      latencyP50Ms: percentile(latencies, 0.5),
      latencyP99Ms: percentile(latencies, 0.99),
      requests: answered,
      failures: answered - created.size + errors,
    },
    created: created.size,
    registered,
    waitlisted: created.size - registered,
    statuses,
    check: {
      missing,
      duplicated,
      unexpected,
      overCapacity,
      ok: missing === 0 && duplicated === 0 && unexpected === 0 && !overCapacity,
    },
  }
}

/**
 * The registrations scenario for `npm run bench`: publishes the bench webinar, then posts
 * from 50 clients and fails the run if any 201 is missing from D1 or appears twice.
 *
 * @example
 * const SCENARIOS = [...calendarScenarios(), registrationScenario()]
 */
export function registrationScenario(connections = 50): BenchScenario {
  return {
    name: `Webinar registrations (${connections} clients)`,
    async prepare(target) {
      const published = await timed(() => publishBenchWebinar(target))
      return {
        timings: [{ label: 'publish the bench webinar', ms: published.ms }],
        routes: [],
        async measure(options) {
          const result = await benchRegistrations({
            ...target,
            webinarSlug: published.result,
            connections,
            durationSeconds: options.durationSeconds,
          })
          process.stderr.write(
            `registrations: ${result.created} created (${result.registered} registered, ` +
              `${result.waitlisted} waitlisted), answers ${JSON.stringify(result.statuses)}, ` +
              `check ${JSON.stringify(result.check)}\n`
          )
          if (!result.check.ok)
            throw new Error(`registrations lost or duplicated: ${JSON.stringify(result.check)}`)
          return [result.measurement]
        },
      }
    },
  }
}
