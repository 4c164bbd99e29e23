import { describe, expect, it } from 'vitest'
import { eventLabels, eventLocation } from './event-labels'

describe('eventLabels', () => {
  it('names every code in the requested language', () => {
    const event = {
      category: 'webinar',
      status: 'tentative',
      format: 'virtual',
      subregion: 'central-america-mexico',
      country: 'MX',
    } as const
    expect(eventLabels(event, 'es')).toEqual({
      category: 'Seminario web',
      status: 'Por confirmar',
      format: 'En línea',
      subregion: 'Centroamérica y México',
      country: 'México',
    })
    expect(eventLabels(event, 'fr')).toMatchObject({ status: 'À confirmer', country: 'Mexique' })
    expect(eventLabels(event, 'en')).toMatchObject({ category: 'Webinar', country: 'Mexico' })
  })

  it('keeps missing sub-region and country null', () => {
    const labels = eventLabels(
      { category: 'other', status: 'confirmed', format: 'hybrid', subregion: null, country: null },
      'pt'
    )
    expect(labels).toEqual({
      category: 'Outro',
      status: 'Confirmado',
      format: 'Híbrido (presencial e on-line)',
      subregion: null,
      country: null,
    })
  })
})

describe('eventLocation', () => {
  it('joins the city and the localized country name', () => {
    expect(eventLocation({ city: 'Bogotá', country: 'CO', format: 'in-person' }, 'fr')).toBe(
      'Bogotá, Colombie'
    )
    expect(eventLocation({ city: null, country: 'US', format: 'hybrid' }, 'es')).toBe(
      'Estados Unidos'
    )
  })

  it('says "online" for a virtual event with no place, and null otherwise', () => {
    expect(eventLocation({ city: null, country: null, format: 'virtual' }, 'es')).toBe('En línea')
    expect(eventLocation({ city: null, country: null, format: 'in-person' }, 'es')).toBeNull()
  })
})
