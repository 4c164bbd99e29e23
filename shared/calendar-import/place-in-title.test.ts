import { describe, expect, it } from 'vitest'
import { findPlaceInTitle } from './place-in-title'

describe('findPlaceInTitle', () => {
  it.each([
    ['ICANN76 Community Forum Cancun, Mexico', 'MX'],
    ['LACNIC Merida Mexico', 'MX'],
    ['CTU Smart Islands and Futurescape summit - Barbados', 'BB'],
    ['First LAC Roadshow Honduras Tegucigalpa', 'HN'],
    ['LACNIC/LACNOG Fortaleza Brasil', 'BR'],
    ['Second LAC Roadshow St Vincent and the Grenadines', 'VC'],
    ['ICT Business Forum with Grenada Chamber of Commerce and ICANN NA', 'GD'],
    ['RightsCon Costa Rica', 'CR'],
    ['CITEL Dominican Republic', 'DO'],
    ['IX Forum Porto Alegre', 'BR'],
    ['IX Forum Cuiaba', 'BR'],
    ['Montevideo Office All Hands', 'UY'],
    ['ICANN77 Washington DC', 'US'],
    ['Foro en la República Dominicana', 'DO'],
  ])('%s names %s', (title, country) => {
    expect(findPlaceInTitle(title)?.country).toBe(country)
  })

  it('says which name it found', () => {
    expect(findPlaceInTitle('IX Forum Porto Alegre')).toEqual({
      place: 'Porto Alegre',
      country: 'BR',
    })
    expect(findPlaceInTitle('Honduras Tegucigalpa')).toEqual({ place: 'Honduras', country: 'HN' })
  })

  it('lets a country named in the title win over a city of the same name elsewhere', () => {
    expect(findPlaceInTitle('Encuentro en Mérida, Venezuela')?.country).toBe('VE')
  })

  it('gives no answer for titles without a place, or naming two countries', () => {
    expect(findPlaceInTitle('CaribNOG 25')).toBeNull()
    expect(findPlaceInTitle('CTU 34th Anniversary')).toBeNull()
    expect(findPlaceInTitle('Brazil and Argentina joint IX Forum')).toBeNull()
  })

  it('does not read names that are also common elsewhere (Granada in Nicaragua and Spain)', () => {
    expect(findPlaceInTitle('Foro de Granada')).toBeNull()
  })

  it('matches whole words only', () => {
    expect(findPlaceInTitle('Perus Cuban Cubano')).toBeNull()
    expect(findPlaceInTitle('Limaville Kingstonian')).toBeNull()
  })
})
