import { describe, expect, it } from 'vitest'
import { COUNTRIES, DASHBOARD_COUNTRY_CODES } from '../reference/countries'
import type { Als } from '../schemas/als'
import { countryCoverage } from './country-coverage'

const als = (id: string, country: string, status: Als['status']) => ({ id, country, status })
const member = (id: string, country: string) => ({ id, country })

describe('countryCoverage', () => {
  const alses = [
    als('ALS-AR-01', 'AR', 'active'),
    als('ALS-AR-02', 'AR', 'inactive'),
    als('ALS-GT-01', 'GT', 'applicant'),
    als('ALS-BZ-01', 'BZ', 'decertified'),
    als('ALS-CW-01', 'CW', 'active'),
  ]
  const members = [
    member('m-1', 'AR'),
    member('m-2', 'AR'),
    member('m-3', 'CW'),
    member('m-4', 'ZZ'),
  ]
  const result = countryCoverage({
    countries: COUNTRIES,
    alses,
    members,
    activeMembers: new Set(['m-1', 'm-3']),
    activeAlses: new Set(['ALS-AR-01', 'ALS-CW-01']),
    locale: 'en',
  })

  it('has one row per country of the dashboard set, in the order of the Countries data', () => {
    expect(result.countries.map((country) => country.code)).toEqual(DASHBOARD_COUNTRY_CODES)
    expect(result.countries.find((country) => country.code === 'AR')).toEqual({
      code: 'AR',
      name: 'Argentina',
      subregion: 'south-america',
      alses: { total: 2, active: 1, applicants: 0 },
      members: { total: 2, active: 1 },
      noAls: false,
    })
  })

  it('counts an applicant or a decertified ALS as no ALS', () => {
    const byCode = new Map(result.countries.map((country) => [country.code, country]))
    expect(byCode.get('GT')).toMatchObject({ noAls: true, alses: { total: 0, applicants: 1 } })
    expect(byCode.get('BZ')).toMatchObject({ noAls: true, alses: { total: 0 } })
  })

  it('gives the headline in numbers and as a sentence', () => {
    expect(result.headline).toMatchObject({ withoutAls: 32, total: 33 })
    expect(result.headline.countries).not.toContain('AR')
    expect(result.headline.message).toBe('32 of 33 countries without an ALS')
  })

  it('totals each sub-region, counting members from territories too', () => {
    const caribbean = result.subregions.find((area) => area.subregion === 'caribbean')
    expect(caribbean).toMatchObject({
      label: 'Caribbean',
      withAls: 0,
      members: 1,
      activeMembers: 1,
    })
    expect(caribbean?.countries).toBe(caribbean!.withoutAls)
    const south = result.subregions.find((area) => area.subregion === 'south-america')
    expect(south).toMatchObject({ withAls: 1, members: 2, activeMembers: 1 })
    expect(result.subregions.reduce((sum, area) => sum + area.countries, 0)).toBe(33)
    expect(result.unplacedMembers).toBe(1)
  })

  it('follows the Countries data staff edited: the set, the names and the sub-regions', () => {
    const edited = COUNTRIES.map((country) =>
      country.code === 'CW' ? { ...country, inDashboardSet: true } : country
    )
    const withCuracao = countryCoverage({
      countries: edited,
      alses,
      members,
      activeMembers: new Set(),
      activeAlses: new Set(),
      locale: 'fr',
    })
    expect(withCuracao.headline).toMatchObject({ withoutAls: 32, total: 34 })
    expect(withCuracao.headline.message).toBe('32 pays sur 34 sans ALS')
    expect(withCuracao.countries.find((country) => country.code === 'CW')?.name).toBe('Curaçao')
  })
})
