// Bundles the add-on for Apps Script: one classic script (Code.js) whose entry points are global
// function declarations, the insights chunk (insights.html: the dashboard, attendance and CROP
// actions, which Code.js reads and evaluates only when one of them is called; see
// src/insights-loader.ts), the sidebar page (Sidebar.html, script and styles inlined), one
// messages file per language (messages-en.html, ...; see build-messages.ts) and the manifest,
// ready for `clasp push` from apps-script/dist.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as esbuild from 'esbuild'
import { t } from '../shared/i18n/catalogue'
import {
  htmlSafeJson,
  type MessageFile,
  type ResourceMessages,
  resourceMessageFiles,
  resourceMessages,
} from './build-messages'
import { isRunAsScript } from './run-as-script'
import { escapeHtml } from './src/html-escape'
import { INSIGHTS_BUILD_DEFINE, INSIGHTS_FILE, type InsightsFile } from './src/insights-loader'
import { SIDEBAR_BOOT_MARKER, SIDEBAR_FILE } from './src/sidebar'

const ADDON_DIR = import.meta.dirname
const ENTRY = path.join(ADDON_DIR, 'src/main.ts')
const INSIGHTS_ENTRY = path.join(ADDON_DIR, 'src/insights.ts')
const MANIFEST = path.join(ADDON_DIR, 'appsscript.json')
const MENU = path.join(ADDON_DIR, 'src/menu.ts')
const SIDEBAR_SCRIPT = path.join(ADDON_DIR, 'src/sidebar/sidebar-page.ts')
const SIDEBAR_STYLES = path.join(ADDON_DIR, 'src/sidebar/sidebar.css')

/** The variable that holds the bundle's exports; the global stubs call through it. */
export const GLOBAL_NAME = 'LacraloAddon'

/** Largest minified Code.js accepted, in bytes (150 KB). */
export const BUNDLE_BUDGET_BYTES = 150 * 1024

/** The variable, local to the chunk's function body, that holds the chunk's exports. */
const INSIGHTS_GLOBAL_NAME = 'LacraloInsights'

/**
 * Largest minified insights.html accepted, in bytes (250 KB): it is read, parsed and compiled
 * at every dashboard, attendance or CROP call, though by no other.
 */
export const INSIGHTS_BUDGET_BYTES = 250 * 1024

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
  /** Overrides the size budget of Code.js in bytes, to test the failure. */
  budgetBytes?: number
  /** Overrides the size budget of insights.html in bytes, to test the failure. */
  insightsBudgetBytes?: number
  /** Bundles another entry module instead of apps-script/src/main.ts, to test the checks. */
  entry?: string
}

export interface AddonBuild {
  /**
   * Absolute paths of the files written: Code.js, appsscript.json, Sidebar.html, then the
   * messages files (messages-en.html, messages-es.html, ...), then insights.html.
   */
  files: string[]
  /** Size of Code.js in bytes (UTF-8). */
  codeBytes: number
  /** The insights chunk, which Code.js reads at the first call of one of its actions. */
  insights: InsightsBuild
  /** The sidebar page's size and its inlined parts, in bytes. */
  sidebar: SidebarBuild
  /** One messages file per language, which Code.js reads with HtmlService at first use. */
  messageFiles: BuiltMessageFile[]
  /** The exports of main.ts, each declared as a global function in Code.js. */
  entryPoints: string[]
  /** Names from UNAVAILABLE_GLOBALS Code.js or the insights chunk refers to; should be empty. */
  unavailableGlobals: string[]
}

/** insights.html as written. */
export interface InsightsBuild {
  path: string
  /** Size of insights.html in bytes (UTF-8): the chunk's code, escaped as JSON. */
  bytes: number
  /** Size of the chunk's code in bytes (UTF-8). */
  codeBytes: number
  /** The digest of the chunk's code, which Code.js checks before it runs the chunk. */
  build: string
  /** The exports of insights.ts, the actions Code.js delegates to. */
  exports: string[]
}

/** A messages file as written: its language, Apps Script name, path and size. */
export interface BuiltMessageFile extends Omit<MessageFile, 'text'> {
  path: string
}

const MARKER_PREFIX = '__lacralo_unavailable_global_'
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Message groups of the public web pages, the terminal and the sidebar page: the add-on's
 * server code never shows them (the sidebar's strings are inlined into Sidebar.html, where
 * the browser shows them), and their text would take a large share of the bundle Apps Script
 * loads on every sidebar call. The catalogue test still checks them in full; in Code.js they
 * are empty.
 */
export const WEB_ONLY_MESSAGE_GROUPS = [
  'admin',
  'cli',
  'embed',
  'feed',
  'member-input',
  'registration',
  'sidebar',
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

/**
 * Message groups Code.js carries inline, in all four languages, instead of in the messages
 * files: the menu's. onOpen runs in AuthMode.NONE before the user authorizes the add-on, where
 * reading a project file with HtmlService may not be allowed, so the menu must render without
 * one. The keys of other groups that src/menu.ts names (the actions' labels) are carried inline
 * too; every other message is read from the user's language's file at its first use in a call
 * (reading dropdown cells accepts labels in any language, so those actions read all four).
 */
export const INLINE_MESSAGE_GROUPS = ['addon', 'common'] as const

/** Where the bundled messages go: Code.js (inline) or the messages files. */
function messageLayout(): Promise<ResourceMessages> {
  return resourceMessageFiles({
    exclude: WEB_ONLY_MESSAGE_GROUPS,
    inline: INLINE_MESSAGE_GROUPS,
    inlineKeysFrom: [MENU],
  })
}

function commonOptions(
  entry: string,
  minify: boolean,
  messages: ResourceMessages
): esbuild.BuildOptions {
  return {
    plugins: [webOnlyMessages, resourceMessages(messages)],
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
async function analyse(
  entry: string,
  minify: boolean,
  messages: ResourceMessages,
  defines: Record<string, string> = {}
) {
  const define: Record<string, string> = { ...defines }
  for (const name of UNAVAILABLE_GLOBALS) {
    define[name] = MARKER_PREFIX + name
    define[`globalThis.${name}`] = MARKER_PREFIX + name
  }
  const result = await esbuild.build({
    ...commonOptions(entry, minify, messages),
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

function budgetError(
  what: string,
  bytes: number,
  budget: number,
  metafile: esbuild.Metafile
): Error {
  const [output] = Object.values(metafile.outputs)
  const largest = Object.entries(output?.inputs ?? {})
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, 5)
    .map(([input, { bytesInOutput }]) => `  ${kilobytes(bytesInOutput).padStart(9)}  ${input}`)
  return new Error(
    [
      `${what} is ${kilobytes(bytes)}, over its ${kilobytes(budget)} budget; nothing was written.`,
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

/** The sidebar page as built: one HTML file with its script and styles inlined. */
export interface SidebarBuild {
  html: string
  /** Size of Sidebar.html in bytes (UTF-8). */
  bytes: number
  scriptBytes: number
  styleBytes: number
}

// The browsers Google Sheets supports.
const SIDEBAR_TARGETS = ['chrome100', 'edge100', 'firefox100', 'safari15']

// Text that would end the inline element early (or open a comment that hides the rest).
const INLINE_HAZARDS: Record<'script' | 'style', RegExp> = {
  script: /<\/script|<!--/i,
  style: /<\/style|<!--/i,
}

function inlineable(kind: 'script' | 'style', text: string): string {
  if (INLINE_HAZARDS[kind].test(text)) {
    throw new Error(
      `The sidebar's ${kind} contains text that would end its <${kind}> element early; nothing was written.`
    )
  }
  return text
}

async function bundleText(options: esbuild.BuildOptions): Promise<string> {
  const result = await esbuild.build({
    bundle: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  })
  return result.outputFiles?.[0]?.text ?? ''
}

/**
 * Builds the sidebar page: src/sidebar/sidebar-page.ts bundled for the browser with its
 * messages in every language, and src/sidebar/sidebar.css, both inlined into one HTML file
 * (HtmlService serves a single file). The server replaces SIDEBAR_BOOT_MARKER with the
 * user's language and the sidebar's title when it opens the page.
 *
 * @example
 * const { html, bytes } = await buildSidebarPage({ minify: true })
 */
export async function buildSidebarPage(options: { minify?: boolean } = {}): Promise<SidebarBuild> {
  const minify = options.minify ?? true
  const script = await bundleText({
    entryPoints: [SIDEBAR_SCRIPT],
    outfile: 'sidebar.js',
    format: 'iife',
    platform: 'browser',
    target: SIDEBAR_TARGETS,
    minify,
  })
  const style = await bundleText({
    entryPoints: [SIDEBAR_STYLES],
    outfile: 'sidebar.css',
    loader: { '.css': 'css' },
    target: SIDEBAR_TARGETS,
    minify,
  })
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The English title until the page reads the user's from its boot data.
    `<title>${escapeHtml(t('en', 'addon.sidebar.title'))}</title>`,
    // Links open in the browser's tab, not inside the sidebar's frame.
    '<base target="_top">',
    `<style>${inlineable('style', style.trim())}</style></head>`,
    '<body><main id="sidebar"></main>',
    `<script type="application/json" id="sidebar-boot">${SIDEBAR_BOOT_MARKER}</script>`,
    `<script>${inlineable('script', script.trim())}</script>`,
    '</body></html>\n',
  ].join('')
  if (html.split(SIDEBAR_BOOT_MARKER).length !== 2) {
    throw new Error(
      "The sidebar's script contains its boot marker, so the server could not fill it in."
    )
  }
  return {
    html,
    bytes: Buffer.byteLength(html),
    scriptBytes: Buffer.byteLength(script),
    styleBytes: Buffer.byteLength(style),
  }
}

/** The insights chunk as bundled, before it is written. */
interface InsightsChunk {
  text: string
  bytes: number
  codeBytes: number
  build: string
  exports: string[]
  unavailableGlobals: string[]
}

/**
 * Bundles src/insights.ts as the body of a function that returns its exports (an IIFE bound to
 * a local variable, then `return` it), with the same message plugins as Code.js (so it reads
 * the messages files too), and writes it as insights.html's text: JSON of the code and its
 * digest, made HTML-safe as the messages files are.
 */
async function bundleInsights(
  minify: boolean,
  messages: ResourceMessages,
  budget: number
): Promise<InsightsChunk> {
  const { entryPoints, unavailableGlobals } = await analyse(INSIGHTS_ENTRY, minify, messages)
  const result = await esbuild.build({
    ...commonOptions(INSIGHTS_ENTRY, minify, messages),
    format: 'iife',
    globalName: INSIGHTS_GLOBAL_NAME,
    outfile: `${INSIGHTS_FILE}.js`,
    footer: { js: `return ${INSIGHTS_GLOBAL_NAME}` },
  })
  const source = result.outputFiles?.[0]?.text
  if (!source || !result.metafile) throw new Error('esbuild produced no insights chunk')
  const build = createHash('sha256').update(source).digest('hex').slice(0, 16)
  const file: InsightsFile = { build, source }
  const text = htmlSafeJson(file)
  const bytes = Buffer.byteLength(text)
  if (minify && bytes > budget) {
    throw budgetError(`The insights chunk (${INSIGHTS_FILE}.html)`, bytes, budget, result.metafile)
  }
  return {
    text,
    bytes,
    codeBytes: Buffer.byteLength(source),
    build,
    exports: entryPoints,
    unavailableGlobals,
  }
}

/**
 * Builds apps-script/dist/Code.js, insights.html, Sidebar.html, the messages files and
 * appsscript.json (or into `outDir`). Throws, writing nothing, when main.ts exports something
 * Apps Script cannot call, Code.js or the insights chunk is over its budget or the sidebar
 * cannot be inlined.
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
  const messages = await messageLayout()
  const insights = await bundleInsights(
    minify,
    messages,
    options.insightsBudgetBytes ?? INSIGHTS_BUDGET_BYTES
  )
  // Code.js checks that the chunk it reads is the one it was built with.
  const define = { [INSIGHTS_BUILD_DEFINE]: JSON.stringify(insights.build) }
  const { entryPoints, unavailableGlobals } = await analyse(entry, minify, messages, define)
  checkEntryPoints(entry, entryPoints)

  const codePath = path.join(outDir, 'Code.js')
  const result = await esbuild.build({
    ...commonOptions(entry, minify, messages),
    format: 'iife',
    globalName: GLOBAL_NAME,
    outfile: codePath,
    define,
    footer: { js: globalStubs(entryPoints) },
  })
  const code = result.outputFiles?.[0]?.contents
  if (!code || !result.metafile) throw new Error('esbuild produced no bundle')
  if (minify && code.byteLength > budget) {
    throw budgetError('The add-on bundle (Code.js)', code.byteLength, budget, result.metafile)
  }

  const sidebar = await buildSidebarPage({ minify })

  const manifestPath = path.join(outDir, 'appsscript.json')
  const sidebarPath = path.join(outDir, `${SIDEBAR_FILE}.html`)
  await mkdir(outDir, { recursive: true })
  await writeFile(codePath, code)
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  await writeFile(sidebarPath, sidebar.html)
  const messageFiles: BuiltMessageFile[] = []
  for (const { text, ...file } of messages.files) {
    const filePath = path.join(outDir, `${file.name}.html`)
    await writeFile(filePath, text)
    messageFiles.push({ ...file, path: filePath })
  }
  const insightsPath = path.join(outDir, `${INSIGHTS_FILE}.html`)
  await writeFile(insightsPath, insights.text)
  return {
    files: [
      codePath,
      manifestPath,
      sidebarPath,
      ...messageFiles.map((file) => file.path),
      insightsPath,
    ],
    codeBytes: code.byteLength,
    insights: {
      path: insightsPath,
      bytes: insights.bytes,
      codeBytes: insights.codeBytes,
      build: insights.build,
      exports: insights.exports,
    },
    sidebar,
    messageFiles,
    entryPoints,
    unavailableGlobals: [...new Set([...unavailableGlobals, ...insights.unavailableGlobals])],
  }
}

/**
 * The messages files a build wrote, read back by Apps Script name, for an in-memory
 * HtmlService (the preview's).
 *
 * @example
 * readMessageFiles(build)['messages-es'] // '{"schema":{"field.event.title":"Título",...}}'
 */
export function readMessageFiles(build: AddonBuild): Record<string, string> {
  return Object.fromEntries(
    build.messageFiles.map((file) => [file.name, readFileSync(file.path, 'utf8')])
  )
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string' },
      'no-minify': { type: 'boolean', default: false },
    },
  })
  const build = await buildAddon({ outDir: values['out-dir'], minify: !values['no-minify'] })
  const [codePath, manifestPath, sidebarPath] = build.files.map((file) =>
    path.relative(process.cwd(), file)
  )
  console.log(
    `${codePath}: ${kilobytes(build.codeBytes)} (budget ${kilobytes(BUNDLE_BUDGET_BYTES)}), global functions: ${build.entryPoints.join(', ')}`
  )
  const { insights } = build
  console.log(
    `${path.relative(process.cwd(), insights.path)}: ${kilobytes(insights.bytes)} (budget ${kilobytes(INSIGHTS_BUDGET_BYTES)}; code ${kilobytes(insights.codeBytes)}), read at the first call of ${insights.exports.join(', ')}`
  )
  const { sidebar } = build
  console.log(
    `${sidebarPath}: ${kilobytes(sidebar.bytes)} (script ${kilobytes(sidebar.scriptBytes)}, styles ${kilobytes(sidebar.styleBytes)}, inlined)`
  )
  for (const file of build.messageFiles) {
    console.log(
      `${path.relative(process.cwd(), file.path)}: ${kilobytes(file.bytes)} (${file.locale} messages, read at first use)`
    )
  }
  console.log(`${manifestPath}: written`)
  if (build.unavailableGlobals.length > 0) {
    console.warn(
      `Warning: the add-on refers to ${build.unavailableGlobals.join(', ')}, which Apps Script does not provide. Code that reaches them fails there: find it (zod's z.url() uses URL, for one) and use plain ECMAScript instead.`
    )
  }
}

if (isRunAsScript(import.meta.url)) {
  main().catch((error: unknown) => {
    // esbuild has already printed its own errors; others need printing here.
    if (!(error instanceof Error && 'errors' in error)) {
      console.error(error instanceof Error ? error.message : error)
    }
    process.exitCode = 1
  })
}
