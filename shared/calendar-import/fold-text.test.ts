import { describe, expect, it } from 'vitest'
import { foldText } from './fold-text'

describe('foldText', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldText('  Título del  Evento ')).toBe('titulo del evento')
    expect(foldText('St. Vincent & the Grenadines')).toBe('st vincent the grenadines')
    expect(foldText('NIC.br')).toBe('nic br')
  })

  it('keeps letters of other scripts and ordinal indicators', () => {
    expect(foldText('Ñandú — Curaçao')).toBe('nandu curacao')
    expect(foldText('Москва')).toBe('москва')
    expect(foldText('1º de maio')).toBe('1º de maio')
  })

  it('gives an empty string for text without letters or digits', () => {
    expect(foldText(' -- ? ')).toBe('')
  })
})
