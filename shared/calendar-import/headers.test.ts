import { describe, expect, it } from 'vitest'
import { columnName, matchHeaders } from './headers'

describe('matchHeaders', () => {
  it('reads the 2023 calendar header', () => {
    expect(matchHeaders(['Event Name', 'Date']).columns).toEqual({ title: 0, startDate: 1 })
  })

  it.each([
    [['Nombre del evento', 'Fecha', 'País', 'Ciudad', 'Estado', 'Enlace']],
    [['Nome do evento', 'Data', 'País', 'Cidade', 'Situação', 'Link']],
    [['Titre', 'Date de début', 'Pays', 'Ville', 'Statut', 'Lien']],
    [['TITLE', 'start date', 'COUNTRY', 'city', 'Status', 'URL']],
  ])('recognizes %j whatever the language, case or accents', (headers) => {
    expect(matchHeaders(headers).columns).toEqual({
      title: 0,
      startDate: 1,
      country: 2,
      city: 3,
      status: 4,
      url: 5,
    })
  })

  it('tells start and end dates and times apart', () => {
    const { columns } = matchHeaders([
      'Evento',
      'Start',
      'End',
      'Start time',
      'End time',
      'Time zone',
    ])
    expect(columns).toEqual({
      title: 0,
      startDate: 1,
      endDate: 2,
      startTime: 3,
      endTime: 4,
      timeZone: 5,
    })
  })

  it('lists unknown columns and ignores blank headers', () => {
    const match = matchHeaders(['Event Name', 'Date', 'Responsible', '', 'Notes'])
    expect(match.unknown).toEqual([2, 4])
    expect(match.names).toEqual(['Event Name', 'Date', 'Responsible', '', 'Notes'])
  })

  it('keeps the first of two columns holding the same field', () => {
    const match = matchHeaders(['Title', 'Fecha', 'Date'])
    expect(match.columns.startDate).toBe(1)
    expect(match.repeated).toEqual([{ index: 2, first: 1 }])
  })
})

describe('columnName', () => {
  it('gives the header of a field as written, or null', () => {
    const match = matchHeaders([' Evento ', 'Fecha'])
    expect(columnName(match, 'title')).toBe('Evento')
    expect(columnName(match, 'country')).toBeNull()
  })
})
