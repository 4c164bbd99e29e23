// The canonical request and the timestamp window both sides of a signed request agree on.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  canonicalRequest,
  EMPTY_BODY_SHA256_HEX,
  isSignatureShaped,
  isWithinWindow,
  parseTimestamp,
  SIGNATURE_WINDOW_SECONDS,
} from './signing'

describe('canonicalRequest', () => {
  it('joins timestamp, upper-case method, path with query and body hash with newlines', () => {
    const body = '{"events":[]}'
    const bodySha256Hex = createHash('sha256').update(body).digest('hex')
    expect(
      canonicalRequest({
        timestamp: 1700000000,
        method: 'put',
        pathWithQuery: '/admin/events?lang=es',
        bodySha256Hex,
      })
    ).toBe(`1700000000\nPUT\n/admin/events?lang=es\n${bodySha256Hex}`)
  })

  it('gives different strings for a different path, method or body', () => {
    const base = {
      timestamp: '1700000000',
      method: 'PUT',
      pathWithQuery: '/admin/events',
      bodySha256Hex: EMPTY_BODY_SHA256_HEX,
    }
    const canonical = canonicalRequest(base)
    expect(canonicalRequest({ ...base, method: 'POST' })).not.toBe(canonical)
    expect(canonicalRequest({ ...base, pathWithQuery: '/admin/events?x=1' })).not.toBe(canonical)
    expect(canonicalRequest({ ...base, bodySha256Hex: 'a'.repeat(64) })).not.toBe(canonical)
  })

  it('uses the real hash of an empty body for EMPTY_BODY_SHA256_HEX', () => {
    expect(createHash('sha256').update('').digest('hex')).toBe(EMPTY_BODY_SHA256_HEX)
  })
})

describe('timestamps', () => {
  it('accepts only plain Unix seconds', () => {
    expect(parseTimestamp('1700000000')).toBe(1700000000)
    for (const bad of [undefined, null, '', '1.7e9', '-5', ' 1700000000', '17000000000000', 'now'])
      expect(parseTimestamp(bad)).toBeNull()
  })

  it(`allows ${SIGNATURE_WINDOW_SECONDS} s of clock difference either way, not one more`, () => {
    const now = 1700000000
    expect(isWithinWindow(now - 300, now)).toBe(true)
    expect(isWithinWindow(now + 300, now)).toBe(true)
    expect(isWithinWindow(now - 301, now)).toBe(false)
    expect(isWithinWindow(now + 301, now)).toBe(false)
  })
})

describe('isSignatureShaped', () => {
  it('accepts 64 lowercase hex digits only', () => {
    expect(isSignatureShaped('ab'.repeat(32))).toBe(true)
    expect(isSignatureShaped('AB'.repeat(32))).toBe(false)
    expect(isSignatureShaped('ab'.repeat(31))).toBe(false)
    expect(isSignatureShaped(null)).toBe(false)
  })
})
