import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSyncFetch } from './sync-fetch'

// The server runs in its own thread: a synchronous fetch blocks this one, so a server here
// could never answer.
const SERVER = `
const { createServer } = require('node:http')
const { parentPort } = require('node:worker_threads')
const server = createServer((request, response) => {
  const chunks = []
  request.on('data', (chunk) => chunks.push(chunk))
  request.on('end', () => {
    if (request.url === '/slow') return
    if (request.url === '/moved') {
      response.writeHead(302, { Location: '/elsewhere' })
      return response.end()
    }
    response.writeHead(request.url === '/missing' ? 404 : 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Seen-Method': request.method,
    })
    response.end(JSON.stringify({
      method: request.method,
      body: Buffer.concat(chunks).toString('utf8'),
      signature: request.headers['x-lacralo-signature'] ?? null,
      type: request.headers['content-type'] ?? null,
    }))
  })
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
`

let thread: Worker
let base: string
const { fetchSync, close } = createSyncFetch({ timeoutMs: 500 })

beforeAll(async () => {
  thread = new Worker(SERVER, { eval: true })
  const port = await new Promise<number>((resolve) => thread.once('message', resolve))
  base = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await close()
  await thread.terminate()
})

function json(body: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(body))
}

describe('createSyncFetch', () => {
  it('returns the answer before returning at all: status, headers and body bytes', () => {
    const response = fetchSync({ url: `${base}/admin/webinars`, method: 'GET', headers: {} })
    expect(response.status).toBe(200)
    expect(response.headers['x-seen-method']).toBe('GET')
    expect(json(response.body)).toEqual({ method: 'GET', body: '', signature: null, type: null })
  })

  it('sends the method, the headers and the exact body bytes', () => {
    const body = new TextEncoder().encode('{"events":[{"title":"Foro de Gobernanza, Asunción"}]}')
    const response = fetchSync({
      url: `${base}/admin/events`,
      method: 'PUT',
      headers: { 'X-Lacralo-Signature': 'ab12', 'Content-Type': 'application/json' },
      body,
    })
    expect(json(response.body)).toEqual({
      method: 'PUT',
      body: '{"events":[{"title":"Foro de Gobernanza, Asunción"}]}',
      signature: 'ab12',
      type: 'application/json',
    })
  })

  it('hands back error statuses as answers, and redirects unfollowed when asked', () => {
    expect(fetchSync({ url: `${base}/missing`, method: 'GET', headers: {} }).status).toBe(404)
    const moved = fetchSync({
      url: `${base}/moved`,
      method: 'GET',
      headers: {},
      followRedirects: false,
    })
    expect(moved.status).toBe(302)
    expect(moved.headers.location).toBe('/elsewhere')
  })

  it("fails with Apps Script's words when nothing listens at the address", async () => {
    const { freePort } = await import('../../worker/scripts/local-worker')
    const url = `http://127.0.0.1:${await freePort()}/healthz`
    expect(() => fetchSync({ url, method: 'GET', headers: {} })).toThrow(
      `Address unavailable: ${url}`
    )
  })

  it('gives up after its timeout when the server never answers', () => {
    const started = Date.now()
    expect(() => fetchSync({ url: `${base}/slow`, method: 'GET', headers: {} })).toThrow(
      `Timeout: ${base}/slow`
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
