// What one benchmark scenario is: a state to put the Worker in, then the routes to measure.
import type { BenchRoute, Measurement, MeasureOptions } from './measure'

/** The running Worker a scenario prepares: its address and admin secret. */
export interface BenchTarget {
  baseUrl: string
  secret: string
}

/**
 * What preparing gave: one-off timings (a publish, a first render), the routes to load with
 * autocannon, and optionally a measurement of its own (e.g. POSTs that each need a new body).
 */
export interface PreparedScenario {
  timings: { label: string; ms: number }[]
  routes: BenchRoute[]
  measure?: (options: MeasureOptions) => Promise<Measurement[]>
}

/**
 * A benchmark scenario. Scenarios run in order against one Worker, each measured against
 * /healthz right after it is prepared; a later issue adds its own (registrations/s) to the
 * list in run.ts.
 *
 * @example
 * const scenario: BenchScenario = { name: 'empty', prepare: async () => ({ timings: [], routes: [] }) }
 */
export interface BenchScenario {
  name: string
  prepare(target: BenchTarget): Promise<PreparedScenario>
}

/** Milliseconds taken by `work`, and its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}
