import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalRequest } from '../../../shared/signing'
import { createFakeAdminWorker } from './fake-admin-worker'
import type { FakeHttpRequest } from './fake-url-fetch'

const SECRET = 'fake-worker-secret-0123456789'
const NOW = 1_700_000_000

function signed(
  method: string,
  path: string,
  body = '',
  secret = SECRET,
  timestamp = NOW
): FakeHttpRequest {
  const bytes = Buffer.from(body, 'utf8')
  const canonical = canonicalRequest({
    timestamp,
    method,
    pathWithQuery: path,
    bodySha256Hex: createHash('sha256').update(bytes).digest('hex'),
  })
  return {
    url: `https://lacralo.example.workers.dev${path}`,
    method,
    headers: {
      'X-Lacralo-Timestamp': String(timestamp),
      'X-Lacralo-Signature': createHmac('sha256', secret).update(canonical).digest('hex'),
    },
    bytes,
    body,
    contentType: body ? 'application/json' : null,
  }
}

describe('fake admin Worker', () => {
  it('answers a signed request, and refuses a wrong secret, an old timestamp or a replay', () => {
    const worker = createFakeAdminWorker({ secret: SECRET, now: () => NOW })
    const request = signed('GET', '/admin/webinars')
    expect(worker.handler(request).status).toBe(200)
    expect(worker.handler(request).status).toBe(401)
    expect(
      worker.handler(signed('GET', '/admin/webinars', '', 'other-secret-0123456789')).status
    ).toBe(401)
    expect(worker.handler(signed('GET', '/admin/webinars', '', SECRET, NOW - 301)).status).toBe(401)
    const tampered = {
      ...signed('PUT', '/admin/events', '{"events":[]}'),
      bytes: Buffer.from('{"events":[1]}'),
    }
    expect(worker.handler(tampered).status).toBe(401)
  })

  it('serves the change feed in pages from a cursor', () => {
    const worker = createFakeAdminWorker({ secret: SECRET, now: () => NOW })
    for (const id of ['a', 'b', 'c']) worker.register({ id, webinarSlug: 'dnssec-2023' })
    worker.change('a', { status: 'cancelled' })
    const page = (after: number) =>
      worker.handler(signed('GET', `/admin/registrations?after=${after}&limit=2`)).json as {
        registrations: { id: string }[]
        nextCursor: string
        hasMore: boolean
      }
    expect(page(0)).toMatchObject({
      nextCursor: '3',
      hasMore: true,
      registrations: [{ id: 'b' }, { id: 'c' }],
    })
    expect(page(3)).toMatchObject({ nextCursor: '4', hasMore: false, registrations: [{ id: 'a' }] })
  })
})
