import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { htmlSafeJson } from '../build-messages'
import {
  bundledInsightsBuild,
  createInsightsLoader,
  INSIGHTS_FILE,
  parseInsightsFile,
} from './insights-loader'
import { createServices } from './services'
import { createFakeAppsScript } from './testing/fake-apps-script'

const dirs: string[] = []

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A project whose insights.html holds `text` (none when null), and a loader over it. */
function project(text: string | null, options: { locale?: string; build?: string | null } = {}) {
  const htmlDir = mkdtempSync(path.join(tmpdir(), 'lacralo-insights-'))
  dirs.push(htmlDir)
  if (text !== null) writeFileSync(path.join(htmlDir, `${INSIGHTS_FILE}.html`), text)
  const fake = createFakeAppsScript({ locale: options.locale ?? 'en', htmlDir })
  let servicesMade = 0
  const load = createInsightsLoader({
    services: () => {
      servicesMade += 1
      return createServices(fake.globals)
    },
    build: options.build === undefined ? 'build-1' : options.build,
  })
  return { fake, load, servicesMade: () => servicesMade }
}

// A chunk as the build writes it: a function body that returns its exports. It counts its
// evaluations on the global object, which the Function constructor's code shares with ours.
const CHUNK_SOURCE = `
  globalThis.__insightsEvaluations = (globalThis.__insightsEvaluations || 0) + 1
  const rebuildDashboard = () => ({ ok: true, message: 'a < b && c > d' })
  return { rebuildDashboard }
`

const evaluations = () =>
  (globalThis as { __insightsEvaluations?: number }).__insightsEvaluations ?? 0

describe('the insights loader', () => {
  it('touches nothing until an action is called, then reads and evaluates the chunk once', () => {
    const { fake, load, servicesMade } = project(
      htmlSafeJson({ build: 'build-1', source: CHUNK_SOURCE })
    )
    expect(servicesMade()).toBe(0)
    const before = evaluations()
    const chunk = load()
    expect(chunk.rebuildDashboard()).toEqual({ ok: true, message: 'a < b && c > d' })
    expect(load()).toBe(chunk)
    expect(load().rebuildDashboard()).toEqual({ ok: true, message: 'a < b && c > d' })
    expect(fake.htmlFiles.reads).toEqual([INSIGHTS_FILE])
    expect(evaluations() - before).toBe(1)
    expect(servicesMade()).toBe(1)
  })

  it('says, in the user’s language, to push the whole build when the chunk is missing', () => {
    const { load } = project(null, { locale: 'es' })
    const message = t('es', 'actions.insights.unreadable', {
      reason: 'No HTML file named insights was found.',
    })
    expect(message).toMatch(/^El complemento no está instalado por completo/)
    expect(load).toThrow(message)
    // A failed load is not kept: the next call tries again.
    expect(load).toThrow(message)
  })

  it('refuses a chunk of another build without running it', () => {
    const before = evaluations()
    const { load } = project(htmlSafeJson({ build: 'build-0', source: CHUNK_SOURCE }), {
      locale: 'fr',
    })
    expect(load).toThrow(t('fr', 'actions.insights.mismatch'))
    expect(evaluations()).toBe(before)
  })

  it('takes a chunk of any build when told to (code run from source)', () => {
    const { load } = project(htmlSafeJson({ build: 'whatever', source: CHUNK_SOURCE }), {
      build: null,
    })
    expect(load().rebuildDashboard()).toMatchObject({ ok: true })
    expect(bundledInsightsBuild()).toBeNull()
  })

  it('reports a chunk that is not valid code, or returns nothing, with the reason', () => {
    const broken = project(htmlSafeJson({ build: 'build-1', source: 'return {' }), {
      locale: 'pt',
    })
    expect(broken.load).toThrow(/^O complemento não está instalado por completo: .*\(.+\)/)
    expect(broken.load).toThrow(/npm run deploy:addon/)
    const empty = project(htmlSafeJson({ build: 'build-1', source: 'const x = 1' }))
    expect(empty.load).toThrow(
      t('en', 'actions.insights.unreadable', { reason: 'it returns no actions' })
    )
  })

  it('reports a file that is not the chunk at all', () => {
    const { load } = project('<p>Sidebar</p>')
    expect(load).toThrow(/^The add-on is not installed completely: .* from insights\.html \(/)
  })
})

describe('parseInsightsFile', () => {
  it('reads the build and the code, escapes undone', () => {
    const source = 'return a<b && c>d ? "</script>" : \'\\u2028\''
    expect(parseInsightsFile(htmlSafeJson({ build: 'abc', source }))).toEqual({
      build: 'abc',
      source,
    })
  })

  it('refuses JSON that is not a chunk', () => {
    expect(() => parseInsightsFile('{"common":{}}')).toThrow(/not the chunk the build writes/)
    expect(() => parseInsightsFile('null')).toThrow(/not the chunk the build writes/)
    expect(() => parseInsightsFile('{"build":1,"source":""}')).toThrow(/not the chunk/)
  })
})
