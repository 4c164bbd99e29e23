import { describe, expect, it } from 'vitest'
import { countrySchema, regionCountryCode } from './country'

const grenada = {
  code: 'gd',
  names: { en: 'Grenada', es: 'Granada', pt: 'Granada', fr: 'Grenade' },
  ccTld: '.GD',
  subregion: 'caribbean',
  inDashboardSet: true,
}

describe('country schema', () => {
  it('accepts a Countries tab row and normalizes its code and ccTLD', () => {
    expect(countrySchema.parse(grenada)).toEqual({
      ...grenada,
      code: 'GD',
      ccTld: '.gd',
      territory: false,
      aliases: [],
    })
  })

  it('keeps names in any script exactly, only composed (NFC)', () => {
    const curacao = countrySchema.parse({
      ...grenada,
      names: { en: 'Curac\u0327ao', es: 'Curazao', pt: 'Curaçao', fr: 'Curaçao' },
      aliases: ['Kòrsou', 'キュラソー'],
    })
    expect(curacao.names.en).toBe('Curaçao')
    expect(curacao.aliases).toEqual(['Kòrsou', 'キュラソー'])
  })

  it('refuses a row with a missing name, an unknown sub-region and a bad ccTLD', () => {
    const result = countrySchema.safeParse({
      ...grenada,
      names: { en: 'Grenada', es: 'Granada', pt: 'Granada' },
      subregion: 'north-america',
      ccTld: 'gd',
    })
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(issues).toContainEqual(['names.fr', expect.stringContaining('expected string')])
    expect(issues).toContainEqual(['subregion', expect.stringContaining('Invalid option')])
    expect(issues).toContainEqual(['ccTld', 'invalid_cctld'])
  })

  it('takes only the region’s countries as region codes', () => {
    expect(regionCountryCode.parse(' uy ')).toBe('UY')
    expect(regionCountryCode.safeParse('US').error?.issues[0]?.message).toBe(
      'country_not_in_region'
    )
    expect(regionCountryCode.safeParse('Uruguay').error?.issues[0]?.message).toBe('invalid_country')
  })
})
