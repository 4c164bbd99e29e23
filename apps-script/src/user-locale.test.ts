import { describe, expect, it } from 'vitest'
import { resolveUserLocale } from './user-locale'

describe('resolveUserLocale', () => {
  it.each([
    ['es', 'es'],
    ['es_419', 'es'],
    ['pt_BR', 'pt'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en_GB', 'en'],
  ])('speaks %s users in %s', (userLocale, locale) => {
    expect(resolveUserLocale(userLocale)).toBe(locale)
  })

  it.each(['de', 'nl_NL', 'ht', '', '  '])(
    'falls back to English for %j, a language the toolkit does not have',
    (userLocale) => {
      expect(resolveUserLocale(userLocale)).toBe('en')
    }
  )
})
