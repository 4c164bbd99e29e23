import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import type { Testbed } from '../testing/action-testbed'
import { runMoveProspect } from './move-prospect'
import { prospectsBed, selectProspect, selectRange, storedProspect } from './move-prospect-fixtures'

function move(bed: Testbed, request: unknown) {
  return runMoveProspect(bed.newHost(), bed.fake.globals.SpreadsheetApp, request)
}

describe('moving a prospect along the pipeline', () => {
  it('moves the selected prospect to the next stage, dated today, in two cell writes', () => {
    const bed = prospectsBed()
    selectProspect(bed, 'sug-bo-01')
    const result = move(bed, { stage: 'contacted' })
    if (!result.ok) throw new Error(result.message)
    expect(result.message).toBe('Ana Quispe moved to Contacted on March 1, 2023.')
    // One read of Prospects and one of its header row before writing; Stage and Contacted on
    // are apart, so two writes.
    expect(bed.fake.calls.count('getDataRange')).toBe(1)
    expect(bed.fake.calls.count('getValues')).toBe(2)
    expect(bed.fake.calls.count('setValues')).toBe(2)
    expect(bed.fake.calls.count()).toBeLessThanOrEqual(21)
    expect(storedProspect(bed, 'sug-bo-01')).toMatchObject({
      stage: 'contacted',
      identifiedOn: '2023-02-10',
      contactedOn: '2023-03-01',
      invitedOn: null,
    })
    expect(result.prospect).toMatchObject({
      id: 'sug-bo-01',
      stage: 'contacted',
      stageLabel: 'Contacted',
      country: 'Bolivia (BO)',
      programme: 'Individual membership',
      lastContact: { date: '2023-03-01', days: 0 },
      moves: {
        forward: [
          { stage: 'invited', label: 'Invited to a teleconference' },
          { stage: 'attended', label: 'Attended a teleconference' },
          { stage: 'applied', label: 'Applied' },
          { stage: 'joined', label: 'Joined' },
        ],
        decline: { stage: 'declined', label: 'Declined' },
        correctTo: [{ stage: 'identified', label: 'Identified' }],
      },
    })
  })

  it('assigns a liaison by the prospect’s ID, in Spanish, writing the Liaison cell only', () => {
    const bed = prospectsBed({ locale: 'es' })
    const result = move(bed, { prospectId: 'sug-bo-01', liaison: '  Yaneris Rodríguez ' })
    if (!result.ok) throw new Error(result.message)
    expect(result.message).toBe('Yaneris Rodríguez es ahora el enlace de Ana Quispe.')
    expect(bed.fake.calls.count('setValues')).toBe(1)
    expect(storedProspect(bed, 'sug-bo-01')).toMatchObject({
      stage: 'identified',
      liaison: 'Yaneris Rodríguez',
      contactedOn: null,
    })
    const cleared = move(bed, { prospectId: 'sug-bo-01', liaison: '' })
    expect(cleared.ok && cleared.message).toBe('Ana Quispe ya no tiene enlace.')
    expect(storedProspect(bed, 'sug-bo-01').liaison).toBeNull()
  })

  it('moves and assigns at once, and says both', () => {
    const bed = prospectsBed({ locale: 'fr' })
    const result = move(bed, { prospectId: 'sug-hn-01', stage: 'declined', liaison: 'M-002' })
    expect(result.ok && result.message).toBe(
      'Red de Telecentros de Honduras passe à « A décliné » le 1 mars 2023. M-002 est désormais l’agent de liaison de Red de Telecentros de Honduras.'
    )
    expect(storedProspect(bed, 'sug-hn-01')).toMatchObject({
      stage: 'declined',
      liaison: 'M-002',
      contactedOn: '2023-02-01',
      declinedOn: '2023-03-01',
    })
  })

  it('corrects a stage recorded by mistake, clearing the dates after it', () => {
    const bed = prospectsBed()
    const result = move(bed, { prospectId: 'sug-py-01', stage: 'contacted', correct: true })
    expect(result.ok && result.message).toBe(
      'Operadora Guaraní S.A. is back at Contacted; the dates recorded after it were cleared.'
    )
    expect(storedProspect(bed, 'sug-py-01')).toMatchObject({
      stage: 'contacted',
      contactedOn: '2023-01-10',
      invitedOn: null,
      attendedOn: null,
      // The session they were invited to stays on record.
      invitedTo: 'ua-teleconferencia',
    })
  })

  it('reopens a prospect who joined only when asked to, back at their last dated step', () => {
    const bed = prospectsBed()
    const before = bed.values('Prospects')
    const refused = move(bed, { prospectId: 'sug-sr-01', stage: 'applied' })
    expect(refused).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message:
        'Mireille Pinas is at Joined, which ends the pipeline. To move them on, reopen them first.',
    })
    expect(bed.values('Prospects')).toEqual(before)
    const reopened = move(bed, { prospectId: 'sug-sr-01', stage: 'applied', reopen: true })
    expect(reopened.ok && reopened.message).toBe('Mireille Pinas is reopened at Applied.')
    expect(storedProspect(bed, 'sug-sr-01')).toMatchObject({
      stage: 'applied',
      appliedOn: '2023-01-15',
      joinedOn: null,
    })
  })

  it('refuses what the rules refuse, in the user’s language, and changes nothing', () => {
    const bed = prospectsBed({ locale: 'es' })
    const before = bed.values('Prospects')
    const cases: [unknown, string][] = [
      [
        { prospectId: 'sug-py-01', stage: 'invited' },
        'Hacer retroceder a Operadora Guaraní S.A. de «Asistió a una teleconferencia» a «Invitado a una teleconferencia» es una corrección: use «Corregir un error», que además borra las fechas registradas después de «Invitado a una teleconferencia».',
      ],
      [
        { prospectId: 'sug-hn-01', stage: 'contacted' },
        'Red de Telecentros de Honduras ya está en «Contactado».',
      ],
      [
        { prospectId: 'sug-bz-01', stage: 'contacted' },
        'El 1 de marzo de 2023 es anterior a la identificación de Kenrick Usher (5 de marzo de 2023). Revise la columna Identified on de su fila.',
      ],
      [
        { prospectId: 'sug-xx-99', stage: 'contacted' },
        t('es', 'prospects.select.unknownId', { id: 'sug-xx-99' }),
      ],
      [{ prospectId: 'sug-bo-01', stage: 'accredited' }, t('es', 'prospects.badRequest')],
      [{ prospectId: 'sug-bo-01' }, t('es', 'prospects.badRequest')],
      [{ prospectId: 'sug-bo-01', liaison: 'x'.repeat(201) }, t('es', 'prospects.badLiaison')],
    ]
    for (const [request, message] of cases) {
      const result = move(bed, request)
      expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
      expect(result.message).toBe(message)
    }
    expect(bed.values('Prospects')).toEqual(before)
    expect(bed.fake.calls.count('setValues')).toBe(0)
  })

  it('says what to select when the selection is not one prospect’s row', () => {
    const bed = prospectsBed()
    const selections: [tab: string, a1: string, message: string][] = [
      [
        'Events',
        'A2',
        'The selection is on the Events tab. Select a row of the Prospects tab, then try again.',
      ],
      [
        'Prospects',
        'A1',
        'Row 1 of Prospects is the header. Select the row of a prospect, then try again.',
      ],
      [
        'Prospects',
        'A2:B3',
        'Rows 2 to 3 of Prospects are selected. Select the row of one prospect only, then try again.',
      ],
      [
        'Prospects',
        'A40',
        'Row 40 of Prospects is empty. Select the row of a prospect, then try again.',
      ],
    ]
    for (const [tab, a1, message] of selections) {
      selectRange(bed, tab, a1)
      expect(move(bed, { stage: 'contacted' }).message).toBe(message)
    }
  })

  it('lists the problems of an unreadable row instead of guessing', () => {
    const bed = prospectsBed()
    bed.fill('Prospects', [
      {
        id: 'sug-zz-01',
        name: 'Sin país',
        programme: 'dnssec-training',
        identifiedOn: '2023-02-01',
      },
    ])
    selectProspect(bed, 'sug-zz-01')
    const result = move(bed, { stage: 'contacted' })
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid-rows',
      message: 'Row 8 of Prospects has problems (listed below). Correct them, then try again.',
      problems: [{ tab: 'Prospects', row: 8, column: 'Country', severity: 'error' }],
    })
  })
})
