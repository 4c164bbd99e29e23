// signedFetch: what goes on the wire is exactly what is signed.
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { EMPTY_BODY_SHA256_HEX } from '../../shared/signing'
import { signatureHeaders, signedFetch } from './admin-client'

interface Sent {
  url: string
  method: string
  headers: Record<string, string>
  body: Uint8Array | undefined
}

// Records the request instead of sending it.
function recorder() {
  const sent: Sent[] = []
  const fetch = (async (url: URL, init: RequestInit) => {
    sent.push({
      url: String(url),
      method: String(init.method),
      headers: init.headers as Record<string, string>,
      body: init.body as Uint8Array | undefined,
    })
    return new Response('{}')
  }) as unknown as typeof globalThis.fetch
  return { sent, fetch }
}

const hmac = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text).digest('hex')

describe('signedFetch', () => {
  it('signs timestamp, method, path with query and the hash of the exact body bytes', async () => {
    const { sent, fetch } = recorder()
    await signedFetch({
      baseUrl: 'https://lacralo.example/',
      secret: 's3cret',
      method: 'put',
      path: '/admin/events?lang=es',
      body: { events: [{ id: 'foro', title: 'Foro de Gobernanza — São Paulo' }] },
      now: () => 1700000000,
      fetch,
    })
    const [request] = sent
    expect(request?.url).toBe('https://lacralo.example/admin/events?lang=es')
    expect(request?.method).toBe('PUT')
    const bodyHash = createHash('sha256')
      .update(request?.body ?? new Uint8Array())
      .digest('hex')
    expect(request?.headers).toMatchObject({
      'Content-Type': 'application/json',
      'X-Lacralo-Timestamp': '1700000000',
      'X-Lacralo-Signature': hmac('s3cret', `1700000000\nPUT\n/admin/events?lang=es\n${bodyHash}`),
    })
    expect(new TextDecoder().decode(request?.body)).toContain('São Paulo')
  })

  it('signs the hash of an empty body for a request without one, and sends no body', async () => {
    const { sent, fetch } = recorder()
    await signedFetch({
      baseUrl: 'https://lacralo.example',
      secret: 's3cret',
      method: 'GET',
      path: '/admin/registrations?after=42',
      locale: 'fr',
      now: () => 1700000000,
      fetch,
    })
    expect(sent[0]?.body).toBeUndefined()
    expect(sent[0]?.headers['Content-Type']).toBeUndefined()
    expect(sent[0]?.headers['Accept-Language']).toBe('fr')
    expect(sent[0]?.headers['X-Lacralo-Signature']).toBe(
      hmac('s3cret', `1700000000\nGET\n/admin/registrations?after=42\n${EMPTY_BODY_SHA256_HEX}`)
    )
  })
})

describe('signatureHeaders', () => {
  it('changes when any signed part changes', () => {
    const base = {
      secret: 's',
      method: 'PUT',
      pathWithQuery: '/admin/events',
      body: '{}',
      timestamp: 1700000000,
    }
    const signature = signatureHeaders(base)['X-Lacralo-Signature']
    for (const change of [
      { secret: 't' },
      { method: 'POST' },
      { pathWithQuery: '/admin/events?x' },
      { body: '{ }' },
      { timestamp: 1700000001 },
    ])
      expect(signatureHeaders({ ...base, ...change })['X-Lacralo-Signature']).not.toBe(signature)
  })
})
