// Loads the insights chunk (insights.html, built from insights.ts: the dashboard, attendance and
// CROP actions) when an execution first calls one of its actions. Apps Script parses every
// script file of the project on every call (each menu item, each google.script.run), but reads
// an HTML file only when code asks for it: so validate, sync or publish parse Code.js alone.
import { t } from '../../shared/i18n/catalogue'
import type * as insights from './insights'
import type { AddonServices } from './services'
import { resolveUserLocale } from './user-locale'

/** The chunk's exports: the implementations the global functions of main.ts delegate to. */
export type InsightsModule = typeof insights

/** The chunk's Apps Script name: the build writes it as insights.html beside Code.js. */
export const INSIGHTS_FILE = 'insights'

/**
 * The global the build defines (esbuild's `define`) in Code.js as the build of the chunk it
 * was bundled with; code run from source (tests) has none.
 */
export const INSIGHTS_BUILD_DEFINE = 'LACRALO_INSIGHTS_BUILD'

declare const LACRALO_INSIGHTS_BUILD: string | undefined

/** What insights.html holds, as JSON: the chunk's code and the build it belongs to. */
export interface InsightsFile {
  /** A digest of `source`, which Code.js compares with the build it was bundled with. */
  build: string
  /** A function body that evaluates the chunk and returns its exports. */
  source: string
}

export interface InsightsLoaderOptions {
  /** The services (called at the first load, never before): they read the file. */
  services: () => AddonServices
  /** The chunk's build this Code.js expects; null takes any (the default: Code.js's own). */
  build?: string | null
}

/**
 * The build of the chunk that Code.js was bundled with, or null when running from source.
 *
 * @example
 * bundledInsightsBuild() // '3f9c2a7d81b04e6c' in Code.js, null under vitest
 */
export function bundledInsightsBuild(): string | null {
  return typeof LACRALO_INSIGHTS_BUILD === 'string' ? LACRALO_INSIGHTS_BUILD : null
}

/**
 * Reads insights.html's text as the build writes it (JSON, with `<`, `>` and `&` escaped).
 *
 * @example
 * parseInsightsFile('{"build":"3f9c","source":"return {}"}') // { build: '3f9c', source: 'return {}' }
 */
export function parseInsightsFile(text: string): InsightsFile {
  const file = JSON.parse(text) as Partial<InsightsFile> | null
  if (typeof file?.build !== 'string' || typeof file.source !== 'string') {
    throw new Error('it is not the chunk the build writes')
  }
  return { build: file.build, source: file.source }
}

function reasonOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error)
}

function load(services: AddonServices, build: string | null): InsightsModule {
  const fail = (error: unknown) =>
    new Error(
      t(resolveUserLocale(services.userLocale()), 'actions.insights.unreadable', {
        reason: reasonOf(error),
      })
    )
  let file: InsightsFile
  try {
    file = parseInsightsFile(services.readProjectFile(INSIGHTS_FILE))
  } catch (error) {
    throw fail(error)
  }
  if (build !== null && file.build !== build) {
    throw new Error(t(resolveUserLocale(services.userLocale()), 'actions.insights.mismatch'))
  }
  let chunk: unknown
  try {
    // The chunk is the project's own file, written by the same build as Code.js and pushed with
    // it (the build it names is checked above), so it is trusted as Code.js is. Apps Script's V8
    // allows the Function constructor; the body runs in the global scope, so the chunk sees the
    // same services (SpreadsheetApp, HtmlService, ...) that Code.js does.
    chunk = new Function(file.source)()
  } catch (error) {
    throw fail(error)
  }
  if (typeof chunk !== 'object' || chunk === null) {
    throw fail(new Error('it returns no actions'))
  }
  return chunk as InsightsModule
}

/**
 * The chunk's exports, loaded at the first call in an execution and kept for the rest of it
 * (module variables of Code.js live as long as one execution). A missing, unreadable or stale
 * chunk throws an error in the user's language that says to push the whole build again.
 *
 * @example
 * const insights = createInsightsLoader({ services: appsScriptServices })
 * export function rebuildDashboard() { return insights().rebuildDashboard() }
 */
export function createInsightsLoader(options: InsightsLoaderOptions): () => InsightsModule {
  let loaded: InsightsModule | undefined
  return () => {
    loaded ??= load(
      options.services(),
      options.build === undefined ? bundledInsightsBuild() : options.build
    )
    return loaded
  }
}
