import { describe, expect, it } from 'vitest'
import { CATALOGUE, t } from './catalogue'
import { LOCALES } from './locales'

describe('message catalogue', () => {
  const englishKeys = Object.keys(CATALOGUE.en).sort()

  it.each(LOCALES)('has every key in %s, and no extra one', (locale) => {
    expect(Object.keys(CATALOGUE[locale]).sort()).toEqual(englishKeys)
  })

  it.each(LOCALES)('has no empty message in %s', (locale) => {
    const empty = Object.entries(CATALOGUE[locale]).filter(([, text]) => text.trim() === '')
    expect(empty).toEqual([])
  })

  it.each(LOCALES)('uses the same placeholders in %s as in English', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of englishKeys) {
      const k = key as keyof typeof CATALOGUE.en
      expect([key, placeholders(CATALOGUE[locale][k])]).toEqual([
        key,
        placeholders(CATALOGUE.en[k]),
      ])
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('es', 'language.pt')).toBe('Portugués')
    expect(t('en', 'common.error', { unused: 1 })).toBe('Error')
  })
})
