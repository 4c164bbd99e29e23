// `npm start`: the local Worker on 127.0.0.1:8787, its D1 migrated, the 2023 calendar published.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { PREVIEW_PORT, type Preview, startPreview } from '../../apps-script/preview/server'
import { applyLocalMigrations, type LocalWorker, REPO_ROOT, startLocalWorker } from './local-worker'
import { publishDemoWebinars } from './publish-demo-webinars'
import {
  ensureDevVarsSecret,
  FIXTURE_CALENDAR,
  importCalendarFile,
  publishEvents,
} from './publish-local'

const HOST = '127.0.0.1'
const PORT = 8787
const DEV_VARS = path.join(REPO_ROOT, '.dev.vars')

function say(text: string): void {
  process.stdout.write(`${text}\n`)
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, HOST, () => server.close(() => resolve(true)))
  })
}

let worker: LocalWorker | undefined
let stopWorker: (() => Promise<void>) | undefined
let preview: Preview | undefined
let stopping = false

// Ctrl-C reaches this process, not wrangler (it has its own process group): stop the whole
// group, so neither wrangler nor workerd is left behind.
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    await preview?.close()
    if (stopWorker) {
      say('\nStopping the Worker…')
      await stopWorker()
    }
  }
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8') // "pid (comm) state ppid …"
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

// `npm start` runs sh, which runs tsx, which runs this script. A SIGTERM sent to npm alone
// ends npm and sh but never reaches tsx, so the launchers up to npm are watched as well:
// when one of them is gone, the Worker is stopped as if by Ctrl-C.
function watchLaunchers(): void {
  const launchers = [process.ppid]
  if (process.env.npm_lifecycle_event === 'start') {
    for (
      let pid = parentOf(process.ppid);
      pid && pid > 1 && launchers.length < 5;
      pid = parentOf(pid)
    ) {
      launchers.push(pid)
      if (/(^|\/)npm(-cli\.js)?( |$)/.test(commandOf(pid))) break
    }
  }
  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  setInterval(() => {
    if (!launchers.every(isAlive) || process.ppid !== launchers[0]) void shutdown(0)
  }, 1000).unref()
}
watchLaunchers()

async function main(): Promise<void> {
  if (!(await portIsFree(PORT))) {
    process.stderr.write(
      `Port ${PORT} on ${HOST} is in use: is another \`npm start\` running? Stop it first.\n`
    )
    process.exit(1)
  }
  if (!(await portIsFree(PREVIEW_PORT))) {
    process.stderr.write(
      `Port ${PREVIEW_PORT} on ${HOST} (the add-on preview) is in use. Stop what runs there first.\n`
    )
    process.exit(1)
  }

  // wrangler dev reads .dev.vars itself; the same secret signs the publish below.
  const { secret, created } = ensureDevVarsSecret(DEV_VARS)
  if (created) say(`Created ${DEV_VARS} with a new local ADMIN_SECRET (git-ignored).`)

  say('Applying D1 migrations to the local database…')
  await applyLocalMigrations()
  if (stopping) return

  say(`Starting the Worker on http://${HOST}:${PORT}…`)
  worker = await startLocalWorker({
    host: HOST,
    port: PORT,
    onSpawn: (stop) => {
      stopWorker = stop
    },
  })
  if (stopping) return
  const base = worker.baseUrl

  const { events, warnings } = importCalendarFile(FIXTURE_CALENDAR)
  const result = await publishEvents({ baseUrl: base, secret, events })
  say(
    `\nPublished ${path.relative(REPO_ROOT, FIXTURE_CALENDAR)}: version ${result.version}, ` +
      `${result.counts.events} events (${warnings} import warnings; see them with ` +
      `\`npx lacralo events import ${path.relative(REPO_ROOT, FIXTURE_CALENDAR)}\`).`
  )
  say(await publishDemoWebinars({ baseUrl: base, secret }))

  say('\nBuilding the add-on and starting its preview…')
  try {
    preview = await startPreview({
      workerUrl: base,
      adminSecret: secret,
      host: HOST,
      port: PREVIEW_PORT,
    })
  } catch (error) {
    // The Worker is useful without the preview: say why there is none and carry on.
    say(`The add-on preview did not start: ${error instanceof Error ? error.message : error}`)
  }
  if (stopping) return
  say(
    [
      '',
      'LACRALO Outreach Toolkit, running locally:',
      `  JSON feed     ${base}/api/events`,
      `  iCalendar     ${base}/calendar.ics`,
      `  Embed page    ${base}/embed   (try ${base}/embed?lang=es&from=2023-01-01)`,
      `  Member input  ${base}/propose-event   and   ${base}/suggest-candidate   (?lang=pt, es, fr)`,
      `  Health        ${base}/healthz`,
      preview
        ? `  Add-on        ${preview.url}   (the sidebar over an in-memory spreadsheet; rows at ${preview.url}/workbook)`
        : '  Add-on        (no preview: see above)',
      '',
      `Publish another calendar: LACRALO_ADMIN_SECRET=<ADMIN_SECRET from .dev.vars> npx lacralo events publish <file.csv> --url ${base}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n')
  )

  const code = await worker.exited
  if (!stopping) {
    process.stderr.write(`wrangler dev exited on its own (code ${code}).\n`)
    await shutdown(code ?? 1)
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : error}\n`)
  await shutdown(1)
})
