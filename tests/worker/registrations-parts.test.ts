// The registration service's small parts: tokens, client keys, limits, honeypot, windows.
import { describe, expect, it } from 'vitest'
import {
  cancelPath,
  hashCancelToken,
  isCancelTokenShaped,
  newCancelToken,
} from '../../worker/src/registrations/cancel-token'
import { clientKeyOf } from '../../worker/src/registrations/client-key'
import { rateLimitSettings } from '../../worker/src/registrations/rate-limit'
import { isHoneypotFilled, turnstileSiteKey } from '../../worker/src/registrations/spam'
import { registrationState } from '../../worker/src/registrations/webinar-view'

describe('cancellation tokens', () => {
  it('carry 256 random bits in 43 URL-safe characters, never twice the same', () => {
    const tokens = Array.from({ length: 2000 }, newCancelToken)
    expect(new Set(tokens).size).toBe(2000)
    for (const token of tokens.slice(0, 50)) {
      expect(isCancelTokenShaped(token)).toBe(true)
      const bytes = atob(token.replace(/-/g, '+').replace(/_/g, '/'))
      expect(bytes).toHaveLength(32)
    }
  })

  it('are stored as their SHA-256 in hex, and refused when malformed', async () => {
    expect(await hashCancelToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    for (const value of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}/`, 42, null])
      expect(isCancelTokenShaped(value)).toBe(false)
    expect(cancelPath('dnssec-2026', 'T'.repeat(43))).toBe(
      `/webinars/dnssec-2026/cancel/${'T'.repeat(43)}`
    )
  })
})

describe('clientKeyOf', () => {
  it('prefers CF-Connecting-IP, then the first X-Forwarded-For address, else one shared key', () => {
    expect(
      clientKeyOf(new Headers({ 'CF-Connecting-IP': '203.0.113.7', 'X-Forwarded-For': '10.0.0.1' }))
    ).toBe('203.0.113.7')
    expect(clientKeyOf(new Headers({ 'X-Forwarded-For': ' 198.51.100.2 , 10.0.0.1' }))).toBe(
      '198.51.100.2'
    )
    expect(clientKeyOf(new Headers())).toBe('unknown')
  })
})

describe('rateLimitSettings', () => {
  it('defaults to 10 posts per 600 s and keeps the defaults for malformed values', () => {
    expect(rateLimitSettings({})).toEqual({ limit: 10, windowSeconds: 600 })
    expect(
      rateLimitSettings({ REGISTRATION_RATE_LIMIT: ' 3 ', REGISTRATION_RATE_WINDOW_SECONDS: '60' })
    ).toEqual({ limit: 3, windowSeconds: 60 })
    for (const value of ['', 'ten', '-1', '2.5', '1e400'])
      expect(rateLimitSettings({ REGISTRATION_RATE_LIMIT: value }).limit).toBe(10)
    expect(rateLimitSettings({ REGISTRATION_RATE_WINDOW_SECONDS: '0' }).windowSeconds).toBe(600)
    expect(rateLimitSettings({ REGISTRATION_RATE_LIMIT: '0' }).limit).toBe(0)
  })
})

describe('spam checks', () => {
  it('see a honeypot as filled when it holds anything but blanks', () => {
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true)
    expect(isHoneypotFilled({ website: ['x'] })).toBe(true)
    expect(isHoneypotFilled({ website: '  ' })).toBe(false)
    expect(isHoneypotFilled({ name: 'Ana' })).toBe(false)
    expect(isHoneypotFilled(null)).toBe(false)
    expect(isHoneypotFilled('website=x')).toBe(false)
  })

  it('turn Turnstile on only when both its keys are set', () => {
    expect(turnstileSiteKey({ TURNSTILE_SITE_KEY: 'site', TURNSTILE_SECRET: 'secret' })).toBe(
      'site'
    )
    expect(turnstileSiteKey({ TURNSTILE_SITE_KEY: 'site' })).toBeNull()
    expect(turnstileSiteKey({ TURNSTILE_SITE_KEY: ' ', TURNSTILE_SECRET: 'secret' })).toBeNull()
  })
})

describe('registrationState', () => {
  const webinar = {
    registrationOpens: '2026-03-01T09:00:00-05:00',
    registrationCloses: '2026-03-10T17:00:00-05:00',
  }
  it('opens at the opening instant and closes at the closing one, whatever the offsets', () => {
    expect(registrationState(webinar, new Date('2026-03-01T13:59:59Z'))).toBe('not-yet-open')
    expect(registrationState(webinar, new Date('2026-03-01T14:00:00Z'))).toBe('open')
    expect(registrationState(webinar, new Date('2026-03-10T21:59:59Z'))).toBe('open')
    expect(registrationState(webinar, new Date('2026-03-10T22:00:00Z'))).toBe('closed')
  })
})
