import { describe, expect, it } from 'vitest'
import { localeFromEnv } from './cli-locale'

describe('localeFromEnv', () => {
  it.each([
    ['es_AR.UTF-8', 'es'],
    ['es', 'es'],
    ['pt_BR.UTF-8', 'pt'],
    ['fr_CA', 'fr'],
    ['en_US.UTF-8', 'en'],
    ['de_DE.UTF-8', 'en'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['esperanto', 'en'],
  ])('reads LANG=%s as %s', (lang, locale) => {
    expect(localeFromEnv({ LANG: lang })).toBe(locale)
  })

  it('falls back to English without LANG', () => {
    expect(localeFromEnv({})).toBe('en')
  })
})
