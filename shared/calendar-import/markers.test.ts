import { describe, expect, it } from 'vitest'
import { findMarker, titleMarker } from './markers'

describe('findMarker', () => {
  it.each([
    ['placeholder', 'placeholder'],
    ['TBD', 'tbd'],
    ['tbc', 'tbc'],
    ['Por confirmar', 'por confirmar'],
    ['A definir', 'a definir'],
    ['À confirmer', 'a confirmer'],
    ['October (TBC)', 'tbc'],
    ['N/A', 'n a'],
    ['?', '?'],
  ])('finds the stand-in in %s', (text, marker) => {
    expect(findMarker(text)).toBe(marker)
  })

  it('finds none in dates, words that merely contain a marker, or empty text', () => {
    expect(findMarker('5/25/23')).toBeNull()
    expect(findMarker('next week')).toBeNull()
    expect(findMarker('Tentatively')).toBeNull()
    expect(findMarker('   ')).toBeNull()
  })
})

describe('titleMarker', () => {
  it('finds a bracketed stand-in and gives the title without it', () => {
    expect(titleMarker('LAC DNS Week Mayo (placeholder)')).toEqual({
      marker: '(placeholder)',
      bareTitle: 'LAC DNS Week Mayo',
    })
    expect(titleMarker('Third LAC Roadshow (place TBD)')).toEqual({
      marker: '(place TBD)',
      bareTitle: 'Third LAC Roadshow',
    })
    expect(titleMarker('[Por confirmar] Foro de Gobernanza')).toEqual({
      marker: '[Por confirmar]',
      bareTitle: 'Foro de Gobernanza',
    })
  })

  it('leaves titles whose brackets hold something else alone', () => {
    expect(titleMarker('ICANN76 (Cancún)')).toEqual({ marker: null, bareTitle: 'ICANN76 (Cancún)' })
    expect(titleMarker('CaribNOG 25')).toEqual({ marker: null, bareTitle: 'CaribNOG 25' })
  })

  it('keeps the title when the marker is all there is', () => {
    expect(titleMarker('(TBD)')).toEqual({ marker: '(TBD)', bareTitle: '(TBD)' })
  })
})
