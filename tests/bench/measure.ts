// Measures one route with autocannon: requests per second and latency, loopback only.
import autocannon from 'autocannon'

/** A request the benchmark repeats; later suites add POSTs (registrations) the same way. */
export interface BenchRoute {
  /** What the table shows, e.g. 'GET /api/events'. */
  label: string
  path: string
  method?: 'GET' | 'POST' | 'PUT'
  headers?: Record<string, string>
  body?: string
  /** The status a correct answer has (checked by class: 2xx, 3xx...); others are failures. */
  expectStatus?: number
}

export interface Measurement {
  label: string
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  /** Average bytes read per answer (headers and body), when known. */
  bytesPerAnswer?: number
  /** Answers that were not `expectStatus`, plus connection errors and timeouts. */
  failures: number
}

export interface MeasureOptions {
  durationSeconds: number
  connections: number
}

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/

/**
 * Hammers `baseUrl + route.path` for a bounded time. Refuses anything but a loopback
 * address: the benchmark only ever loads a Worker on this machine.
 *
 * @example
 * await measureRoute('http://127.0.0.1:8788', { label: 'GET /healthz', path: '/healthz' }, { durationSeconds: 5, connections: 10 })
 */
export async function measureRoute(
  baseUrl: string,
  route: BenchRoute,
  options: MeasureOptions
): Promise<Measurement> {
  if (!LOOPBACK.test(baseUrl)) throw new Error(`refusing to load ${baseUrl}: loopback only`)
  const result = await autocannon({
    url: baseUrl + route.path,
    method: route.method ?? 'GET',
    headers: route.headers,
    body: route.body,
    connections: options.connections,
    duration: options.durationSeconds,
    // Longer than the run: a slow answer counts as slow, not as lost.
    timeout: options.durationSeconds * 4,
  })
  const expected = route.expectStatus ?? 200
  const answered = result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  // autocannon counts answers by status class only, so a class is what can be checked.
  const byClass: Record<number, number> = {
    2: result['2xx'],
    3: result['3xx'],
    4: result['4xx'],
    5: result['5xx'],
  }
  const asExpected = byClass[Math.floor(expected / 100)] ?? 0
  return {
    label: route.label,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: answered,
    bytesPerAnswer: answered > 0 ? result.throughput.total / answered : 0,
    failures: answered - asExpected + result.errors + result.timeouts,
  }
}
