import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AddonBuild, BUNDLE_BUDGET_BYTES, buildAddon } from './build'
import * as mainModule from './src/main'
import { createFakeAppsScript } from './src/testing/fake-apps-script'

const ROOT = path.resolve(import.meta.dirname, '..')
const tempDirs: string[] = []

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lacralo-addon-'))
  tempDirs.push(dir)
  return dir
}

let build: AddonBuild
let code: string

/** Runs Code.js as Apps Script would: one classic script whose globals are the services. */
function loadBundle(locale = 'en') {
  const fake = createFakeAppsScript({ locale })
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
  build = await buildAddon({ outDir: await tempDir() })
  code = await readFile(build.files[0] as string, 'utf8')
})

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('add-on bundle', () => {
  it('writes Code.js and appsscript.json into the output folder', () => {
    expect(build.files.map((file) => path.basename(file))).toEqual(['Code.js', 'appsscript.json'])
    expect(Buffer.byteLength(code)).toBe(build.codeBytes)
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
        entries: [{ kind: 'item', label: 'Open sidebar', functionName: 'openSidebar' }],
      },
    ])
  })

  it('builds the menu in Spanish for a Spanish-speaking user', () => {
    const { fake, globals } = loadBundle('es')
    callGlobal(globals, 'onOpen', { authMode: 'FULL' })
    expect(fake.ui.menus[0]?.entries).toEqual([
      { kind: 'item', label: 'Abrir panel lateral', functionName: 'openSidebar' },
    ])
  })

  it('builds the menu on install too', () => {
    const { fake, globals } = loadBundle('pt')
    callGlobal(globals, 'onInstall', { authMode: 'FULL' })
    expect(fake.ui.menus[0]?.entries).toEqual([
      { kind: 'item', label: 'Abrir barra lateral', functionName: 'openSidebar' },
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
    expect(code).toContain('Ouvrir le panneau latéral')
  })

  it('refers to no global that Apps Script lacks (URL, TextEncoder, structuredClone, ...)', () => {
    expect(build.unavailableGlobals).toEqual([])
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
      'https://www.googleapis.com/auth/script.container.ui',
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
    expect(existsSync(path.join(outDir, 'Code.js'))).toBe(true)
    expect(existsSync(path.join(outDir, 'appsscript.json'))).toBe(true)
  })
})
