// Which language a request gets: ?lang=, then Accept-Language by quality, then English.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { localeFromAcceptLanguage, requestLocale } from '../../worker/src/request-locale'

describe('localeFromAcceptLanguage', () => {
  it('picks the best-rated toolkit language, ignoring regions and unknown languages', () => {
    expect(localeFromAcceptLanguage('pt-BR,pt;q=0.9,en;q=0.5')).toBe('pt')
    expect(localeFromAcceptLanguage('de-DE,fr;q=0.4,es;q=0.8')).toBe('es')
    expect(localeFromAcceptLanguage('en;q=0.2, FR-ca')).toBe('fr')
    expect(localeFromAcceptLanguage('es;q=0, en;q=0.1')).toBe('en')
    expect(localeFromAcceptLanguage('de, it')).toBeNull()
    expect(localeFromAcceptLanguage('')).toBeNull()
    expect(localeFromAcceptLanguage(undefined)).toBeNull()
  })
})

describe('requestLocale', () => {
  const app = new Hono().get('/', (c) => c.text(requestLocale(c)))

  it('prefers ?lang=, then Accept-Language, then English', async () => {
    const headers = { 'Accept-Language': 'es-UY' }
    expect(await (await app.request('/?lang=fr', { headers })).text()).toBe('fr')
    expect(await (await app.request('/?lang=xx', { headers })).text()).toBe('es')
    expect(await (await app.request('/')).text()).toBe('en')
  })
})
