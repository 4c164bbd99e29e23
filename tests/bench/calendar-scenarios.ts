// The calendar's benchmark scenarios: the real 2023 calendar, then 5,000 synthetic events.
import type { OutreachEventInput } from '../../shared/schemas/event'
import {
  FIXTURE_CALENDAR,
  importCalendarFile,
  publishEvents,
} from '../../worker/scripts/publish-local'
import type { BenchRoute } from './measure'
import type { BenchScenario, BenchTarget, PreparedScenario } from './scenario'
import { timed } from './scenario'
import { syntheticEvents } from './synthetic-events'

/** The public calendar routes, as subscribers and the wiki request them. */
const FEED_ROUTES: BenchRoute[] = [
  { label: 'GET /api/events', path: '/api/events' },
  { label: 'GET /calendar.ics', path: '/calendar.ics' },
  { label: 'GET /embed?lang=es', path: '/embed?lang=es' },
]

// Publishes, then times the first request of each route (the render that fills the cache);
// the measured requests after it are the cached steady state.
async function publishAndWarm(
  target: BenchTarget,
  events: OutreachEventInput[]
): Promise<PreparedScenario> {
  const publish = await timed(() => publishEvents({ ...target, events }))
  const timings = [{ label: `publish ${events.length} events`, ms: publish.ms }]
  const routes: BenchRoute[] = [...FEED_ROUTES]
  for (const route of FEED_ROUTES) {
    const first = await timed(async () => {
      const res = await fetch(target.baseUrl + route.path)
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${route.label} answered ${res.status}`)
      return res.headers.get('ETag')
    })
    timings.push({ label: `first ${route.label}`, ms: first.ms })
    // A subscriber's calendar app revalidates: the same request with If-None-Match (304).
    if (route.path === '/calendar.ics' && first.result)
      routes.push({
        label: 'GET /calendar.ics (304)',
        path: route.path,
        headers: { 'If-None-Match': first.result },
        expectStatus: 304,
      })
  }
  return { timings, routes }
}

/**
 * (a) the 2023 Outreach Calendar as the CLI imports it, (b) 5,000 synthetic events.
 *
 * @example
 * for (const scenario of calendarScenarios()) await scenario.prepare(target)
 */
export function calendarScenarios(): BenchScenario[] {
  return [
    {
      name: '2023 calendar',
      prepare: (target) => publishAndWarm(target, importCalendarFile(FIXTURE_CALENDAR).events),
    },
    {
      name: '5,000 events',
      prepare: (target) => publishAndWarm(target, syntheticEvents(5000)),
    },
  ]
}
