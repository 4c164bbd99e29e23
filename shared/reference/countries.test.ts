import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locales'
import { countrySchema } from '../schemas/country'
import {
  COUNTRIES,
  COUNTRY_NAME_INDEX,
  countryByCode,
  countryByName,
  countryName,
  countryNameKey,
  DASHBOARD_COUNTRY_CODES,
  isRegionCountryCode,
} from './countries'
import { SUBREGIONS } from './subregions'

// The ccTLDs that IANA lists as "Not assigned" (no registry delegated).
const UNDELEGATED = ['BL', 'BQ', 'MF']

// "Countries in the region where there are currently no ALSs", as the 2023 LACRALO outreach
// and engagement plan writes them.
const WITHOUT_ALS_2023 = [
  ['Antigua and Barbuda', '.ag'],
  ['Bahamas', '.bs'],
  ['Belize', '.bz'],
  ['Bonaire, Sint Eustatius and Saba', '.bq'],
  ['The Commonwealth of Dominica', '.dm'],
  ['Grenada', '.gd'],
  ['Guatemala', '.gt'],
  ['Saint Barthélemy', '.bl'],
  ['Saint Kitts and Nevis', '.kn'],
  ['Saint Martin (French part)', '.mf'],
  ['Sint Maarten (Dutch part)', '.sx'],
  ['Republic of Suriname', '.sr'],
] as const

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

describe('the region’s countries and territories', () => {
  it('counts exactly the 33 sovereign states in the dashboard set', () => {
    expect(DASHBOARD_COUNTRY_CODES).toHaveLength(33)
    const inSet = COUNTRIES.filter((country) => country.inDashboardSet)
    expect(inSet.filter((country) => country.territory)).toEqual([])
    expect(DASHBOARD_COUNTRY_CODES).toEqual(expect.arrayContaining(['BR', 'HT', 'SR', 'BZ']))
  })

  it('flags the non-sovereign territories and leaves them out of the set', () => {
    const territories = COUNTRIES.filter((country) => country.territory).map((c) => c.code)
    expect(territories.sort()).toEqual(
      [
        'AI',
        'AW',
        'BL',
        'BQ',
        'CW',
        'FK',
        'GF',
        'GP',
        'KY',
        'MF',
        'MQ',
        'MS',
        'PR',
        'SX',
        'TC',
        'VG',
        'VI',
      ].sort()
    )
  })

  it('has unique, upper-case codes that ISO 3166-1 assigns', () => {
    const codes = COUNTRIES.map((country) => country.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{2}$/)
      expect([code, regionNames.of(code)]).not.toEqual([code, undefined])
    }
  })

  it('passes its own schema, with every name in four languages', () => {
    for (const country of COUNTRIES) {
      expect(countrySchema.parse(country)).toEqual(country)
      for (const locale of LOCALES) {
        expect(country.names[locale].trim()).not.toBe('')
        expect(country.names[locale]).toBe(country.names[locale].normalize('NFC'))
      }
    }
  })

  it('writes names with their accents', () => {
    expect(countryByCode('MX')?.names.es).toBe('México')
    expect(countryByCode('HT')?.names.fr).toBe('Haïti')
    expect(countryByCode('CO')?.names.pt).toBe('Colômbia')
    expect(countryByCode('EC')?.names.fr).toBe('Équateur')
    expect(countryByCode('CW')?.names.en).toBe('Curaçao')
    expect(countryByCode('PE')?.names.es).toBe('Perú')
  })

  it('gives each ccTLD as "." + the lower-case code, except the three IANA has not delegated', () => {
    for (const country of COUNTRIES) {
      const expected = UNDELEGATED.includes(country.code) ? null : `.${country.code.toLowerCase()}`
      expect([country.code, country.ccTld]).toEqual([country.code, expected])
    }
  })

  it('puts every country in one of the default sub-regions', () => {
    for (const country of COUNTRIES) expect(SUBREGIONS).toContain(country.subregion)
    const bySubregion = (s: string) =>
      COUNTRIES.filter((c) => c.subregion === s && c.inDashboardSet).length
    expect([
      bySubregion('caribbean'),
      bySubregion('central-america-mexico'),
      bySubregion('south-america'),
    ]).toEqual([13, 8, 12])
  })

  it.each(WITHOUT_ALS_2023)('knows %s (%s) from the 2023 plan', (name, tld) => {
    const country = countryByName(name)
    expect(country?.code).toBe(tld.slice(1).toUpperCase())
  })
})

describe('looking countries up', () => {
  it('finds a country by code in any case', () => {
    expect(countryByCode(' vc ')?.names.en).toBe('Saint Vincent and the Grenadines')
    expect(countryByCode('US')).toBeUndefined()
    expect(isRegionCountryCode('jm')).toBe(true)
    expect(isRegionCountryCode('ES')).toBe(false)
  })

  it('names a country in each language, and countries outside the region too', () => {
    expect(countryName('DO', 'fr')).toBe('République dominicaine')
    expect(countryName('KN', 'pt')).toBe('São Cristóvão e Névis')
    expect(countryName('US', 'es')).toBe('Estados Unidos')
    expect(countryName('XX', 'es')).toBe('XX')
  })

  it('finds countries by the names people write in titles', () => {
    expect(countryByName('Brasil')?.code).toBe('BR')
    expect(countryByName('St Vincent and the Grenadines')?.code).toBe('VC')
    expect(countryByName('St. Vincent & the Grenadines')?.code).toBe('VC')
    expect(countryByName('Dominican Republic')?.code).toBe('DO')
    expect(countryByName('Trinidad & Tobago')?.code).toBe('TT')
    expect(countryByName('Mexico')?.code).toBe('MX')
    expect(countryByName('MÉXICO')?.code).toBe('MX')
    expect(countryByName('Curacao')?.code).toBe('CW')
    expect(countryByName('Guyane')?.code).toBe('GF')
    expect(countryByName('Guyana')?.code).toBe('GY')
    expect(countryByName('Islas Malvinas')?.code).toBe('FK')
    expect(countryByName('Narnia')).toBeUndefined()
  })

  it('never gives one name to two countries', () => {
    const owners = new Map<string, Set<string>>()
    for (const country of COUNTRIES)
      for (const name of [...Object.values(country.names), ...country.aliases]) {
        const key = countryNameKey(name)
        owners.set(key, (owners.get(key) ?? new Set()).add(country.code))
      }
    const shared = [...owners].filter(([, codes]) => codes.size > 1)
    expect(shared).toEqual([])
  })

  it('finds the country in the 2023 calendar’s titles, longest name first', () => {
    const find = (title: string) => {
      const key = ` ${countryNameKey(title)} `
      return COUNTRY_NAME_INDEX.find((entry) => key.includes(` ${entry.key} `))?.code
    }
    expect(find('Second LAC Roadshow  St Vincent and the Grenadines')).toBe('VC')
    expect(find('CITEL Dominican Republic')).toBe('DO')
    expect(find('LACNIC/LACNOG  Fortaleza Brasil')).toBe('BR')
    expect(find('ICANN76 Community Forum Cancun, Mexico')).toBe('MX')
    expect(find('First LAC Roadshow Honduras Tegucigalpa')).toBe('HN')
    expect(find('CTU ICT Week - Barbados')).toBe('BB')
    expect(find('ICT Business Forum with Grenada Chamber of Commerce and ICANN NA')).toBe('GD')
    expect(find('RightsCon Costa Rica')).toBe('CR')
    expect(find('ICANN77  Washington DC')).toBeUndefined()
  })

  it('marks names that are also towns elsewhere as ambiguous', () => {
    const granada = COUNTRY_NAME_INDEX.find((entry) => entry.key === 'granada')
    expect(granada).toMatchObject({ code: 'GD', ambiguous: true })
    expect(COUNTRY_NAME_INDEX.find((entry) => entry.key === 'grenada')?.ambiguous).toBe(false)
  })
})
