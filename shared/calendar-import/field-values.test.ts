import { describe, expect, it } from 'vitest'
import { readCategory, readFormat, readLanguages, readStatus, readYesNo } from './field-values'

describe('readStatus', () => {
  it.each([
    ['Confirmed', 'confirmed'],
    ['confirmado', 'confirmed'],
    ['Confirmé', 'confirmed'],
    ['Por confirmar', 'tentative'],
    ['Provisoire', 'tentative'],
    ['Cancelado', 'cancelled'],
    ['canceled', 'cancelled'],
    ['Annulé', 'cancelled'],
  ])('reads %s as %s', (text, status) => {
    expect(readStatus(text)).toBe(status)
  })

  it('gives null for anything else', () => {
    expect(readStatus('maybe')).toBeNull()
  })
})

describe('readCategory and readFormat', () => {
  it('read the value itself, spaced or hyphenated, and words in the four languages', () => {
    expect(readCategory('ICANN meeting')).toBe('icann-meeting')
    expect(readCategory('technical-community')).toBe('technical-community')
    expect(readCategory('Seminario web')).toBe('webinar')
    expect(readCategory('Capacitação')).toBe('capacity-building')
    expect(readCategory('party')).toBeNull()
    expect(readFormat('Presencial')).toBe('in-person')
    expect(readFormat('En línea')).toBe('virtual')
    expect(readFormat('Hybride')).toBe('hybrid')
    expect(readFormat('by carrier pigeon')).toBeNull()
  })
})

describe('readLanguages', () => {
  it('reads codes and names in any of the four languages, in the toolkit order', () => {
    expect(readLanguages('Español, English')).toEqual(['en', 'es'])
    expect(readLanguages('es/pt')).toEqual(['es', 'pt'])
    expect(readLanguages('Portugués y Francés')).toEqual(['pt', 'fr'])
    expect(readLanguages('anglais; français')).toEqual(['en', 'fr'])
  })

  it('gives null when one of them is not a toolkit language', () => {
    expect(readLanguages('English, German')).toBeNull()
  })
})

describe('readYesNo', () => {
  it('reads checkboxes and yes/no words; empty is no', () => {
    expect(readYesNo(true)).toBe(true)
    expect(readYesNo(false)).toBe(false)
    expect(readYesNo('Sí')).toBe(true)
    expect(readYesNo('sim')).toBe(true)
    expect(readYesNo('✓')).toBe(true)
    expect(readYesNo('Não')).toBe(false)
    expect(readYesNo('')).toBe(false)
    expect(readYesNo(undefined)).toBe(false)
    expect(readYesNo('maybe')).toBeNull()
  })
})
