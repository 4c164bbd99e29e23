// The add-on as its browser tests start it: the local preview (the built Code.js over an
// in-memory spreadsheet, UrlFetchApp reaching the test Worker) built in a folder of its own,
// Chromium, and the sidebar at Google's 300 px; with the checks every sidebar test makes.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'
import { type Preview, type PreviewOptions, startPreview } from '../../apps-script/preview/server'
import { tabTableId } from '../../apps-script/preview/workbook-page'
import { launchChromium } from './chromium'

/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface SidebarOptions {
  /** The window's height; 800 unless given. The width is Google's 300 px. */
  height?: number
  /** Selectors to wait for, in order, before the sidebar counts as open. */
  ready?: readonly string[]
}

export interface AddonPreview {
  preview: Preview
  browser: Browser
  /** The folder the add-on is built in, for the test's own files too; close() removes it. */
  outDir: string
  /** What the preview logged, and the page errors of every sidebar opened with openSidebar. */
  log: string[]
  /** Opens the sidebar in `lang` (its ?lang=) in a context of its own. */
  openSidebar(lang: string, options?: SidebarOptions): Promise<Page>
  /** The rows of a tab as the preview's /workbook page shows them, the header first. */
  workbookRows(tab: string): Promise<string[][]>
  /** Closes Chromium and the preview and removes the build folder. */
  close(): Promise<void>
}

/**
 * Builds the add-on into a new temporary folder named for `name`, starts the preview over it
 * against the test Worker (no time-driven triggers) and launches Chromium. `options` go to the
 * preview (a seed, sheets, ...).
 *
 * @example
 * beforeAll(async () => { addon = await startAddonPreview('addon-prospects') })
 * afterAll(() => addon?.close())
 * const sidebar = await addon.openSidebar('es', { ready: ['#settings[data-loaded]'] })
 */
export async function startAddonPreview(
  name: string,
  options: Partial<PreviewOptions> = {}
): Promise<AddonPreview> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const outDir = mkdtempSync(path.join(tmpdir(), `lacralo-${name}-`))
  const log: string[] = []
  let preview: Preview | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await preview?.close()
    rmSync(outDir, { recursive: true, force: true })
  }
  try {
    preview = await startPreview({
      workerUrl: inject('baseUrl'),
      adminSecret: inject('adminSecret'),
      port: 0,
      outDir,
      runTriggers: false,
      log: (line) => log.push(line),
      ...options,
    })
    browser = await launchChromium()
  } catch (error) {
    await close()
    throw error
  }
  const started = { preview, browser }
  return {
    ...started,
    outDir,
    log,
    async openSidebar(lang, { height = 800, ready = [] } = {}) {
      const context = await started.browser.newContext({ viewport: { width: 300, height } })
      const page = await context.newPage()
      page.on('pageerror', (error) => log.push(`page error: ${error.message}`))
      await page.goto(`${started.preview.url}/sidebar?lang=${lang}`)
      for (const selector of ready) await page.locator(selector).waitFor()
      return page
    },
    async workbookRows(tab) {
      const page = await started.browser.newPage({ viewport: { width: 1280, height: 900 } })
      try {
        await page.goto(`${started.preview.url}/workbook?tab=${tab}`)
        const rows = page.locator(`#${tabTableId(tab)} tbody tr`)
        const cells: string[][] = []
        for (let index = 0; index < (await rows.count()); index++)
          cells.push(await rows.nth(index).locator('td').allTextContents())
        return cells
      } finally {
        await page.close()
      }
    },
    close,
  }
}

/**
 * True when nothing on the page is wider than the window (the sidebar never scrolls sideways).
 *
 * @example
 * expect(await hasNoHorizontalOverflow(sidebar)).toBe(true)
 */
export async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  // A string, not a function: these tests are typechecked without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

/**
 * axe-core's WCAG 2.2 AA and best-practice violations on the page, or within `selector` only.
 *
 * @example
 * expect(await axeViolations(sidebar, '#prospects')).toEqual([])
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const context = selector === undefined ? 'document' : `{ include: [${JSON.stringify(selector)}] }`
  return page.evaluate<string[]>(`
    axe.run(${context}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((results) => results.violations.map((v) =>
      v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')))
  `)
}
