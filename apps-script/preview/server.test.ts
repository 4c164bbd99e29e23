import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { freePort } from '../../worker/scripts/local-worker'
import { type Preview, startPreview } from './server'

let preview: Preview
let outDir: string
let workerUrl: string
const log: string[] = []

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'lacralo-preview-'))
  workerUrl = `http://127.0.0.1:${await freePort()}`
  preview = await startPreview({
    // Nothing listens there: these tests never reach a Worker.
    workerUrl,
    adminSecret: 'preview-test-secret-0123456789',
    port: 0,
    outDir,
    seed: 'none',
    runTriggers: false,
    log: (line) => log.push(line),
  })
})

afterAll(async () => {
  await preview?.close()
  rmSync(outDir, { recursive: true, force: true })
})

async function run(body: string): Promise<{ status: number; answer: unknown }> {
  const response = await fetch(`${preview.url}/run`, { method: 'POST', body })
  return { status: response.status, answer: await response.json().catch(() => null) }
}

describe('the add-on preview server', () => {
  it('runs the Code.js it built into its output folder, the file clasp pushes', () => {
    const code = readFileSync(path.join(outDir, 'Code.js'), 'utf8')
    expect(preview.build.files.map((file) => path.basename(file))).toContain('Sidebar.html')
    expect(code).toMatch(/^function setUpSpreadsheet\(/m)
    expect(preview.runtime.functionNames).toEqual(expect.arrayContaining(preview.build.entryPoints))
  })

  it('serves the sidebar as openSidebar makes it, with the google.script.run bridge first', async () => {
    const response = await fetch(`${preview.url}/sidebar?lang=pt`)
    const html = await response.text()
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html.indexOf('window.google = {')).toBeGreaterThan(-1)
    expect(html.indexOf('window.google = {')).toBeLessThan(html.indexOf('id="sidebar-boot"'))
    expect(html).toContain('"locale":"pt","title":"Ferramentas de divulgação da LACRALO"')
  })

  it("runs a server function for the page and answers its result as JSON, in the user's language", async () => {
    await fetch(`${preview.url}/sidebar?lang=es`)
    const { status, answer } = await run('{"fn":"setUpSpreadsheet","args":[]}')
    expect(status).toBe(200)
    expect(answer).toMatchObject({ ok: true, value: { changed: true } })
    expect((answer as { value: { lines: string[] } }).value.lines[0]).toBe(
      t('es', 'workbook.setup.done')
    )
    expect(preview.runtime.fake.spreadsheet.sheetNames()).toContain('Registrations')
  })

  it('answers a failure of the function, or an unknown one, as google.script.run reports it', async () => {
    expect(await run('{"fn":"publishEverything","args":[]}')).toEqual({
      status: 200,
      answer: { ok: false, error: 'Script function not found: publishEverything' },
    })
    // The Worker URL points where nothing listens: the action says so, in Spanish.
    const { answer } = await run('{"fn":"testConnection","args":[]}')
    expect(answer).toMatchObject({ ok: true, value: { ok: false, code: 'unreachable' } })
    expect((answer as { value: { message: string } }).value.message).toContain(
      'Address unavailable'
    )
  })

  it('refuses a body that is not a call', async () => {
    expect((await run('not json')).status).toBe(400)
    expect((await run('{"fn":"setUpSpreadsheet"}')).status).toBe(400)
  })

  it('shows the workbook, the frame page, and nothing else', async () => {
    const workbook = await (await fetch(`${preview.url}/workbook?tab=Events`)).text()
    expect(workbook).toContain('<table id="tab-Events" data-tab="Events">')
    const frame = await (await fetch(`${preview.url}/?lang=fr`)).text()
    expect(frame).toContain('src="/sidebar?lang=fr"')
    expect((await fetch(`${preview.url}/elsewhere`)).status).toBe(404)
    expect((await fetch(`${preview.url}/sidebar`, { method: 'DELETE' })).status).toBe(405)
  })
})
