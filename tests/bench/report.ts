// Prints the benchmark's results as a plain-text table, each route against /healthz.
import type { Measurement } from './measure'

/** A cached feed should cost about what a constant answer costs. */
export const GOAL_RATIO = 0.8

/** A route, and the /healthz baseline measured just before it. */
export interface MeasuredPair {
  baseline: Measurement
  route: Measurement
}

export interface ScenarioResult {
  /** e.g. '2023 calendar'. */
  scenario: string
  /** One-off timings such as the publish, in milliseconds. */
  timings: { label: string; ms: number }[]
  pairs: MeasuredPair[]
}

function pad(cells: string[], widths: number[], alignRight: boolean[]): string {
  return cells
    .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd()
}

/**
 * The results as a table: size, requests/s and latency of each route, the requests/s of
 * /healthz measured just before it, and their ratio (`below goal` under GOAL_RATIO).
 *
 * @example
 * process.stdout.write(formatReport([result]))
 */
export function formatReport(results: ScenarioResult[]): string {
  const header = [
    'scenario',
    'route',
    'KB/answer',
    'req/s',
    'p50 ms',
    'p99 ms',
    'failures',
    'healthz req/s',
    'ratio',
  ]
  const rows: string[][] = []
  for (const result of results) {
    for (const { baseline, route } of result.pairs) {
      const ratio = route.requestsPerSecond / baseline.requestsPerSecond
      rows.push([
        result.scenario,
        route.label,
        route.bytesPerAnswer === undefined ? '' : (route.bytesPerAnswer / 1024).toFixed(1),
        route.requestsPerSecond.toFixed(0),
        route.latencyP50Ms.toFixed(1),
        route.latencyP99Ms.toFixed(1),
        String(route.failures + baseline.failures),
        baseline.requestsPerSecond.toFixed(0),
        // The goal is for cached reads; a registration is a write and is shown for scale.
        `${ratio.toFixed(2)}${route.label.startsWith('GET') && ratio < GOAL_RATIO ? ' below goal' : ''}`,
      ])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const right = [false, false, true, true, true, true, true, true, false]
  const lines = [
    pad(header, widths, right),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => pad(row, widths, right)),
  ]
  const timings = results.flatMap((result) =>
    result.timings.map((timing) => `${result.scenario}: ${timing.label} ${timing.ms.toFixed(0)} ms`)
  )
  return `${[...timings, '', ...lines].join('\n')}\n\nGoal: each GET route at least ${GOAL_RATIO} of the requests/s of /healthz (a constant answer).\n`
}
