import { describe, expect, it } from 'vitest'
import { MAX_TAB_NAME, SHORTLIST_PREFIX, shortlistTabName, truncateName } from './shortlist-tab'

describe('the shortlist tab’s name', () => {
  it('is the prefix and the title, with characters spreadsheets refuse replaced', () => {
    expect(shortlistTabName('CaribNOG 32')).toBe('Shortlist – CaribNOG 32')
    expect(shortlistTabName('LACNIC 46 / LACNOG: Panamá [draft]?')).toBe(
      'Shortlist – LACNIC 46 - LACNOG- Panamá -draft--'
    )
    expect(shortlistTabName('  Foro\tde\nGobernanza  ')).toBe('Shortlist – Foro de Gobernanza')
    expect(shortlistTabName('')).toBe('Shortlist – -')
  })

  it('fits Sheets’ 100 characters with its suffix, cutting the title and saying so', () => {
    const title = 'Foro de Gobernanza de Internet de América Latina y el Caribe '.repeat(3)
    const name = shortlistTabName(title, ' (2)')
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_TAB_NAME)
    expect(Array.from(name).length).toBeGreaterThan(MAX_TAB_NAME - 3)
    expect(name.startsWith(SHORTLIST_PREFIX)).toBe(true)
    expect(name.endsWith('… (2)')).toBe(true)
  })

  it('never splits a character or a letter from its accent', () => {
    // '🇹🇹' is two code points; 'e' + U+0301 is one letter written with two.
    const emoji = truncateName('CaribNOG 🇹🇹 Port of Spain', 11)
    expect(emoji).toBe('CaribNOG 🇹…')
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false)
    const decomposed = truncateName('Cafe\u0301 Internet', 5)
    expect(decomposed).toBe('Caf…')
    expect(truncateName('Short', 5)).toBe('Short')
  })
})
