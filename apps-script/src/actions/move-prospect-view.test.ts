import { describe, expect, it } from 'vitest'
import { prospectsBed, selectProspect, selectRange } from './move-prospect-fixtures'
import { dateText, runSelectedProspect } from './move-prospect-view'

describe('the selected prospect, for the sidebar', () => {
  it('shows the row in the user’s language with the days since the last contact', () => {
    const bed = prospectsBed({ locale: 'es' })
    selectProspect(bed, 'sug-hn-01', 'F')
    const result = runSelectedProspect(bed.newHost(), bed.fake.globals.SpreadsheetApp)
    if (!result.ok) throw new Error(result.message)
    expect(result.message).toBe('Red de Telecentros de Honduras: Contactado.')
    expect(result.prospect).toEqual({
      id: 'sug-hn-01',
      row: 3,
      name: 'Red de Telecentros de Honduras',
      organization: null,
      country: 'Honduras (HN)',
      programme: 'Acreditación como ALS',
      stage: 'contacted',
      stageLabel: 'Contactado',
      liaison: 'M-014',
      hasEmail: true,
      language: null,
      lastContact: { date: '2023-02-01', days: 28 },
      invitedTo: null,
      moves: {
        forward: [
          { stage: 'invited', label: 'Invitado a una teleconferencia' },
          { stage: 'attended', label: 'Asistió a una teleconferencia' },
          { stage: 'applied', label: 'Presentó su solicitud' },
          { stage: 'joined', label: 'Se unió' },
        ],
        decline: { stage: 'declined', label: 'Declinó' },
        reopenTo: null,
        correctTo: [{ stage: 'identified', label: 'Identificado' }],
      },
    })
    // Reading only: one read of Prospects, nothing written, no toast.
    expect(bed.fake.calls.count('getValues')).toBe(1)
    expect(bed.fake.calls.writes()).toBe(0)
    expect(bed.fake.calls.count('toast')).toBe(0)
  })

  it('offers a reopen, and nothing forward, for a prospect who joined', () => {
    const bed = prospectsBed()
    const result = runSelectedProspect(bed.newHost(), bed.fake.globals.SpreadsheetApp, {
      prospectId: 'sug-sr-01',
    })
    expect(result.ok && result.prospect.moves).toEqual({
      forward: [],
      decline: null,
      reopenTo: { stage: 'applied', label: 'Applied' },
      correctTo: [
        { stage: 'attended', label: 'Attended a teleconference' },
        { stage: 'invited', label: 'Invited to a teleconference' },
        { stage: 'contacted', label: 'Contacted' },
        { stage: 'identified', label: 'Identified' },
      ],
    })
  })

  it('says what to select when nothing is', () => {
    const bed = prospectsBed({ locale: 'pt' })
    selectRange(bed, 'Webinars', 'A2')
    expect(runSelectedProspect(bed.newHost(), bed.fake.globals.SpreadsheetApp).message).toBe(
      'A seleção está na aba Webinars. Selecione uma linha da aba Prospects e tente novamente.'
    )
  })

  it('writes dates the way each language does in a sentence', () => {
    expect(dateText('2026-03-02', 'en')).toBe('March 2, 2026')
    expect(dateText('2026-03-02', 'es')).toBe('2 de marzo de 2026')
    expect(dateText('2026-03-02', 'fr')).toBe('2 mars 2026')
  })
})
