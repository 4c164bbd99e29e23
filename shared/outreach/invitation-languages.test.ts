import { describe, expect, it } from 'vitest'
import { invitationLanguages } from './invitation-languages'

describe('invitationLanguages', () => {
  it('writes in the prospect’s language and English', () => {
    expect(invitationLanguages('pt')).toEqual({ languages: ['pt', 'en'], reason: 'their-language' })
    expect(invitationLanguages('fr')).toEqual({ languages: ['fr', 'en'], reason: 'their-language' })
    expect(invitationLanguages('es')).toEqual({ languages: ['es', 'en'], reason: 'their-language' })
  })

  it('writes in Spanish and English when their language is unknown or English', () => {
    expect(invitationLanguages(null)).toEqual({ languages: ['es', 'en'], reason: 'unknown' })
    expect(invitationLanguages('en')).toEqual({ languages: ['es', 'en'], reason: 'english' })
  })
})
