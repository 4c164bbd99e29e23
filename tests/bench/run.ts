// `npm run bench`: a local Worker, each scenario published, routes loaded against /healthz.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import {
  applyLocalMigrations,
  freePort,
  type LocalWorker,
  startLocalWorker,
} from '../../worker/scripts/local-worker'
import { newAdminSecret } from '../../worker/scripts/publish-local'
import { calendarScenarios } from './calendar-scenarios'
import { runDomainBench } from './domain'
import { type BenchRoute, type Measurement, measureRoute } from './measure'
import { registrationScenario } from './registrations'
import { formatReport, type MeasuredPair, type ScenarioResult } from './report'
import type { BenchScenario } from './scenario'

/** Every scenario, in order. */
const SCENARIOS: BenchScenario[] = [...calendarScenarios(), registrationScenario()]

const BASELINE: BenchRoute = { label: 'GET /healthz', path: '/healthz' }
const MEASURE = {
  durationSeconds: Number(process.env.BENCH_SECONDS ?? 5),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
}

const persistTo = mkdtempSync(path.join(tmpdir(), 'lacralo-bench-'))
const logFile = path.join(persistTo, 'wrangler.log')
let stopWorker: (() => Promise<void>) | undefined

async function cleanUp(): Promise<void> {
  await stopWorker?.()
  rmSync(persistTo, { recursive: true, force: true })
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(130))
  })

// Lets the Worker finish what the previous run left in flight, so runs do not overlap.
async function settle(baseUrl: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await (await fetch(`${baseUrl}/healthz`)).text()
}

function log(text: string): void {
  process.stderr.write(`${text}\n`)
}

async function main(): Promise<number> {
  log(
    `Benchmark: ${MEASURE.durationSeconds} s per route, ${MEASURE.connections} connections, ` +
      `Node ${process.version}, ${availableParallelism()} CPU(s); wrangler log: ${logFile}`
  )
  // The pure engines first, while the machine is quiet: no Worker is running yet.
  const domain = runDomainBench()
  log(domain.lines.join('\n'))
  const secret = newAdminSecret()
  await applyLocalMigrations({ persistTo, output: { logFile } })
  const worker: LocalWorker = await startLocalWorker({
    port: await freePort(),
    persistTo,
    // No per-client limit: the registrations scenario posts as fast as 50 clients can.
    vars: { ADMIN_SECRET: secret, REGISTRATION_RATE_LIMIT: '0' },
    output: { logFile },
    onSpawn: (stop) => {
      stopWorker = stop
    },
  })
  const target = { baseUrl: worker.baseUrl, secret }
  const results: ScenarioResult[] = [
    { scenario: 'Domain engines', timings: domain.timings, pairs: [] },
  ]
  for (const scenario of SCENARIOS) {
    log(`\n${scenario.name}: preparing…`)
    const prepared = await scenario.prepare(target)
    log(`${scenario.name}: measuring ${prepared.routes.map((r) => r.label).join(', ')}`)
    // Each route is paired with a /healthz run just before it, so that whatever the machine
    // or the Worker is doing at that moment weighs on both sides of the ratio alike.
    const pairs: MeasuredPair[] = []
    const paired = async (measure: () => Promise<Measurement[]>) => {
      await settle(target.baseUrl)
      const baseline = await measureRoute(target.baseUrl, BASELINE, MEASURE)
      await settle(target.baseUrl)
      for (const route of await measure()) pairs.push({ baseline, route })
    }
    for (const route of prepared.routes)
      await paired(async () => [await measureRoute(target.baseUrl, route, MEASURE)])
    if (prepared.measure) await paired(() => prepared.measure!(MEASURE))
    results.push({ scenario: scenario.name, timings: prepared.timings, pairs })
  }
  process.stdout.write(`\n${formatReport(results)}`)
  const failures = results
    .flatMap((result) => result.pairs.flatMap((pair) => [pair.baseline, pair.route]))
    .filter((m) => m.failures > 0)
  if (failures.length > 0) {
    log(`\nRequests failed on: ${failures.map((m) => m.label).join(', ')}`)
    return 1
  }
  return 0
}

main()
  .then(async (code) => {
    await cleanUp()
    process.exit(code)
  })
  .catch(async (error: unknown) => {
    log(`Benchmark failed: ${error instanceof Error ? error.message : error}`)
    if (existsSync(logFile))
      log(`wrangler's output:\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
    await cleanUp()
    process.exit(1)
  })
