import { describe, expect, it } from 'vitest'
import {
  parseRegistrationPage,
  type RegistrationChange,
  registrationRow,
} from './registration-changes'

const CHANGE: RegistrationChange = {
  id: '0f9e2c1a-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  webinarSlug: 'dnssec-2023',
  changeSeq: 7,
  status: 'registered',
  name: '@SUM(A1:A9)',
  email: 'zoë@correo.example',
  emailKey: 'zoë@correo.example',
  country: 'DO',
  affiliation: '-Universidad-',
  language: 'es',
  consent: { given: true, textVersion: '2024-01' },
  createdAt: '2023-03-01T12:00:00.000Z',
  updatedAt: '2023-03-01T12:00:00.000Z',
  erased: false,
}

describe('the registration change feed', () => {
  it('reads a page and refuses anything else, so that nothing is written from it', () => {
    const page = { registrations: [CHANGE], nextCursor: '7', hasMore: false }
    expect(parseRegistrationPage(page)).toEqual(page)
    expect(parseRegistrationPage({ ...page, nextCursor: 7 })).toBeNull()
    expect(parseRegistrationPage({ ...page, hasMore: 'no' })).toBeNull()
    expect(
      parseRegistrationPage({ ...page, registrations: [{ ...CHANGE, status: 'erased' }] })
    ).toBeNull()
    expect(
      parseRegistrationPage({ ...page, registrations: [{ ...CHANGE, language: 'de' }] })
    ).toBeNull()
    expect(parseRegistrationPage({ ...page, registrations: [{ ...CHANGE, id: '' }] })).toBeNull()
    expect(parseRegistrationPage('<html>')).toBeNull()
  })

  it('writes a registration as text the sheet cannot take for a formula or number', () => {
    const row = registrationRow(CHANGE, {
      erasedName: '(erased)',
      emailSent: '2023-03-01T12:00:05.000Z',
    })
    expect(row).toMatchObject({
      ID: "'0f9e2c1a-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
      Name: "'@SUM(A1:A9)",
      Affiliation: "'-Universidad-",
      Consent: true,
      'Consent version': "'2024-01",
      'Registered at': "'2023-03-01T12:00:00.000Z",
      'Email sent': "'2023-03-01T12:00:05.000Z",
    })
    expect(registrationRow(CHANGE, { erasedName: '' })).not.toHaveProperty('Email sent')
  })

  it('blanks the personal cells of an erased registration', () => {
    const erased = {
      ...CHANGE,
      erased: true,
      status: 'cancelled' as const,
      name: null,
      email: null,
      emailKey: null,
      country: null,
      affiliation: null,
    }
    // The marker is written as text too: Sheets would read '(erased)' as a negative number.
    expect(registrationRow(erased, { erasedName: '(erased)' })).toMatchObject({
      Name: "'(erased)",
      Email: '',
      'Email key': '',
      Country: '',
      Affiliation: '',
      Status: 'cancelled',
    })
  })
})
