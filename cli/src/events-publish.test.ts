// `lacralo events publish` against a local HTTP server that checks the signature as the Worker does.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importCalendar } from '../../shared/calendar-import/import-calendar'
import { type ImportProblem, problemDetail } from '../../shared/calendar-import/problems'
import { canonicalRequest, SIGNATURE_WINDOW_SECONDS } from '../../shared/signing'
import { EXIT, runEventsPublish } from './events-publish'
import { main } from './main'
import { memoryIo } from './testing/memory-io'

const SECRET = 'cli-test-secret'
const FIXTURE = 'tests/fixtures/outreach-calendar-2023.csv'

interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
  signatureValid: boolean
}

// What the Worker checks, written independently of the client: window and HMAC over raw bytes.
function checkSignature(request: IncomingMessage, body: Buffer): boolean {
  const timestamp = String(request.headers['x-lacralo-timestamp'] ?? '')
  const signature = String(request.headers['x-lacralo-signature'] ?? '')
  if (!/^\d+$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) return false
  const canonical = canonicalRequest({
    timestamp,
    method: request.method ?? '',
    pathWithQuery: request.url ?? '',
    bodySha256Hex: createHash('sha256').update(body).digest('hex'),
  })
  const expected = createHmac('sha256', SECRET).update(canonical).digest()
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'))
}

let server: Server
let baseUrl: string
let received: Received[]
let reply: (request: Received) => { status: number; body: unknown }

beforeEach(async () => {
  received = []
  reply = (request) =>
    request.signatureValid
      ? {
          status: 200,
          body: {
            version: 7,
            publishedAt: '2026-03-01T12:00:00.000Z',
            counts: { events: 57, added: 2, changed: 1, removed: 1 },
            added: ['caribnog-25-2023-03-26', 'lacnic-39-2023-05-08'],
            changed: ['icann76-2023-03-11'],
            removed: ['old-event'],
          },
        }
      : { status: 401, body: { error: { code: 'unauthorized', message: 'not correctly signed' } } }
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const entry: Received = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
        signatureValid: checkSignature(request, body),
      }
      received.push(entry)
      const answer = reply(entry)
      response.writeHead(answer.status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const files = {
  [FIXTURE]: readFileSync(FIXTURE, 'utf8'),
  'broken.csv': 'Event Name,Date\nForo LAC,2023-02-30\nCaribNOG 25,3/26/23\n',
}

function capture(env: Record<string, string> = { LACRALO_ADMIN_SECRET: SECRET }) {
  const io = memoryIo({ files, env })
  return {
    io,
    out: {
      get stdout() {
        return io.out()
      },
      get stderr() {
        return io.err()
      },
    },
  }
}

describe('lacralo events publish', () => {
  it('imports the CSV, sends it signed, and reports the version and counts', async () => {
    const { io, out } = capture()
    const code = await runEventsPublish([FIXTURE, '--url', baseUrl], io)
    expect(code).toBe(EXIT.ok)
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request?.method).toBe('PUT')
    expect(request?.url).toBe('/admin/events')
    expect(request?.signatureValid).toBe(true)
    expect(request?.headers['content-type']).toBe('application/json')
    // the same events `events import` reads from the file (warnings do not block)
    const expected = importCalendar(readFileSync(FIXTURE, 'utf8'))
    expect(expected.problems.some((problem) => problem.severity === 'warning')).toBe(true)
    expect(JSON.parse(request?.body.toString('utf8') ?? '')).toEqual({ events: expected.events })
    expect(out.stdout).toContain(
      'Published version 7. Events: 57 (added: 2, changed: 1, removed: 1).'
    )
    expect(out.stdout).toContain('Changed: icann76-2023-03-11')
    expect(out.stdout).toContain('Removed: old-event')
  })

  it('keeps a path prefix of the Worker address and signs it', async () => {
    const { io } = capture()
    expect(await runEventsPublish([FIXTURE, `--url=${baseUrl}/lacralo/`], io)).toBe(EXIT.ok)
    expect(received[0]?.url).toBe('/lacralo/admin/events')
    expect(received[0]?.signatureValid).toBe(true)
  })

  it('reports in the language asked for, and asks the Worker for it too', async () => {
    const { io, out } = capture({ LACRALO_ADMIN_SECRET: SECRET, LANG: 'pt_BR.UTF-8' })
    expect(await runEventsPublish([FIXTURE, '--url', baseUrl, '--lang', 'es'], io)).toBe(EXIT.ok)
    expect(out.stdout).toContain('Versión 7 publicada. Eventos: 57 (agregados: 2')
    expect(received[0]?.headers['accept-language']).toBe('es')
    const other = capture({ LACRALO_ADMIN_SECRET: SECRET, LANG: 'pt_BR.UTF-8' })
    await runEventsPublish([FIXTURE, '--url', baseUrl], other.io)
    expect(other.out.stdout).toContain('Versão 7 publicada')
  })

  it('exits 2 without a secret and sends nothing', async () => {
    const { io, out } = capture({})
    expect(await runEventsPublish([FIXTURE, '--url', baseUrl], io)).toBe(EXIT.usage)
    expect(out.stderr).toContain('LACRALO_ADMIN_SECRET is not set')
    expect(received).toHaveLength(0)
  })

  it('exits 2 pointing at the help when the file or --url is missing or wrong', async () => {
    const cases: [string[], string][] = [
      [['--url', baseUrl], 'the file to import is missing.'],
      [[FIXTURE], 'the Worker address is missing: give it with --url'],
      [[FIXTURE, '--url', baseUrl, '--force'], "unknown option '--force'."],
      [[FIXTURE, 'other.csv', '--url', baseUrl], "unexpected argument 'other.csv'"],
      [[FIXTURE, '--url', 'lacralo.example'], '"lacralo.example" is not a Worker address'],
    ]
    for (const [args, message] of cases) {
      const { io, out } = capture()
      expect(await runEventsPublish(args, io)).toBe(EXIT.usage)
      expect(out.stderr).toContain(message)
      expect(out.stderr).toContain("See 'lacralo events publish --help'.")
    }
    expect(received).toHaveLength(0)
  })

  it('documents itself in the help, secret and exit codes included', async () => {
    const list = memoryIo()
    await main(['--help'], list)
    expect(list.out()).toMatch(/events publish +check a calendar table \(CSV\) and publish it/)
    const help = memoryIo({ env: { LANG: 'es_AR.UTF-8' } })
    expect(await main(['events', 'publish', '--help'], help)).toBe(0)
    expect(help.out()).toContain('lacralo events publish <archivo.csv> --url <url-del-worker>')
    expect(help.out()).toContain('LACRALO_ADMIN_SECRET')
  })

  it('exits 2 when the file cannot be read', async () => {
    const { io, out } = capture()
    expect(await runEventsPublish(['no-such-file.csv', '--url', baseUrl], io)).toBe(EXIT.usage)
    expect(out.stderr).toContain('cannot read no-such-file.csv: there is no such file.')
    expect(received).toHaveLength(0)
  })

  it('refuses to publish a calendar with import errors, printing them, and sends nothing', async () => {
    const { io, out } = capture()
    expect(await runEventsPublish(['broken.csv', '--url', baseUrl], io)).toBe(EXIT.refused)
    const { problems } = importCalendar(files['broken.csv'])
    const error = problems.find((problem) => problem.severity === 'error')
    expect(error).toBeDefined()
    // the report wraps long messages to the terminal's width
    const flat = (text: string) => text.replace(/\s+/g, ' ')
    expect(flat(out.stderr)).toContain(flat(problemDetail(error as ImportProblem, 'en')))
    expect(out.stderr).toContain('Not published: fix the errors above in the file (found: 1)')
    expect(out.stdout).toBe('')
    expect(received).toHaveLength(0)
  })

  it("prints the Worker's refusal and each problem by event, and exits 1", async () => {
    reply = () => ({
      status: 422,
      body: {
        error: {
          code: 'invalid_request',
          message: 'The request was not accepted.',
          problems: [
            { index: 3, id: 'lacnic-39', title: 'LACNIC 39', field: 'id', message: 'Repeated id' },
          ],
        },
      },
    })
    const { io, out } = capture()
    expect(await runEventsPublish([FIXTURE, '--url', baseUrl], io)).toBe(EXIT.refused)
    expect(out.stderr).toContain(
      'The Worker did not publish the calendar (HTTP 422): The request was not accepted.'
    )
    expect(out.stderr).toContain('Event 4 (lacnic-39), id: Repeated id')
    expect(out.stdout).not.toContain('Published version')
  })

  it("exits 1 with the Worker's message when the secret is wrong", async () => {
    const { io, out } = capture({ LACRALO_ADMIN_SECRET: 'wrong-secret' })
    expect(await runEventsPublish([FIXTURE, '--url', baseUrl], io)).toBe(EXIT.refused)
    expect(received[0]?.signatureValid).toBe(false)
    expect(out.stderr).toContain('(HTTP 401): not correctly signed')
  })

  it('exits 1 when the Worker cannot be reached', async () => {
    const { io, out } = capture()
    await new Promise((resolve) => server.close(resolve))
    server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const closedPort = (server.address() as AddressInfo).port
    await new Promise((resolve) => server.close(resolve))
    server = createServer().listen(0, '127.0.0.1')
    expect(await runEventsPublish([FIXTURE, '--url', `http://127.0.0.1:${closedPort}`], io)).toBe(
      EXIT.refused
    )
    expect(out.stderr).toContain(`Could not reach the Worker at http://127.0.0.1:${closedPort}`)
  })
})
