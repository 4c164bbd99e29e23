// `npm start`: the local Worker on 127.0.0.1:8787 with a migrated local D1 database.
import { spawn, spawnSync } from 'node:child_process'

const HOST = '127.0.0.1'
const PORT = 8787
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

function run(args: string[]): void {
  const result = spawnSync('wrangler', args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    process.stderr.write(`wrangler ${args.join(' ')} failed (exit ${result.status})\n`)
    process.exit(result.status ?? 1)
  }
}

run(['d1', 'migrations', 'apply', 'DB', '--local'])

// Its own process group, so that Ctrl-C stops wrangler and the workerd it starts.
const dev = spawn('wrangler', ['dev', '--ip', HOST, '--port', String(PORT)], {
  stdio: 'inherit',
  env,
  detached: true,
})

const base = `http://${HOST}:${PORT}`
process.stdout.write(`\nLACRALO Worker starting at ${base}\n  health: ${base}/healthz\n\n`)

function stop(): void {
  if (dev.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
dev.on('exit', (code) => process.exit(code ?? 0))
