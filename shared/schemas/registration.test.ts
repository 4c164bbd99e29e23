import { describe, expect, it } from 'vitest'
import {
  REGISTRATION_COUNTRIES,
  registrationFormSchema,
  registrationFromForm,
  registrationSchema,
} from './registration'

const form = {
  name: 'Zoë Saldaña',
  email: 'Zoë@Correo.example',
  country: 'DO',
  affiliation: 'Universidad Autónoma de Santo Domingo',
  language: 'es',
  consent: 'on',
  consentVersion: '2024-01',
}

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])

describe('registration form', () => {
  it('accepts a filled-in form and splits the email into display form and key', () => {
    expect(registrationFormSchema.parse(form)).toEqual({
      ...form,
      email: { address: 'Zoë@Correo.example', key: 'zoë@correo.example' },
      consent: true,
    })
  })

  it('takes a JSON true for the box, no affiliation, and "other" for a country outside the region', () => {
    const parsed = registrationFormSchema.parse({
      ...form,
      consent: true,
      affiliation: '',
      country: 'other',
    })
    expect(parsed).toMatchObject({ consent: true, affiliation: null, country: 'other' })
    expect(REGISTRATION_COUNTRIES.at(-1)).toBe('other')
    expect(REGISTRATION_COUNTRIES).toContain('SX')
  })

  it('keeps names and addresses in any script (Universal Acceptance)', () => {
    const parsed = registrationFormSchema.parse({
      ...form,
      name: '王芳 (Wáng Fāng)',
      email: '用户@例子.广告',
    })
    expect(parsed.name).toBe('王芳 (Wáng Fāng)')
    expect(parsed.email.address).toBe('用户@例子.广告')
    expect(registrationFormSchema.parse({ ...form, name: 'Zoe\u0308' }).name).toBe('Zoë')
  })

  it('refuses a bad address, a country code outside the region, another language and no consent', () => {
    const result = registrationFormSchema.safeParse({
      ...form,
      email: 'zoe@@correo.example',
      country: 'US',
      language: 'de',
      consent: undefined,
    })
    expect(issuesOf(result)).toEqual([
      ['email', 'email.multiple-at'],
      ['country', 'country_not_in_region'],
      ['language', expect.stringContaining('Invalid option')],
      ['consent', 'consent_required'],
    ])
    expect(issuesOf(registrationFormSchema.safeParse({ ...form, consent: 'off' }))).toEqual([
      ['consent', 'consent_required'],
    ])
  })
})

describe('registration record', () => {
  const record = registrationFromForm(registrationFormSchema.parse(form), {
    id: '0b6f1c9e-3f7a-4c52-9a55-1d2f3e4a5b6c',
    webinarSlug: 'dnssec-2023',
    status: 'registered',
    now: '2023-04-02T14:05:00.000Z',
  })

  it('is built from the form and passes its own schema', () => {
    expect(record).toMatchObject({
      email: 'Zoë@Correo.example',
      emailKey: 'zoë@correo.example',
      consent: { given: true, textVersion: '2024-01' },
      createdAt: '2023-04-02T14:05:00.000Z',
      updatedAt: '2023-04-02T14:05:00.000Z',
    })
    expect(registrationSchema.parse(record)).toEqual(record)
  })

  it('refuses a key that does not belong to the address', () => {
    const result = registrationSchema.safeParse({ ...record, emailKey: 'otra@correo.example' })
    expect(issuesOf(result)).toEqual([['emailKey', 'email_key_mismatch']])
  })

  it('refuses an address the shared validator refuses', () => {
    expect(issuesOf(registrationSchema.safeParse({ ...record, email: 'zoë at correo' }))).toEqual([
      ['email', expect.stringMatching(/^email\./)],
    ])
  })

  it('refuses a record without consent, or with an unknown status or webinar slug', () => {
    const result = registrationSchema.safeParse({
      ...record,
      webinarSlug: 'DNSSEC',
      consent: { given: false, textVersion: '2024-01' },
      status: 'confirmed',
    })
    expect(issuesOf(result)).toEqual([
      ['webinarSlug', 'invalid_slug'],
      ['consent.given', 'consent_required'],
      ['status', expect.stringContaining('Invalid option')],
    ])
  })
})
