// Bundles the add-on for Apps Script: one classic script (Code.js) whose entry points are global
// function declarations, plus the manifest, ready for `clasp push` from apps-script/dist.

import { realpathSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as esbuild from 'esbuild'

const ADDON_DIR = import.meta.dirname
const ENTRY = path.join(ADDON_DIR, 'src/main.ts')
const MANIFEST = path.join(ADDON_DIR, 'appsscript.json')

/** The variable that holds the bundle's exports; the global stubs call through it. */
export const GLOBAL_NAME = 'LacraloAddon'

/** Largest minified Code.js accepted, in bytes (150 KB). */
export const BUNDLE_BUDGET_BYTES = 150 * 1024

/**
 * Globals of Node, browsers or Workers that Apps Script's V8 does not provide: code that reaches
 * one of them fails in Apps Script even though it passes every test in Node.
 */
export const UNAVAILABLE_GLOBALS = [
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
  'crypto',
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'AbortController',
  'atob',
  'btoa',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'queueMicrotask',
  'performance',
  'navigator',
  'window',
  'self',
  'document',
  'Buffer',
  'process',
  'require',
] as const

export interface BuildAddonOptions {
  /** Where Code.js and appsscript.json go; apps-script/dist unless given. */
  outDir?: string
  /** Minify the bundle (default true). The size budget applies to minified builds only. */
  minify?: boolean
  /** Overrides the size budget in bytes, to test the failure. */
  budgetBytes?: number
  /** Bundles another entry module instead of apps-script/src/main.ts, to test the checks. */
  entry?: string
}

export interface AddonBuild {
  /** Absolute paths of the files written. */
  files: string[]
  /** Size of Code.js in bytes (UTF-8). */
  codeBytes: number
  /** The exports of main.ts, each declared as a global function in Code.js. */
  entryPoints: string[]
  /** Names from UNAVAILABLE_GLOBALS the bundle refers to; should be empty. */
  unavailableGlobals: string[]
}

const MARKER_PREFIX = '__lacralo_unavailable_global_'
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Message groups of the public web pages and the terminal: the add-on never shows them, and
 * their text would take a large share of the bundle Apps Script loads on every sidebar call.
 * The catalogue test still checks them in full; in the add-on they are empty.
 */
export const WEB_ONLY_MESSAGE_GROUPS = [
  'cli',
  'embed',
  'feed',
  'registration',
  'webinar-pages',
] as const

const webOnlyMessages: esbuild.Plugin = {
  name: 'web-only-messages',
  setup(build) {
    const pattern = new RegExp(`/i18n/messages/(${WEB_ONLY_MESSAGE_GROUPS.join('|')})\\.ts$`)
    build.onLoad({ filter: pattern }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const name = /export const (\w+)\s*=/.exec(source)?.[1]
      if (!name) throw new Error(`${args.path}: no exported message group found`)
      return {
        contents: `export const ${name} = { en: {}, es: {}, pt: {}, fr: {} }`,
        loader: 'ts',
      }
    })
  },
}

function commonOptions(entry: string, minify: boolean): esbuild.BuildOptions {
  return {
    plugins: [webOnlyMessages],
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify,
    target: 'es2020',
    platform: 'neutral',
    // 'neutral' resolves no main fields by default; packages without "exports" need them.
    mainFields: ['module', 'main'],
    // Keeps Spanish, Portuguese and French messages readable instead of \u escapes.
    charset: 'utf8',
    logLevel: 'warning',
  }
}

function kilobytes(bytes: number): string {
  return `${Number((bytes / 1024).toFixed(1))} KB`
}

/**
 * The names the entry module exports, read from an ES module build of it, and which of the
 * globals Apps Script lacks the bundle refers to (each is renamed to a marker by `define`,
 * which touches only free references, never a local variable or a property of the same name).
 */
async function analyse(entry: string, minify: boolean) {
  const define: Record<string, string> = {}
  for (const name of UNAVAILABLE_GLOBALS) {
    define[name] = MARKER_PREFIX + name
    define[`globalThis.${name}`] = MARKER_PREFIX + name
  }
  const result = await esbuild.build({
    ...commonOptions(entry, minify),
    format: 'esm',
    outfile: 'analysis.js',
    define,
  })
  const [output] = Object.values(result.metafile?.outputs ?? {})
  const text = result.outputFiles?.[0]?.text ?? ''
  const entryPoints = output?.exports ?? []
  const unavailableGlobals = UNAVAILABLE_GLOBALS.filter((name) =>
    new RegExp(`\\b${MARKER_PREFIX}${name}\\b`).test(text)
  )
  return { entryPoints, unavailableGlobals }
}

function checkEntryPoints(entry: string, entryPoints: string[]): void {
  const file = path.relative(process.cwd(), entry)
  if (entryPoints.length === 0) {
    throw new Error(
      `${file} exports nothing, so Apps Script could call no function. Export onOpen and the menu actions.`
    )
  }
  const invalid = entryPoints.filter((name) => !IDENTIFIER.test(name) || name === 'default')
  if (invalid.length > 0) {
    throw new Error(
      `${file} exports ${invalid.join(', ')}: Apps Script can only call named functions. Use \`export function name()\`.`
    )
  }
  if (entryPoints.includes(GLOBAL_NAME)) {
    throw new Error(`${file} may not export ${GLOBAL_NAME}: the bundle itself uses that name.`)
  }
}

/** One global function declaration per entry point: the only thing Apps Script can call. */
function globalStubs(entryPoints: string[]): string {
  return entryPoints
    .map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args) }`)
    .join('\n')
}

function budgetError(bytes: number, budget: number, metafile: esbuild.Metafile): Error {
  const [output] = Object.values(metafile.outputs)
  const largest = Object.entries(output?.inputs ?? {})
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, 5)
    .map(([input, { bytesInOutput }]) => `  ${kilobytes(bytesInOutput).padStart(9)}  ${input}`)
  return new Error(
    [
      `The add-on bundle is ${kilobytes(bytes)}, over its ${kilobytes(budget)} budget; nothing was written.`,
      'Largest parts:',
      ...largest,
      "If zod is among them, import it as `import * as z from 'zod'` everywhere: `import { z } from 'zod'` pulls in all of it.",
    ].join('\n')
  )
}

async function readManifest(): Promise<unknown> {
  const text = await readFile(MANIFEST, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`apps-script/appsscript.json is not valid JSON: ${(error as Error).message}`)
  }
}

/**
 * Builds apps-script/dist/Code.js and appsscript.json (or into `outDir`). Throws, writing nothing,
 * when main.ts exports something Apps Script cannot call or the bundle is over budget.
 *
 * @example
 * const { codeBytes, entryPoints } = await buildAddon({ outDir: '/tmp/addon' })
 */
export async function buildAddon(options: BuildAddonOptions = {}): Promise<AddonBuild> {
  const outDir = path.resolve(options.outDir ?? path.join(ADDON_DIR, 'dist'))
  const minify = options.minify ?? true
  const budget = options.budgetBytes ?? BUNDLE_BUDGET_BYTES

  const manifest = await readManifest()
  const entry = path.resolve(options.entry ?? ENTRY)
  const { entryPoints, unavailableGlobals } = await analyse(entry, minify)
  checkEntryPoints(entry, entryPoints)

  const codePath = path.join(outDir, 'Code.js')
  const result = await esbuild.build({
    ...commonOptions(entry, minify),
    format: 'iife',
    globalName: GLOBAL_NAME,
    outfile: codePath,
    footer: { js: globalStubs(entryPoints) },
  })
  const code = result.outputFiles?.[0]?.contents
  if (!code || !result.metafile) throw new Error('esbuild produced no bundle')
  if (minify && code.byteLength > budget) {
    throw budgetError(code.byteLength, budget, result.metafile)
  }

  const manifestPath = path.join(outDir, 'appsscript.json')
  await mkdir(outDir, { recursive: true })
  await writeFile(codePath, code)
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  return {
    files: [codePath, manifestPath],
    codeBytes: code.byteLength,
    entryPoints,
    unavailableGlobals,
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string' },
      'no-minify': { type: 'boolean', default: false },
    },
  })
  const build = await buildAddon({ outDir: values['out-dir'], minify: !values['no-minify'] })
  const [codePath, manifestPath] = build.files.map((file) => path.relative(process.cwd(), file))
  console.log(
    `${codePath}: ${kilobytes(build.codeBytes)} (budget ${kilobytes(BUNDLE_BUDGET_BYTES)}), global functions: ${build.entryPoints.join(', ')}`
  )
  console.log(`${manifestPath}: written`)
  if (build.unavailableGlobals.length > 0) {
    console.warn(
      `Warning: the bundle refers to ${build.unavailableGlobals.join(', ')}, which Apps Script does not provide. Code that reaches them fails there: find it (zod's z.url() uses URL, for one) and use plain ECMAScript instead.`
    )
  }
}

function isRunAsScript(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href
  } catch {
    return false
  }
}

if (isRunAsScript()) {
  main().catch((error: unknown) => {
    // esbuild has already printed its own errors; others need printing here.
    if (!(error instanceof Error && 'errors' in error)) {
      console.error(error instanceof Error ? error.message : error)
    }
    process.exitCode = 1
  })
}
