import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAddonRuntime, NotJsonError } from './addon-runtime'
import type { SyncFetchRequest } from './sync-fetch'

// Classic scripts, as Code.js is one: global function declarations over the Apps Script globals.
const SCRIPT = `
var calls = 0
function count() { calls += 1; return calls }
function echo(value) {
  return { value: value, isArray: Array.isArray(value), sameRealm: value instanceof Array }
}
function when() { return { lastSync: { at: new Date(0) } } }
function fails() { throw new Error('Otra persona está usando la hoja de cálculo.') }
function property(key) { return PropertiesService.getScriptProperties().getProperty(key) }
function page() { return HtmlService.createHtmlOutputFromFile('Sidebar').getContent() }
function say(text) { console.log(text, { n: 1 }) }
function put() {
  var response = UrlFetchApp.fetch('https://worker.example/admin/events?lang=es', {
    method: 'put', payload: '{"events":[]}', contentType: 'application/json',
    headers: { 'X-Lacralo-Timestamp': '1700000000' }, muteHttpExceptions: true,
  })
  return [response.getResponseCode(), response.getContentText()]
}
function refused() { return UrlFetchApp.fetch('https://worker.example/healthz').getContentText() }
var notAFunction = 1
`

let htmlDir: string

beforeAll(() => {
  htmlDir = mkdtempSync(path.join(tmpdir(), 'lacralo-runtime-'))
  writeFileSync(path.join(htmlDir, 'Sidebar.html'), '<p>page</p>')
})

afterAll(() => rmSync(htmlDir, { recursive: true, force: true }))

function runtime(options: Partial<Parameters<typeof createAddonRuntime>[0]> = {}) {
  return createAddonRuntime({ code: SCRIPT, htmlDir, ...options })
}

describe('createAddonRuntime', () => {
  it('lists the global functions the script declares, and only those', () => {
    expect(runtime().functionNames).toEqual(
      expect.arrayContaining(['count', 'echo', 'when', 'put', 'page'])
    )
    expect(runtime().functionNames).not.toContain('notAFunction')
  })

  it('runs each call as a fresh execution, as Apps Script does: no state survives', () => {
    const addon = runtime()
    expect(addon.callJson('count', '[]')).toBe('1')
    expect(addon.callJson('count', '[]')).toBe('1')
  })

  it("makes the arguments in the script's own realm, so instanceof works as in Apps Script", () => {
    expect(JSON.parse(runtime().callJson('echo', '[["Events", 14]]'))).toEqual({
      value: ['Events', 14],
      isArray: true,
      sameRealm: true,
    })
  })

  it('refuses a result google.script.run could not carry, saying where it is', () => {
    expect(() => runtime().callJson('when', '[]')).toThrow(NotJsonError)
    expect(() => runtime().callJson('when', '[]')).toThrow(
      'when returned a Date at its result.lastSync.at'
    )
  })

  it('passes on what the function threw, and refuses a name that is not a function', () => {
    expect(() => runtime().callJson('fails', '[]')).toThrow(
      'Otra persona está usando la hoja de cálculo.'
    )
    expect(() => runtime().callJson('notAFunction', '[]')).toThrow(
      'Script function not found: notAFunction'
    )
    expect(() => runtime().callJson('missing', '[]')).toThrow('Script function not found: missing')
    expect(() => runtime().callJson('count', '{"a":1}')).toThrow('the arguments must be a list')
  })

  it('starts with the given Script Properties and serves the HTML files of the build folder', () => {
    const addon = runtime({ scriptProperties: { LACRALO_WORKER_URL: 'http://127.0.0.1:8787' } })
    expect(addon.callJson('property', '["LACRALO_WORKER_URL"]')).toBe('"http://127.0.0.1:8787"')
    expect(addon.callJson('page', '[]')).toBe('"<p>page</p>"')
  })

  it("sends the script's console output to the log", () => {
    const lines: string[] = []
    runtime({ log: (line) => lines.push(line) }).call('say', 'Sincronización terminada')
    expect(lines).toEqual(['Sincronización terminada {"n":1}'])
  })

  it('sends UrlFetchApp requests through the synchronous fetch, bytes and headers as given', () => {
    const sent: SyncFetchRequest[] = []
    const addon = runtime({
      fetchSync: (request) => {
        sent.push(request)
        return {
          status: 409,
          headers: { 'content-type': 'application/json' },
          body: new TextEncoder().encode('{"error":{"message":"Versión en conflicto"}}'),
        }
      },
    })
    expect(JSON.parse(addon.callJson('put', '[]'))).toEqual([
      409,
      '{"error":{"message":"Versión en conflicto"}}',
    ])
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      url: 'https://worker.example/admin/events?lang=es',
      method: 'PUT',
      headers: { 'X-Lacralo-Timestamp': '1700000000', 'Content-Type': 'application/json' },
      followRedirects: false,
    })
    expect(new TextDecoder().decode(sent[0]?.body)).toBe('{"events":[]}')
  })

  it('fails a request as Apps Script does when the fetch cannot reach the server', () => {
    const addon = runtime({
      fetchSync: (request) => {
        throw new Error(`Address unavailable: ${request.url}`)
      },
    })
    expect(() => addon.callJson('refused', '[]')).toThrow(
      'Address unavailable: https://worker.example/healthz'
    )
  })
})
