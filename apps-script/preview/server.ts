// The add-on's local preview (`npm start` serves it on http://127.0.0.1:8788): the sidebar page
// over the BUILT Code.js running in Node, its google.script.run bridged to this server, an
// in-memory spreadsheet shown at /workbook, and UrlFetchApp reaching the real local Worker.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isLocale } from '../../shared/i18n/locales'
import type { CellValue } from '../../shared/workbook/columns'
import { type AddonBuild, BUNDLE_BUDGET_BYTES, buildAddon, INSIGHTS_BUDGET_BYTES } from '../build'
import { isRunAsScript } from '../run-as-script'
import { ADMIN_SECRET_PROPERTY, WORKER_URL_PROPERTY } from '../src/settings/worker-settings'
import { type AddonRuntime, createAddonRuntime, errorMessage } from './addon-runtime'
import { seedDemoWorkbook } from './demo-workbook'
import { framePage } from './frame-page'
import { createSyncFetch } from './sync-fetch'
import { startTriggerClock } from './trigger-clock'
import { workbookPage } from './workbook-page'

/** The preview's port under `npm start`. */
export const PREVIEW_PORT = 8788

const SHIM = readFileSync(path.join(import.meta.dirname, 'google-script-run.js'), 'utf8')
// Enough for a pasted or uploaded calendar of several thousand rows.
const MAX_BODY_BYTES = 20 * 1024 * 1024

export interface PreviewOptions {
  /** The Worker UrlFetchApp reaches, set as the Worker URL Script Property. */
  workerUrl: string
  /** Its ADMIN_SECRET, set as the admin secret Script Property. */
  adminSecret: string
  host?: string
  /** 8788 unless given; 0 picks a free port. */
  port?: number
  /**
   * Where Code.js, insights.html, Sidebar.html and the messages files are built (by default
   * apps-script/dist, what clasp pushes); the fake HtmlService reads the HTML files there.
   */
  outDir?: string
  /** The user's language setting, as Session reports it ('en' unless given). */
  locale?: string
  /**
   * 'demo' (default): the workbook set up and filled with fixture rows (the 2023 calendar, the
   * demo webinars, a few members). 'none': only `sheets`, for a test to set up itself.
   */
  seed?: 'demo' | 'none'
  /** The spreadsheet's tabs before anything runs (with seed 'none'). */
  sheets?: Record<string, CellValue[][]>
  /** Runs installed time-driven triggers on their schedule (default true). */
  runTriggers?: boolean
  /** Where the add-on's console output goes; the terminal by default. */
  log?: (line: string) => void
}

export interface Preview {
  /** http://127.0.0.1:8788 */
  url: string
  runtime: AddonRuntime
  build: AddonBuild
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'The request is too large for the preview.'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

/** The sidebar as Apps Script serves it (openSidebar, in the user's language), with the bridge. */
function sidebarPage(runtime: AddonRuntime): string {
  const { sidebars } = runtime.fake.ui
  sidebars.length = 0
  runtime.call('openSidebar')
  const html = sidebars.at(-1)?.html
  if (!html) throw new Error('openSidebar showed no sidebar')
  return html.replace('<head>', () => `<head><script>${SHIM}</script>`)
}

/** Runs { fn, args } from the page's google.script.run; answers { ok, value } or { ok, error }. */
function runFromPage(runtime: AddonRuntime, body: string, log: (line: string) => void): string {
  let call: { fn?: unknown; args?: unknown }
  try {
    call = JSON.parse(body) as typeof call
  } catch {
    throw new HttpError(400, 'The body must be JSON: { "fn": "name", "args": [] }')
  }
  if (typeof call.fn !== 'string' || !Array.isArray(call.args))
    throw new HttpError(400, 'The body must be JSON: { "fn": "name", "args": [] }')
  try {
    const value = runtime.callJson(call.fn, JSON.stringify(call.args))
    return `{"ok":true,"value":${value}}`
  } catch (error) {
    const message = errorMessage(error)
    const stack = typeof error === 'object' && error !== null ? (error as Error).stack : undefined
    log(`${call.fn} failed: ${stack ?? message}`)
    return JSON.stringify({ ok: false, error: message })
  }
}

/**
 * Builds the add-on (Code.js, insights.html, Sidebar.html, ..., as `npm run build:addon` does),
 * loads the built Code.js over the in-memory services with the Worker's URL and secret as
 * Script Properties, and serves the preview. Close it to stop the server, the fetch thread and
 * the trigger clock.
 *
 * @example
 * const preview = await startPreview({ workerUrl: 'http://127.0.0.1:8787', adminSecret })
 * console.log(`Sidebar preview: ${preview.url}`)
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const host = options.host ?? '127.0.0.1'
  const log = options.log ?? ((line: string) => process.stdout.write(`[preview] ${line}\n`))
  // The preview runs a Code.js or insights chunk over its size budget too (saying so): `npm run
  // build:addon`, and so deploy:addon, still refuse it, and build.test.ts holds the budgets.
  const build = await buildAddon({
    outDir: options.outDir,
    budgetBytes: Number.POSITIVE_INFINITY,
    insightsBudgetBytes: Number.POSITIVE_INFINITY,
  })
  const sizes = [
    ['Code.js', build.codeBytes, BUNDLE_BUDGET_BYTES],
    ['insights.html', build.insights.bytes, INSIGHTS_BUDGET_BYTES],
  ] as const
  for (const [file, bytes, budget] of sizes) {
    if (bytes <= budget) continue
    log(
      `${file} is ${(bytes / 1024).toFixed(1)} KB, over its ${budget / 1024} KB budget: the preview runs it, but \`npm run deploy:addon\` will refuse it until it is smaller.`
    )
  }
  const [codePath] = build.files as [string]
  const { fetchSync, close: closeFetch } = createSyncFetch()
  const runtime = createAddonRuntime({
    code: readFileSync(codePath, 'utf8'),
    htmlDir: path.dirname(codePath),
    locale: options.locale ?? 'en',
    sheets: options.sheets,
    fetchSync,
    scriptProperties: {
      [WORKER_URL_PROPERTY]: options.workerUrl,
      [ADMIN_SECRET_PROPERTY]: options.adminSecret,
    },
    log: options.log,
  })
  if ((options.seed ?? 'demo') === 'demo') seedDemoWorkbook(runtime)
  const clock = options.runTriggers === false ? null : startTriggerClock(runtime, log)

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://preview.invalid')
      const lang = url.searchParams.get('lang')
      if (isLocale(lang)) runtime.fake.setLocale(lang)
      try {
        if (request.method === 'POST' && url.pathname === '/run') {
          send(
            response,
            200,
            'application/json',
            runFromPage(runtime, await readBody(request), log)
          )
        } else if (request.method !== 'GET') {
          throw new HttpError(405, 'Method not allowed')
        } else if (url.pathname === '/') {
          send(response, 200, 'text/html', framePage(isLocale(lang) ? lang : 'en'))
        } else if (url.pathname === '/sidebar') {
          send(response, 200, 'text/html', sidebarPage(runtime))
        } else if (url.pathname === '/workbook') {
          const tab = url.searchParams.get('tab') ?? undefined
          send(
            response,
            200,
            'text/html',
            workbookPage(runtime.fake.spreadsheet, {
              tab,
              triggers: runtime.fake.triggers.installed,
            })
          )
        } else {
          throw new HttpError(404, 'Not found: try /, /sidebar or /workbook')
        }
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500
        if (status === 500) log(String(error instanceof Error ? error.stack : error))
        send(response, status, 'text/plain', error instanceof Error ? error.message : String(error))
      }
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? PREVIEW_PORT, host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://${host}:${port}`,
    runtime,
    build,
    async close() {
      clock?.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeFetch()
    },
  }
}

function devVarsSecret(): string | null {
  const file = path.resolve(import.meta.dirname, '../../.dev.vars')
  try {
    return (
      /^\s*ADMIN_SECRET\s*=\s*"?([^"\r\n]*?)"?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null
    )
  } catch {
    return null
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'worker-url': { type: 'string', default: 'http://127.0.0.1:8787' },
      port: { type: 'string', default: String(PREVIEW_PORT) },
      lang: { type: 'string', default: 'en' },
    },
  })
  const adminSecret = process.env.LACRALO_ADMIN_SECRET ?? devVarsSecret()
  if (!adminSecret) {
    throw new Error(
      'No admin secret: run `npm start` once (it writes .dev.vars), or set LACRALO_ADMIN_SECRET.'
    )
  }
  const preview = await startPreview({
    workerUrl: values['worker-url'],
    adminSecret,
    port: Number(values.port),
    locale: values.lang,
  })
  process.stdout.write(
    `Add-on preview: ${preview.url}  (Worker ${values['worker-url']}; Ctrl-C to stop)\n`
  )
  const stop = () => void preview.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (isRunAsScript(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `The preview did not start: ${error instanceof Error ? error.message : error}\n`
    )
    process.exitCode = 1
  })
}
