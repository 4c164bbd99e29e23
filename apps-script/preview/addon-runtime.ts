// The built add-on (dist/Code.js) running in Node as Apps Script runs it: each call a fresh
// execution of the classic script in a `vm` context whose globals are the in-memory services.
import vm from 'node:vm'
import {
  createFakeAppsScript,
  type FakeAppsScript,
  type FakeAppsScriptOptions,
} from '../src/testing/fake-apps-script'
import type { FakeHttpAnswer, FakeHttpRequest } from '../src/testing/fake-url-fetch'
import type { SyncFetch } from './sync-fetch'

/**
 * The built Code.js and the fake's options: `htmlDir` is the build's folder, whose HTML files
 * (Sidebar.html, messages-es.html, ...) HtmlService reads, as clasp pushes them.
 */
export interface AddonRuntimeOptions extends FakeAppsScriptOptions {
  /** The text of the built Code.js. */
  code: string
  /** Where UrlFetchApp's requests go; without it every request fails as an unknown host. */
  fetchSync?: SyncFetch
  /** Script properties to start with (the Worker URL and admin secret, say). */
  scriptProperties?: Record<string, string>
  /** Where the scripts' console and Logger output goes (default: the terminal, prefixed). */
  log?: (line: string) => void
}

/** A value google.script.run cannot carry, and where in the answer it is. */
export class NotJsonError extends Error {
  constructor(functionName: string, where: string, what: string) {
    super(
      `${functionName} returned ${what} at ${where}: google.script.run carries only plain JSON (the page would get null). Return an ISO string or plain data instead.`
    )
    this.name = 'NotJsonError'
  }
}

/**
 * The message of an error thrown in the script's realm too (where `instanceof Error` fails).
 *
 * @example
 * log(`publishCalendar failed: ${errorMessage(error)}`)
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}

function describeNonJson(value: unknown, where: string): [string, string] | null {
  const tag = Object.prototype.toString.call(value)
  if (tag === '[object Date]') return [where, 'a Date']
  if (typeof value === 'function') return [where, 'a function']
  if (typeof value === 'bigint' || typeof value === 'symbol') return [where, `a ${typeof value}`]
  if (typeof value === 'number' && !Number.isFinite(value)) return [where, String(value)]
  if (value === null || typeof value !== 'object') return null
  const entries = Array.isArray(value)
    ? value.map((item, index) => [`${where}[${index}]`, item] as const)
    : Object.entries(value).map(([key, item]) => [`${where}.${key}`, item] as const)
  for (const [path, item] of entries) {
    const found = describeNonJson(item, path)
    if (found) return found
  }
  return null
}

function toAnswer(response: ReturnType<SyncFetch>): FakeHttpAnswer {
  return {
    status: response.status,
    body: Buffer.from(response.body).toString('utf8'),
    contentType: response.headers['content-type'] ?? 'text/plain',
  }
}

function forward(fetchSync: SyncFetch) {
  return (request: FakeHttpRequest): FakeHttpAnswer => {
    const headers = { ...request.headers }
    const hasType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')
    if (request.bytes.length > 0 && !hasType) {
      // Apps Script's default for a payload without a contentType.
      headers['Content-Type'] = request.contentType ?? 'application/x-www-form-urlencoded'
    }
    return toAnswer(
      fetchSync({
        url: request.url,
        method: request.method,
        headers,
        body: request.bytes.length > 0 ? new Uint8Array(request.bytes) : undefined,
        // The add-on signs each request: a redirect would send it somewhere it was not signed for.
        followRedirects: false,
      })
    )
  }
}

export interface AddonRuntime {
  /** The in-memory services: the spreadsheet, properties, triggers, mail. */
  fake: FakeAppsScript
  /** The global functions Code.js declares: what google.script.run may call. */
  functionNames: string[]
  /**
   * Runs a global function in a fresh execution, with arguments given as JSON text, and
   * returns its result as JSON text. Throws what the function threw, or a NotJsonError.
   */
  callJson(name: string, argsJson: string): string
  /** The same with arguments as values (for set-up code, not for the page). */
  call(name: string, ...args: unknown[]): unknown
}

/**
 * Loads Code.js over a fresh fake Apps Script. Nothing runs until a function is called.
 *
 * @example
 * const runtime = createAddonRuntime({ code, htmlDir: 'apps-script/dist', locale: 'es' })
 * runtime.call('setUpSpreadsheet')
 */
export function createAddonRuntime(options: AddonRuntimeOptions): AddonRuntime {
  const { code, fetchSync, scriptProperties, log, ...fakeOptions } = options
  const fake = createFakeAppsScript(fakeOptions)
  if (fetchSync) fake.network.setHandler(forward(fetchSync))
  if (scriptProperties) {
    fake.globals.PropertiesService.getScriptProperties().setProperties(scriptProperties)
  }
  const write = log ?? ((line: string) => process.stdout.write(`[Apps Script] ${line}\n`))
  const print = (...parts: unknown[]) =>
    write(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '))
  const logger = { log: print, info: print, warn: print, error: print }
  const globals = {
    ...fake.globals,
    console: logger,
    Logger: { log: print },
  }
  const script = new vm.Script(code, { filename: 'Code.js' })

  // Apps Script evaluates the whole script for every call: no state survives between calls.
  function execution(): vm.Context {
    const context = vm.createContext({ ...globals })
    script.runInContext(context)
    return context
  }

  const functionNames = Object.entries(execution())
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)

  function run(context: vm.Context, name: string, args: unknown[]): unknown {
    const fn = functionNames.includes(name) ? context[name] : undefined
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`)
    return fn(...args)
  }

  return {
    fake,
    functionNames,
    callJson(name, argsJson) {
      const context = execution()
      // Arguments are made in the script's own realm, as they would be in Apps Script.
      const args = (vm.runInContext('JSON', context) as JSON).parse(argsJson) as unknown
      if (!Array.isArray(args)) throw new Error('google.script.run: the arguments must be a list')
      const result = run(context, name, args)
      const found = describeNonJson(result, 'its result')
      if (found) throw new NotJsonError(name, ...found)
      return JSON.stringify(result ?? null)
    },
    call(name, ...args) {
      return run(execution(), name, args)
    },
  }
}
