import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalRequest, EMPTY_BODY_SHA256_HEX } from '../../../shared/signing'
import { createFakeUtilities } from '../testing/fake-utilities'
import { createSigningCrypto, signatureHeaders } from './signing'

const crypto = createSigningCrypto(createFakeUtilities())

// What the Worker computes for the same request (verify-signature.ts, with node:crypto here).
function workerSignature(
  secret: string,
  timestamp: number,
  method: string,
  path: string,
  body: string
) {
  const canonical = canonicalRequest({
    timestamp,
    method,
    pathWithQuery: path,
    bodySha256Hex: createHash('sha256').update(body, 'utf8').digest('hex'),
  })
  return createHmac('sha256', secret).update(canonical, 'utf8').digest('hex')
}

describe('signing with Apps Script’s Utilities', () => {
  it('hashes the UTF-8 bytes of the body, as the Worker does', () => {
    const body = '{"title":"Café de Ñandú, São Paulo"}'
    expect(crypto.sha256Hex(crypto.utf8(body))).toBe(
      createHash('sha256').update(body, 'utf8').digest('hex')
    )
    expect(crypto.sha256Hex([])).toBe(EMPTY_BODY_SHA256_HEX)
  })

  it('signs a PUT exactly as the Worker verifies it', () => {
    const secret = 'a-secret-with-ñ-and-€-0123456789'
    const body = '{"events":[{"id":"caribnog-25","title":"CaribNOG 25 – Kingston"}]}'
    const headers = signatureHeaders(crypto, {
      secret,
      method: 'PUT',
      pathWithQuery: '/admin/events',
      body: crypto.utf8(body),
      timestamp: 1_700_000_000,
    })
    expect(headers).toEqual({
      'X-Lacralo-Timestamp': '1700000000',
      'X-Lacralo-Signature': workerSignature(secret, 1_700_000_000, 'PUT', '/admin/events', body),
    })
    expect(headers['X-Lacralo-Signature']).toMatch(/^[0-9a-f]{64}$/)
  })

  it('signs a GET with its query and the empty body', () => {
    const secret = 'lacralo-test-admin-secret'
    const headers = signatureHeaders(crypto, {
      secret,
      method: 'get',
      pathWithQuery: '/admin/registrations?after=42&limit=500',
      body: [],
      timestamp: 1_700_000_123,
    })
    expect(headers['X-Lacralo-Signature']).toBe(
      workerSignature(secret, 1_700_000_123, 'GET', '/admin/registrations?after=42&limit=500', '')
    )
  })

  it('gives another signature for another secret, time, path or body', () => {
    const base = {
      secret: 'lacralo-test-admin-secret',
      method: 'PUT',
      pathWithQuery: '/admin/events',
      body: crypto.utf8('{}'),
      timestamp: 1,
    }
    const signature = (changes: Partial<typeof base>) =>
      signatureHeaders(crypto, { ...base, ...changes })['X-Lacralo-Signature']
    const all = [
      signature({}),
      signature({ secret: 'lacralo-test-admin-secreT' }),
      signature({ timestamp: 2 }),
      signature({ pathWithQuery: '/admin/webinars' }),
      signature({ body: crypto.utf8('{ }') }),
    ]
    expect(new Set(all).size).toBe(all.length)
  })
})
