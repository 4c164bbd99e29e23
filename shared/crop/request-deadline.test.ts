import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settingsSchema } from '../schemas/settings'
import { CropInputError } from './crop-input-error'
import { cropRequestDeadline } from './request-deadline'

const event = { id: 'caribnog-27', title: 'CaribNOG 27', startDate: '2026-09-14' as string | null }

describe('cropRequestDeadline', () => {
  it('is the event’s start minus the lead time in weeks', () => {
    expect(cropRequestDeadline(event, DEFAULT_SETTINGS, '2026-06-30')).toEqual({
      eventStart: '2026-09-14',
      leadTimeWeeks: 8,
      deadline: '2026-07-20',
      late: false,
      daysLeft: 20,
      message: 'CROP request due by 2026-07-20, 8 weeks before the event starts on 2026-09-14.',
    })
    const oneWeek = settingsSchema.parse({ crop: { leadTimeWeeks: 1 } })
    expect(cropRequestDeadline(event, oneWeek, '2026-06-30', { locale: 'es' }).message).toBe(
      'Solicitud CROP hasta el 2026-09-07, 1 semana antes de que empiece el evento, el 2026-09-14.'
    )
  })

  it('is still open on the deadline day and late the day after', () => {
    expect(cropRequestDeadline(event, DEFAULT_SETTINGS, '2026-07-20')).toMatchObject({
      late: false,
      daysLeft: 0,
    })
    const late = cropRequestDeadline(event, DEFAULT_SETTINGS, '2026-07-21', { locale: 'fr' })
    expect(late).toMatchObject({ late: true, daysLeft: -1 })
    expect(late.message).toBe(
      'La demande CROP devait être envoyée au plus tard le 2026-07-20, 8 semaines avant le début de l’événement, le 2026-09-14 ; cette date est passée.'
    )
  })

  it('refuses an undated event with a sentence saying to date it first', () => {
    const undated = { id: 'lac-igf-2026', title: 'LAC IGF 2026', startDate: null }
    expect(() => cropRequestDeadline(undated, DEFAULT_SETTINGS, '2026-06-30')).toThrow(
      CropInputError
    )
    expect(() =>
      cropRequestDeadline(undated, DEFAULT_SETTINGS, '2026-06-30', { locale: 'pt' })
    ).toThrow(
      '“LAC IGF 2026” ainda não tem data, então não tem prazo de solicitação CROP e não é possível preparar uma lista. Primeiro informe a data de início na aba Events.'
    )
    try {
      cropRequestDeadline(undated, DEFAULT_SETTINGS, '2026-06-30')
    } catch (error) {
      expect(error).toMatchObject({ code: 'undatedEvent', params: { title: 'LAC IGF 2026' } })
    }
  })

  it('refuses a today that is not a date', () => {
    expect(() => cropRequestDeadline(event, DEFAULT_SETTINGS, '30/06/2026')).toThrow(
      '30/06/2026 is not a date. Write it as YYYY-MM-DD.'
    )
  })
})
