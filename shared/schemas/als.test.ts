import { describe, expect, it } from 'vitest'
import { ALS_STATUSES, alsSchema } from './als'

const als = {
  id: 'ALS-AR-01',
  name: 'Asociación Argentina de Usuarios de Internet',
  country: 'ar',
  status: 'active',
  accreditationDate: '2009-06-12',
  website: 'https://www.internauta.org.ar',
  representatives: ['m-0042', 'm-0107'],
}

describe('ALS schema', () => {
  it('accepts a roster row', () => {
    expect(alsSchema.parse(als)).toEqual({ ...als, country: 'AR' })
  })

  it('lets an applicant have no accreditation date, website or representatives', () => {
    const applicant = alsSchema.parse({
      id: 'ALS-GD-01',
      name: 'Grenada Internet Users',
      country: 'GD',
      status: 'applicant',
    })
    expect(applicant).toMatchObject({ accreditationDate: null, website: null, representatives: [] })
  })

  it('knows the five statuses', () => {
    expect(ALS_STATUSES).toEqual(['applicant', 'active', 'inactive', 'under-review', 'decertified'])
  })

  it('keeps names in non-Latin scripts as written', () => {
    const name = 'Ассоциация пользователей Интернета «Ayiti» 海地'
    expect(alsSchema.parse({ ...als, name }).name).toBe(name)
  })

  it('points at the field at fault', () => {
    const result = alsSchema.safeParse({
      ...als,
      country: 'ES',
      status: 'certified',
      accreditationDate: '2009-02-30',
      website: 'www.internauta.org.ar',
      representatives: ['m 0042'],
    })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['country', 'country_not_in_region'],
      ['status', expect.stringContaining('Invalid option')],
      ['accreditationDate', 'invalid_date'],
      ['website', 'invalid_url'],
      ['representatives.0', 'invalid_id'],
    ])
  })
})
