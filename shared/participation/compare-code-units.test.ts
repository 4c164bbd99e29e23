import { describe, expect, it } from 'vitest'
import { compareCodeUnits } from './compare-code-units'

describe('compareCodeUnits', () => {
  it('orders IDs the same way whatever the locale: capitals first, digits as characters', () => {
    expect(['m-10', 'm-2', 'M-2', 'ñ', 'n'].sort(compareCodeUnits)).toEqual([
      'M-2',
      'm-10',
      'm-2',
      'n',
      'ñ',
    ])
    expect(compareCodeUnits('a', 'a')).toBe(0)
  })
})
