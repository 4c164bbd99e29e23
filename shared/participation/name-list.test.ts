import { describe, expect, it } from 'vitest'
import { nameList } from './name-list'

describe('nameList', () => {
  it('joins names as each language writes a list', () => {
    const names = ['Ana Pérez', 'Luis Gómez', 'Zoë Saldaña']
    expect(nameList(names, 'en')).toBe('Ana Pérez, Luis Gómez, and Zoë Saldaña')
    expect(nameList(names, 'es')).toBe('Ana Pérez, Luis Gómez y Zoë Saldaña')
    expect(nameList(names, 'pt')).toBe('Ana Pérez, Luis Gómez e Zoë Saldaña')
    expect(nameList(names, 'fr')).toBe('Ana Pérez, Luis Gómez et Zoë Saldaña')
  })

  it('counts the names past the limit instead of listing them', () => {
    expect(nameList(['A', 'B', 'C', 'D'], 'en', 2)).toBe('A, B, and 2 more')
    expect(nameList(['A', 'B', 'C', 'D'], 'es', 2)).toBe('A, B y 2 más')
  })
})
