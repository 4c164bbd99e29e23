import { describe, expect, it } from 'vitest'
import { COUNTRY_NAME_INDEX, countryByCode, countryNameKey } from '../reference/countries'
import { CITIES } from './cities'

describe('CITIES', () => {
  it('maps each city to a country of the region, or to the United States for ICANN places', () => {
    const outside = CITIES.filter((city) => countryByCode(city.country) === undefined)
    expect(outside.map((city) => city.country)).toEqual(outside.map(() => 'US'))
  })

  it('lists each city once, whatever its accents', () => {
    const keys = CITIES.map((city) => countryNameKey(city.name))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('holds no name that is also a country name, which would take the country match away', () => {
    const countryKeys = new Set(COUNTRY_NAME_INDEX.map((entry) => entry.key))
    expect(CITIES.filter((city) => countryKeys.has(countryNameKey(city.name)))).toEqual([])
  })
})
