import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '../../../shared/i18n/catalogue'
import { LOCALES } from '../../../shared/i18n/locales'
import { PIPELINE_REFUSALS } from '../../../shared/outreach/pipeline-refusal'
import { refusalError } from './move-prospect-refusal'

describe('a pipeline refusal, in words', () => {
  it('has a sentence for every refusal code in every language', () => {
    for (const locale of LOCALES)
      for (const code of PIPELINE_REFUSALS)
        expect(CATALOGUE[locale]).toHaveProperty(`prospects.refusal.${code}`)
  })

  it('names the prospect, labels the stages and writes the dates the user’s way', () => {
    const error = refusalError(
      {
        code: 'before-earlier-step',
        params: { date: '2026-02-05', stage: 'contacted', stageDate: '2026-02-10' },
      },
      'Ana Quispe',
      'pt'
    )
    expect(error.code).toBe('invalid-input')
    expect(error.localized('pt')).toBe(
      '5 de fevereiro de 2026 é anterior a uma etapa anterior de Ana Quispe (“Contatado”, em 10 de fevereiro de 2026). Verifique as datas da linha.'
    )
    expect(
      refusalError(
        { code: 'move-back-needs-correct', params: { from: 'applied', to: 'invited' } },
        'Ana Quispe',
        'fr'
      ).localized('fr')
    ).toBe(
      'Faire revenir Ana Quispe de « A déposé sa candidature » à « Invité à une téléconférence » est une correction : utilisez « Corriger une erreur », qui efface aussi les dates enregistrées après « Invité à une téléconférence ».'
    )
  })
})
