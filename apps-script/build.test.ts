import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGUE, t } from '../shared/i18n/catalogue'
import { LOCALES } from '../shared/i18n/locales'
import { addonActionMessages } from '../shared/i18n/messages/addon-actions'
import { schemaMessages } from '../shared/i18n/messages/schema'
import { sidebarMessages } from '../shared/i18n/messages/sidebar'
import {
  type AddonBuild,
  BUNDLE_BUDGET_BYTES,
  buildAddon,
  INLINE_MESSAGE_GROUPS,
  INSIGHTS_BUDGET_BYTES,
  readMessageFiles,
} from './build'
import { htmlSafeJson } from './build-messages'
import { runCropShortlist } from './src/actions/crop-shortlist'
import { DASHBOARD_TAB, runRebuildDashboard } from './src/actions/rebuild-dashboard'
import { parseInsightsFile } from './src/insights-loader'
import * as mainModule from './src/main'
import { SIDEBAR_BOOT_MARKER } from './src/sidebar'
import { createTestbed, type Testbed } from './src/testing/action-testbed'
import { createFakeAppsScript } from './src/testing/fake-apps-script'
import { CARIBBEAN_EVENT, fillRegion, INSIGHTS_NOW } from './src/testing/insights-fixtures'

const ROOT = path.resolve(import.meta.dirname, '..')
const tempDirs: string[] = []

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lacralo-addon-'))
  tempDirs.push(dir)
  return dir
}

let build: AddonBuild
let outDir: string
let code: string
let sidebarHtml: string

/**
 * Runs Code.js as Apps Script would: one classic script whose globals are the services, and
 * whose HtmlService reads the project's HTML files from the build's folder (or, with
 * `htmlDir: null`, finds none, as when reading files is not allowed).
 */
function loadBundle(locale = 'en', htmlDir: string | null = outDir) {
  const fake = createFakeAppsScript({ locale, htmlDir: htmlDir ?? undefined })
  const context = vm.createContext({ ...fake.globals })
  vm.runInContext(code, context, { filename: 'Code.js' })
  return { fake, globals: context as Record<string, unknown> }
}

function callGlobal(globals: Record<string, unknown>, name: string, ...args: unknown[]): unknown {
  const fn = globals[name]
  if (typeof fn !== 'function') throw new Error(`${name} is not a global function`)
  return fn(...args)
}

beforeAll(async () => {
  // The budget has its own test below: over it, that one fails and the others still run.
  outDir = await tempDir()
  build = await buildAddon({ outDir, budgetBytes: Number.POSITIVE_INFINITY })
  code = await readFile(build.files[0] as string, 'utf8')
  sidebarHtml = await readFile(build.files[2] as string, 'utf8')
})

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('add-on bundle', () => {
  it('writes Code.js, appsscript.json, Sidebar.html, a messages file per language and the insights chunk', async () => {
    expect(build.files.map((file) => path.basename(file))).toEqual([
      'Code.js',
      'appsscript.json',
      'Sidebar.html',
      'messages-en.html',
      'messages-es.html',
      'messages-pt.html',
      'messages-fr.html',
      'insights.html',
    ])
    expect(Buffer.byteLength(code)).toBe(build.codeBytes)
    for (const file of build.messageFiles) {
      expect(file.bytes).toBe(Buffer.byteLength(await readFile(file.path, 'utf8')))
    }
    expect(build.insights.bytes).toBe(Buffer.byteLength(await readFile(build.insights.path)))
  })

  it('declares onOpen and onInstall as global functions', () => {
    const { globals } = loadBundle()
    expect(typeof globals.onOpen).toBe('function')
    expect(typeof globals.onInstall).toBe('function')
    // Apps Script only calls function declarations, not functions assigned to variables.
    expect(code).toMatch(/^function onOpen\(/m)
    expect(code).toMatch(/^function onInstall\(/m)
  })

  it('declares a global function for exactly the exports of main.ts, all of them functions', () => {
    expect(Object.values(mainModule).every((value) => typeof value === 'function')).toBe(true)
    const { globals } = loadBundle()
    const exported = Object.keys(mainModule).sort()
    expect(build.entryPoints.slice().sort()).toEqual(exported)
    const globalFunctions = Object.keys(globals).filter(
      (name) => typeof globals[name] === 'function'
    )
    expect(globalFunctions.sort()).toEqual(exported)
  })

  it('builds the English add-on menu on open', () => {
    const { fake, globals } = loadBundle('en_US')
    callGlobal(globals, 'onOpen', { authMode: 'FULL' })
    expect(fake.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        entries: [
          { kind: 'item', label: 'Open sidebar', functionName: 'openSidebar' },
          { kind: 'item', label: 'Set up this spreadsheet', functionName: 'setUpSpreadsheet' },
          { kind: 'item', label: 'Check the spreadsheet', functionName: 'validateSpreadsheet' },
          {
            kind: 'item',
            label: 'Import events from the Import tab',
            functionName: 'importEvents',
          },
          { kind: 'item', label: 'Publish the calendar', functionName: 'publishCalendar' },
          { kind: 'item', label: 'Publish the webinars', functionName: 'publishWebinars' },
          {
            kind: 'item',
            label: 'Sync webinar registrations',
            functionName: 'syncRegistrations',
          },
          { kind: 'item', label: 'Rebuild the dashboard', functionName: 'rebuildDashboard' },
          { kind: 'item', label: 'Test the connection', functionName: 'testConnection' },
        ],
      },
    ])
  })

  it('builds the menu in Spanish for a Spanish-speaking user', () => {
    const { fake, globals } = loadBundle('es')
    callGlobal(globals, 'onOpen', { authMode: 'FULL' })
    expect(fake.ui.menus[0]?.entries).toEqual([
      { kind: 'item', label: 'Abrir panel lateral', functionName: 'openSidebar' },
      { kind: 'item', label: 'Configurar esta hoja de cálculo', functionName: 'setUpSpreadsheet' },
      { kind: 'item', label: 'Revisar la hoja de cálculo', functionName: 'validateSpreadsheet' },
      {
        kind: 'item',
        label: 'Importar eventos de la pestaña Import',
        functionName: 'importEvents',
      },
      { kind: 'item', label: 'Publicar el calendario', functionName: 'publishCalendar' },
      { kind: 'item', label: 'Publicar los webinars', functionName: 'publishWebinars' },
      {
        kind: 'item',
        label: 'Sincronizar las inscripciones a los webinars',
        functionName: 'syncRegistrations',
      },
      { kind: 'item', label: 'Actualizar el panel', functionName: 'rebuildDashboard' },
      { kind: 'item', label: 'Probar la conexión', functionName: 'testConnection' },
    ])
  })

  it('builds the menu on install too', () => {
    const { fake, globals } = loadBundle('pt')
    callGlobal(globals, 'onInstall', { authMode: 'FULL' })
    expect(fake.ui.menus[0]?.entries).toEqual([
      { kind: 'item', label: 'Abrir barra lateral', functionName: 'openSidebar' },
      { kind: 'item', label: 'Configurar esta planilha', functionName: 'setUpSpreadsheet' },
      { kind: 'item', label: 'Verificar a planilha', functionName: 'validateSpreadsheet' },
      { kind: 'item', label: 'Importar eventos da aba Import', functionName: 'importEvents' },
      { kind: 'item', label: 'Publicar o calendário', functionName: 'publishCalendar' },
      { kind: 'item', label: 'Publicar os webinars', functionName: 'publishWebinars' },
      {
        kind: 'item',
        label: 'Sincronizar as inscrições nos webinars',
        functionName: 'syncRegistrations',
      },
      { kind: 'item', label: 'Atualizar o painel', functionName: 'rebuildDashboard' },
      { kind: 'item', label: 'Testar a conexão', functionName: 'testConnection' },
    ])
  })

  it('points every menu item at a global function that runs', () => {
    const { fake, globals } = loadBundle('fr')
    callGlobal(globals, 'onOpen', { authMode: 'LIMITED' })
    const items = fake.ui.menus.flatMap((menu) => menu.entries)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      if (item.kind !== 'item') continue
      expect(typeof globals[item.functionName]).toBe('function')
      callGlobal(globals, item.functionName)
    }
    expect(fake.ui.sidebars.map((sidebar) => sidebar.title)).toEqual([
      'Outils de sensibilisation de LACRALO',
    ])
    const boot = /id="sidebar-boot">(.*?)<\/script>/.exec(fake.ui.sidebars[0]?.html ?? '')?.[1]
    expect(JSON.parse(boot ?? 'null')).toEqual({
      locale: 'fr',
      title: 'Outils de sensibilisation de LACRALO',
    })
  })

  it('loads without touching any service, so Apps Script can evaluate it for every call', () => {
    expect(() => vm.runInContext(code, vm.createContext({}))).not.toThrow()
  })

  it('is a classic script: no import or export statements', () => {
    // V8 refuses import/export (and import.meta) outside a module, as Apps Script does.
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow()
    expect(code).not.toMatch(/\bimport\s*\(/)
  })

  it(`stays under ${BUNDLE_BUDGET_BYTES / 1024} KB and keeps non-ASCII text as UTF-8`, () => {
    expect(build.codeBytes).toBeLessThan(BUNDLE_BUDGET_BYTES)
    // The menu's messages and the reference data are plain UTF-8 text in Code.js.
    expect(code).toContain('Curaçao')
    expect(code).toContain('Configurar esta hoja de cálculo')
  })

  it('leaves the messages of the actions to the messages files, but for the menu labels', () => {
    expect(code).not.toContain(schemaMessages.fr['field.event.startDate'])
    expect(code).not.toContain(addonActionMessages.es['actions.validate.clean'])
    expect(code).toContain(addonActionMessages.es['actions.menu.validate'])
  })

  it('renders the Spanish menu without reading any file, as onOpen must in AuthMode.NONE', () => {
    const { fake, globals } = loadBundle('es')
    callGlobal(globals, 'onOpen', { authMode: 'NONE' })
    expect(fake.htmlFiles.reads).toEqual([])
    // Where no file can be read at all, the menu is the same.
    const withoutFiles = loadBundle('es', null)
    callGlobal(withoutFiles.globals, 'onOpen', { authMode: 'NONE' })
    expect(withoutFiles.fake.ui.menus).toEqual(fake.ui.menus)
    expect(fake.ui.menus[0]?.entries).toContainEqual({
      kind: 'item',
      label: 'Configurar esta hoja de cálculo',
      functionName: 'setUpSpreadsheet',
    })
  })

  it("reads one messages file, the user's language's, once, at an action's first message", () => {
    const { fake, globals } = loadBundle('es')
    callGlobal(globals, 'onOpen', { authMode: 'FULL' })
    expect(fake.htmlFiles.reads).toEqual([])
    const setUp = callGlobal(globals, 'setUpSpreadsheet') as { lines: string[] }
    expect(setUp.lines[0]).toBe(CATALOGUE.es['workbook.setup.done'])
    expect(fake.htmlFiles.reads).toEqual(['messages-es'])
    // Later messages in the same execution, of other groups too, read nothing more.
    const again = callGlobal(globals, 'setUpSpreadsheet') as { lines: string[] }
    expect(again.lines).toEqual([CATALOGUE.es['workbook.setup.unchanged']])
    expect(fake.htmlFiles.reads).toEqual(['messages-es'])
  })

  it('reads each language once where the sheet may hold dropdown labels in any of them', () => {
    const { fake, globals } = loadBundle('es')
    callGlobal(globals, 'setUpSpreadsheet')
    const validation = callGlobal(globals, 'validateSpreadsheet') as { ok: boolean }
    expect(validation.ok).toBe(true)
    callGlobal(globals, 'validateSpreadsheet')
    // A cell reading 'Confirmado' or 'Confirmed' is the same status, whoever typed it.
    expect(fake.htmlFiles.reads).toEqual([
      'messages-es',
      'messages-en',
      'messages-pt',
      'messages-fr',
    ])
  })

  it('holds in each messages file every other message, in its language, as the catalogue has it', () => {
    const files = readMessageFiles(build)
    for (const locale of LOCALES) {
      const groups = JSON.parse(files[`messages-${locale}`] ?? '{}') as Record<
        string,
        Record<string, string>
      >
      expect(Object.keys(groups)).toContain('schema')
      for (const inline of INLINE_MESSAGE_GROUPS) expect(Object.keys(groups)).not.toContain(inline)
      const messages = Object.assign({}, ...Object.values(groups)) as Record<string, string>
      expect(Object.keys(messages).length).toBeGreaterThan(100)
      for (const [key, text] of Object.entries(messages)) {
        expect(text).toBe(CATALOGUE[locale][key as keyof (typeof CATALOGUE)['en']])
      }
    }
  })

  it('fails an action with a clear error when its messages file was not pushed', () => {
    const { globals } = loadBundle('pt', null)
    expect(() => callGlobal(globals, 'setUpSpreadsheet')).toThrow(
      /could not read its messages file messages-pt\.html \(No HTML file named messages-pt was found\.\): build it with npm run build:addon/
    )
  })

  it('bundles zod/mini, never zod classic', () => {
    expect(code).toContain('"ZodMiniType"')
    expect(code).not.toContain('"ZodType"')
  })

  it('refers to no global that Apps Script lacks (URL, TextEncoder, structuredClone, ...)', () => {
    expect(build.unavailableGlobals).toEqual([])
  })
})

describe('the insights chunk (insights.html)', () => {
  /** The chunk's exports as Code.js sees them: the actions it delegates to. */
  const CHUNK_ACTIONS = [
    'cropShortlist',
    'decideProposal',
    'draftCropAnnouncement',
    'importAttendance',
    'importEvents',
    'inviteProspect',
    'listInvitableSessions',
    'memberProposals',
    'moveProspect',
    'rebuildDashboard',
    'rebuildDashboardOnSchedule',
    'recordAttendance',
    'selectedProspect',
    'syncMemberInput',
    'syncMemberInputOnSchedule',
  ]

  /** The small region of the insights tests, set up, its HTML files the build's. */
  function regionBed(locale = 'en', htmlDir = outDir): Testbed {
    const bed = createTestbed({ start: INSIGHTS_NOW, locale, htmlDir })
    fillRegion(bed)
    return bed
  }

  /**
   * A fresh execution of Code.js over the testbed's services (each menu click or
   * google.script.run call is one), its clock set to the testbed's.
   */
  function execution(bed: Testbed): Record<string, unknown> {
    const context = vm.createContext({ ...bed.fake.globals })
    vm.runInContext(
      `(() => {
        const now = ${bed.now().getTime()}
        const RealDate = Date
        globalThis.Date = class extends RealDate {
          constructor(...args) { if (args.length === 0) super(now); else super(...args) }
          static now() { return now }
        }
      })()`,
      context
    )
    vm.runInContext(code, context, { filename: 'Code.js' })
    return context as Record<string, unknown>
  }

  const chunkReads = (bed: Testbed) =>
    bed.fake.htmlFiles.reads.filter((name) => name === 'insights').length

  /** A value of the script's realm as plain data of this one. */
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

  it(`stays under its ${INSIGHTS_BUDGET_BYTES / 1024} KB budget, and Code.js under ${BUNDLE_BUDGET_BYTES / 1024} KB without it`, () => {
    expect(build.insights.bytes).toBeLessThan(INSIGHTS_BUDGET_BYTES)
    expect(build.codeBytes).toBeLessThan(BUNDLE_BUDGET_BYTES)
    // The CROP engine's reason codes are in the chunk only.
    const chunk = parseInsightsFile(readFileSync(build.insights.path, 'utf8')).source
    for (const reason of ['tier1-country', 'no-go-conflict', 'wider-region-not-offered']) {
      expect(chunk).toContain(`"${reason}"`)
      expect(code).not.toContain(reason)
    }
  })

  it('is HTML-safe JSON of its code and build, the build Code.js was bundled with', () => {
    const text = readFileSync(build.insights.path, 'utf8')
    expect(text).not.toMatch(/[<>&]/)
    const file = parseInsightsFile(text)
    expect(file.build).toBe(build.insights.build)
    expect(file.build).toMatch(/^[0-9a-f]{16}$/)
    expect(code).toContain(JSON.stringify(file.build))
    // The code itself has the characters the escaping hides, and reads back intact.
    expect(file.source).toMatch(/&&/)
    expect(file.source).toMatch(/</)
    expect(Buffer.byteLength(file.source)).toBe(build.insights.codeBytes)
    expect(htmlSafeJson(file)).toBe(text)
  })

  it('evaluates to an object of its actions, touching no service, with no import or export', () => {
    const { source } = parseInsightsFile(readFileSync(build.insights.path, 'utf8'))
    const context = vm.createContext({})
    const chunk = vm.runInContext(`(function () {\n${source}\n})()`, context) as Record<
      string,
      unknown
    >
    expect(Object.keys(chunk).sort()).toEqual(CHUNK_ACTIONS)
    expect(build.insights.exports.slice().sort()).toEqual(CHUNK_ACTIONS)
    for (const name of CHUNK_ACTIONS) {
      expect(typeof chunk[name]).toBe('function')
      // Each is a global function of Code.js too, which delegates to it.
      expect(build.entryPoints).toContain(name)
    }
  })

  it('is not read by ordinary calls: set-up, validate, publish, sync, settings, the sidebar', () => {
    const bed = regionBed('es')
    const calls: [string, ...unknown[]][] = [
      ['onOpen', { authMode: 'FULL' }],
      ['openSidebar'],
      ['setUpSpreadsheet'],
      ['validateSpreadsheet'],
      ['publishCalendar'],
      ['publishWebinars'],
      ['syncRegistrations'],
      ['getSyncStatus'],
      ['getWorkerSettings'],
      ['testConnection'],
      // The sidebar asks for the dashboard's schedule each time it opens.
      ['getDashboardSchedule'],
    ]
    for (const [name, ...args] of calls) callGlobal(execution(bed), name, ...args)
    expect(bed.fake.htmlFiles.reads).toContain('messages-es')
    expect(bed.fake.htmlFiles.reads).toContain('Sidebar')
    expect(chunkReads(bed)).toBe(0)
  })

  it('rebuilds the dashboard through the chunk, read once per execution, as the source does', () => {
    const bed = regionBed('es')
    const globals = execution(bed)
    const first = callGlobal(globals, 'rebuildDashboard') as { ok: boolean; headline: string }
    expect(first).toMatchObject({
      ok: true,
      headline: t('es', 'dashboard.headline', { count: 29, total: 33 }),
    })
    expect(chunkReads(bed)).toBe(1)
    const dashboard = bed.values(DASHBOARD_TAB)
    expect(dashboard[1]?.slice(0, 2)).toEqual([first.headline, 29])
    // A second call in the same execution uses the chunk already loaded.
    callGlobal(globals, 'rebuildDashboard')
    expect(chunkReads(bed)).toBe(1)
    // Another execution loads it again, as Apps Script keeps nothing between calls.
    callGlobal(execution(bed), 'rebuildDashboard')
    expect(chunkReads(bed)).toBe(2)

    const twin = regionBed('es')
    const fromSource = runRebuildDashboard(twin.newHost(), twin.fake.globals.SpreadsheetApp)
    expect(plain(first)).toEqual(plain(fromSource))
    expect(dashboard).toEqual(twin.values(DASHBOARD_TAB))
  })

  it('returns the CROP shortlist and writes its tab, as the source does', () => {
    const bed = regionBed('fr')
    const result = callGlobal(execution(bed), 'cropShortlist', {
      eventId: CARIBBEAN_EVENT.id,
    }) as { ok: boolean; tab: string; candidates: { memberId: string }[] }
    expect(result.ok).toBe(true)
    expect(result.candidates.map((candidate) => candidate.memberId)).toEqual([
      'm-001',
      'm-002',
      'm-003',
      'm-008',
    ])
    expect(chunkReads(bed)).toBe(1)
    expect(bed.values(result.tab)[1]?.[1]).toBe(CARIBBEAN_EVENT.id)

    const twin = regionBed('fr')
    const fromSource = runCropShortlist(twin.newHost(), twin.fake.globals.SpreadsheetApp, {
      eventId: CARIBBEAN_EVENT.id,
    })
    expect(plain(result)).toEqual(plain(fromSource))
    expect(bed.values(result.tab)).toEqual(twin.values(result.tab))
  })

  it('syncs member proposals with the registrations every 15 minutes, one failing not stopping the other', () => {
    const bed = regionBed('pt')
    bed.worker.register({ id: 'r-1', webinarSlug: 'dnssec-2023' })
    bed.worker.propose({ id: 'prop-1', title: 'Semana da Internet no Suriname', language: 'pt' })
    callGlobal(execution(bed), 'syncRegistrationsOnSchedule', { triggerUid: '1' })
    expect(chunkReads(bed)).toBe(1)
    expect(bed.values('Registrations').map((row) => row[0])).toContain('r-1')
    expect(bed.values('Proposals').map((row) => row[0])).toContain('prop-1')

    // The registrations' page fails: the proposals still arrive.
    bed.worker.propose({ id: 'prop-2', title: 'Foro de Gobernanza de Internet de Bolivia' })
    bed.worker.intercept((request) =>
      request.url.includes('/admin/registrations')
        ? { status: 500, json: { error: { code: 'internal_error', message: 'D1 is down.' } } }
        : null
    )
    callGlobal(execution(bed), 'syncRegistrationsOnSchedule', { triggerUid: '1' })
    expect(bed.values('Proposals').map((row) => row[0])).toContain('prop-2')
    const registrationsRun = callGlobal(execution(bed), 'getSyncStatus') as {
      lastSync: { ok: boolean }
    }
    expect(registrationsRun.lastSync.ok).toBe(false)

    // The chunk cannot be read: the registrations still sync, and the failure is thrown after.
    bed.worker.intercept(null)
    bed.worker.register({ id: 'r-2', webinarSlug: 'dnssec-2023' })
    const readFile = bed.fake.globals.HtmlService.createHtmlOutputFromFile
    bed.fake.globals.HtmlService.createHtmlOutputFromFile = (name: string) => {
      if (name === 'insights') throw new Error('No HTML file named insights was found.')
      return readFile.call(bed.fake.globals.HtmlService, name)
    }
    expect(() =>
      callGlobal(execution(bed), 'syncRegistrationsOnSchedule', { triggerUid: '1' })
    ).toThrow(/insights\.html/)
    expect(bed.values('Registrations').map((row) => row[0])).toContain('r-2')
  })

  it('runs the daily rebuild from its trigger; Code.js then shows how it went', () => {
    const bed = regionBed()
    callGlobal(execution(bed), 'rebuildDashboardOnSchedule', { triggerUid: '1' })
    expect(chunkReads(bed)).toBe(1)
    const schedule = callGlobal(execution(bed), 'getDashboardSchedule') as {
      lastRebuild: { trigger: string; ok: boolean; message: string }
    }
    expect(schedule.lastRebuild).toMatchObject({
      trigger: 'schedule',
      ok: true,
      message: expect.stringContaining('29 of 33 countries without an ALS'),
    })
    expect(chunkReads(bed)).toBe(1)
  })

  it('fails with a clear error in the user’s language when insights.html was not pushed', async () => {
    // The messages files were pushed; the chunk was not.
    const partial = await tempDir()
    for (const file of build.messageFiles) {
      await copyFile(file.path, path.join(partial, path.basename(file.path)))
    }
    const bed = regionBed('pt', partial)
    const dashboard = bed.values(DASHBOARD_TAB)
    const message = t('pt', 'actions.insights.unreadable', {
      reason: 'No HTML file named insights was found.',
    })
    expect(message).toContain('npm run deploy:addon')
    expect(() => callGlobal(execution(bed), 'rebuildDashboard')).toThrow(message)
    expect(() => callGlobal(execution(bed), 'rebuildDashboardOnSchedule')).toThrow(message)
    expect(() => callGlobal(execution(bed), 'cropShortlist')).toThrow(message)
    expect(bed.values(DASHBOARD_TAB)).toEqual(dashboard)
  })

  it('refuses an insights.html from another build, running none of it', async () => {
    const stale = await tempDir()
    for (const file of build.messageFiles) {
      await copyFile(file.path, path.join(stale, path.basename(file.path)))
    }
    const source = 'globalThis.ran = true; return { rebuildDashboard: () => ({ ok: true }) }'
    await writeFile(
      path.join(stale, 'insights.html'),
      htmlSafeJson({ build: '0123456789abcdef', source })
    )
    const bed = regionBed('es', stale)
    const globals = execution(bed)
    expect(() => callGlobal(globals, 'rebuildDashboard')).toThrow(
      t('es', 'actions.insights.mismatch')
    )
    expect(globals.ran).toBeUndefined()
  })
})

describe('Sidebar.html', () => {
  it('is one file: its script and styles inlined, nothing loaded from elsewhere', () => {
    expect(sidebarHtml).toMatch(/^<!DOCTYPE html>/)
    expect(sidebarHtml).toMatch(/<style>[^<]+<\/style>/)
    expect(sidebarHtml).toMatch(/<script>[\s\S]{1000,}<\/script><\/body><\/html>\n$/)
    expect(sidebarHtml).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import/i)
    expect(build.sidebar.bytes).toBe(Buffer.byteLength(sidebarHtml))
  })

  it('holds its boot marker once, for the server to fill in', () => {
    expect(sidebarHtml.split(SIDEBAR_BOOT_MARKER)).toHaveLength(2)
  })

  it('carries the sidebar strings in all four languages, as UTF-8', () => {
    for (const locale of ['en', 'es', 'pt', 'fr'] as const) {
      expect(sidebarHtml).toContain(sidebarMessages[locale]['sidebar.setup.button'])
    }
    expect(sidebarHtml).toContain('Configurer cette feuille de calcul')
  })

  it("leaves the sidebar's strings out of Code.js and the messages files, which never show them", () => {
    for (const text of Object.values(readMessageFiles(build))) {
      expect(text).not.toContain('sidebar.setup.intro')
    }
    expect(code).not.toContain(sidebarMessages.es['sidebar.setup.intro'])
    expect(code).not.toContain('sidebar.setup.intro')
  })

  it('has a classic script (no import or export), as an inline script must be', () => {
    expect(
      () => new vm.Script(/<script>([\s\S]*)<\/script><\/body>/.exec(sidebarHtml)?.[1] ?? '')
    ).not.toThrow()
  })
})

describe('appsscript.json', () => {
  it('is valid JSON with V8, the office time zone and least-privilege scopes', async () => {
    const manifest = JSON.parse(await readFile(build.files[1] as string, 'utf8'))
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'America/Montevideo',
      exceptionLogging: 'STACKDRIVER',
    })
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/gmail.compose',
      'https://www.googleapis.com/auth/gmail.send',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ])
  })

  it('is copied unchanged in content from apps-script/appsscript.json', async () => {
    const source = JSON.parse(
      await readFile(path.join(ROOT, 'apps-script/appsscript.json'), 'utf8')
    )
    const built = JSON.parse(await readFile(build.files[1] as string, 'utf8'))
    expect(built).toEqual(source)
  })
})

describe('buildAddon failures', () => {
  it('fails with a clear message over the size budget, writing nothing', async () => {
    const outDir = path.join(await tempDir(), 'dist')
    await expect(buildAddon({ outDir, budgetBytes: 1024 })).rejects.toThrow(
      /over its 1 KB budget; nothing was written[\s\S]*Largest parts:[\s\S]*import \* as z from 'zod'/
    )
    expect(existsSync(outDir)).toBe(false)
  })

  it('fails with a clear message when the insights chunk is over its budget, writing nothing', async () => {
    const outDir = path.join(await tempDir(), 'dist')
    await expect(buildAddon({ outDir, insightsBudgetBytes: 2048 })).rejects.toThrow(
      /^The insights chunk \(insights\.html\) is \d+(\.\d)? KB, over its 2 KB budget; nothing was written\.\nLargest parts:/
    )
    expect(existsSync(outDir)).toBe(false)
  })

  it('does not apply the budget to an unminified debugging build', async () => {
    const outDir = await tempDir()
    const debug = await buildAddon({ outDir, minify: false, budgetBytes: 1024 })
    expect(debug.codeBytes).toBeGreaterThan(1024)
    expect(existsSync(path.join(outDir, 'Code.js'))).toBe(true)
  })
})

describe('build checks on other entry modules', () => {
  async function entryModule(source: string): Promise<string> {
    const file = path.join(await tempDir(), 'entry.ts')
    await writeFile(file, source)
    return file
  }

  it('reports globals Apps Script lacks, but not local names or properties that match them', async () => {
    const entry = await entryModule(`
      export function link(href: string) { return new URL(href).host }
      export function bytes(text: string) { return new globalThis.TextEncoder().encode(text) }
      export function local() { const crypto = { id: 1 }; return crypto.id + ({ fetch: 2 }).fetch }
    `)
    const built = await buildAddon({ entry, outDir: await tempDir() })
    expect(built.entryPoints.sort()).toEqual(['bytes', 'link', 'local'])
    expect(built.unavailableGlobals).toEqual(['URL', 'TextEncoder'])
  })

  it('refuses a default export, which Apps Script could not call', async () => {
    const entry = await entryModule('export default function onOpen() {}')
    await expect(buildAddon({ entry, outDir: await tempDir() })).rejects.toThrow(
      /exports default: Apps Script can only call named functions/
    )
  })

  it('refuses an entry module that exports nothing', async () => {
    const entry = await entryModule('const unused = 1')
    await expect(buildAddon({ entry, outDir: await tempDir() })).rejects.toThrow(/exports nothing/)
  })
})

describe('npm run build:addon', () => {
  it('builds from the command line and prints the bundle size', async () => {
    const outDir = await tempDir()
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'apps-script/build.ts', '--out-dir', outDir],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect(stdout).toMatch(/Code\.js: \d+(\.\d)? KB \(budget 150 KB\)/)
    expect(stdout).toMatch(
      /insights\.html: \d+(\.\d)? KB \(budget 250 KB; code \d+(\.\d)? KB\), read at the first call of cropShortlist, /
    )
    expect(existsSync(path.join(outDir, 'insights.html'))).toBe(true)
    for (const locale of LOCALES) {
      expect(stdout).toMatch(
        new RegExp(
          `messages-${locale}\\.html: \\d+(\\.\\d)? KB \\(${locale} messages, read at first use\\)`
        )
      )
      expect(existsSync(path.join(outDir, `messages-${locale}.html`))).toBe(true)
    }
    expect(stdout).toMatch(
      /Sidebar\.html: \d+(\.\d)? KB \(script \d+(\.\d)? KB, styles \d+(\.\d)? KB, inlined\)/
    )
    expect(existsSync(path.join(outDir, 'Code.js'))).toBe(true)
    expect(existsSync(path.join(outDir, 'Sidebar.html'))).toBe(true)
    expect(existsSync(path.join(outDir, 'appsscript.json'))).toBe(true)
  })
})
