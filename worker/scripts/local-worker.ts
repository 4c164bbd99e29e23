// Runs the Worker locally under `wrangler dev` (for `npm start`, the browser tests and the
// benchmark): migrations, start, health wait, and a stop that leaves no process behind.
import { type ChildProcess, spawn } from 'node:child_process'
import { openSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** The repository's root (where wrangler.toml is). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..')

// Run wrangler's own entry with this Node (22), not whatever `wrangler` is first on PATH.
const WRANGLER_BIN = path.join(REPO_ROOT, 'node_modules/wrangler/bin/wrangler.js')

/** Wrangler without telemetry or a call to Cloudflare for request.cf: it works offline. */
export const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
}

/** Where wrangler's output goes: this terminal, or a log file (tests, benchmark). */
export type WranglerOutput = 'inherit' | { logFile: string }

export interface LocalWorkerOptions {
  host?: string
  port?: number
  /** Local state (D1) directory; wrangler's default `.wrangler/state` when omitted. */
  persistTo?: string
  /** Extra Worker variables, e.g. a test ADMIN_SECRET (they override .dev.vars). */
  vars?: Record<string, string>
  output?: WranglerOutput
  /** How long to wait for /healthz. */
  startTimeoutMs?: number
  /** Called as soon as wrangler runs, before /healthz answers: a way to stop it early. */
  onSpawn?: (stop: () => Promise<void>) => void
}

export interface LocalWorker {
  baseUrl: string
  /** wrangler's pid, which is also its process group's id. */
  pid: number
  /** Stops wrangler and workerd (the whole process group); resolves when none is left. */
  stop(): Promise<void>
  /** Resolves with wrangler's exit code when it ends (stopped, or on its own). */
  exited: Promise<number | null>
}

function stdioFor(output: WranglerOutput): ['ignore', 'inherit' | number, 'inherit' | number] {
  if (output === 'inherit') return ['ignore', 'inherit', 'inherit']
  const fd = openSync(output.logFile, 'a')
  return ['ignore', fd, fd]
}

function persistArgs(persistTo: string | undefined): string[] {
  return persistTo ? ['--persist-to', persistTo] : []
}

/**
 * Applies the numbered D1 migrations to the local database, as production does remotely.
 *
 * @example
 * await applyLocalMigrations({ persistTo: '/tmp/lacralo-test' })
 */
export async function applyLocalMigrations(
  options: { persistTo?: string; output?: WranglerOutput } = {}
): Promise<void> {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(options.persistTo)]
  const child = spawn(process.execPath, [WRANGLER_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...WRANGLER_ENV, CI: 'true' },
    stdio: stdioFor(options.output ?? 'inherit'),
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`wrangler ${args.join(' ')} failed (exit ${code})`)
}

/**
 * A TCP port that is free on the loopback interface right now.
 *
 * @example
 * const port = await freePort()
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // The group is already gone.
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL for whatever is left after `graceMs`.
 * Resolves once no process of the group remains.
 */
export async function stopProcessGroup(pgid: number, graceMs = 5000): Promise<void> {
  signalGroup(pgid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (isGroupAlive(pgid) && Date.now() < deadline) await sleep(100)
  if (isGroupAlive(pgid)) signalGroup(pgid, 'SIGKILL')
  while (isGroupAlive(pgid)) await sleep(50)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function waitForHealthy(
  baseUrl: string,
  child: ChildProcess,
  timeoutMs: number
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}) before /healthz`)
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(200)
  }
  throw new Error(`${baseUrl}/healthz did not answer within ${timeoutMs / 1000} s`)
}

/**
 * Starts `wrangler dev` in its own process group and waits until /healthz answers. The
 * caller must `stop()` it; a failed start stops it before throwing.
 *
 * @example
 * const worker = await startLocalWorker({ port: await freePort(), persistTo: dir })
 * try { await fetch(`${worker.baseUrl}/api/events`) } finally { await worker.stop() }
 */
export async function startLocalWorker(options: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 8787
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ])
  const args = [
    'dev',
    '--ip',
    host,
    '--port',
    String(port),
    // Each instance its own inspector port, so several can run side by side.
    '--inspector-port',
    String(await freePort(host)),
    '--show-interactive-dev-session=false',
    '--live-reload=false',
    ...persistArgs(options.persistTo),
    ...varArgs,
  ]
  // detached: its own process group, so stop() reaches workerd, which wrangler starts.
  const child = spawn(process.execPath, [WRANGLER_BIN, ...args], {
    cwd: REPO_ROOT,
    env: WRANGLER_ENV,
    stdio: stdioFor(options.output ?? 'inherit'),
    detached: true,
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('wrangler dev could not be started')
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const baseUrl = `http://${host}:${port}`
  // If this process ends without stop() (a crash, process.exit), take the group with it.
  const killOnExit = () => signalGroup(pid, 'SIGKILL')
  process.once('exit', killOnExit)
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= stopProcessGroup(pid).finally(() => process.off('exit', killOnExit))
    return stopping
  }
  options.onSpawn?.(stop)
  try {
    await waitForHealthy(baseUrl, child, options.startTimeoutMs ?? 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, pid, stop, exited }
}
