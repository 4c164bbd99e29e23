import { describe, expect, it } from 'vitest'
import { blockRange, columnLetters, quoteTabName } from './a1-notation'

describe('A1 notation', () => {
  it('quotes a tab name, doubling its own quotes', () => {
    expect(quoteTabName('Events')).toBe("'Events'")
    expect(quoteTabName("Staff's notes")).toBe("'Staff''s notes'")
  })

  it('names columns past Z with two letters', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })

  it('names a block from A1, at least one cell', () => {
    expect(blockRange('Events', 58, 17)).toBe("'Events'!A1:Q58")
    expect(blockRange('Empty', 0, 0)).toBe("'Empty'!A1:A1")
  })
})
