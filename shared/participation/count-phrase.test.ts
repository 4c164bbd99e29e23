import { describe, expect, it } from 'vitest'
import { countPhrase } from './count-phrase'

describe('countPhrase', () => {
  it('puts the noun in the singular or plural by the language’s rule', () => {
    expect(countPhrase('en', 'week', 1)).toBe('1 week')
    expect(countPhrase('en', 'week', 8)).toBe('8 weeks')
    expect(countPhrase('en', 'day', 0)).toBe('0 days')
    expect(countPhrase('fr', 'day', 0)).toBe('0 jour')
    expect(countPhrase('es', 'trip', 2)).toBe('2 viajes CROP')
    expect(countPhrase('pt', 'contribution', 1)).toBe('1 contribuição')
  })
})
