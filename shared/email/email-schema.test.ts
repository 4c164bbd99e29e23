import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import fixture from '../../tests/fixtures/ua-email-cases.json'
import { CATALOGUE } from '../i18n/catalogue'
import { LOCALES } from '../i18n/locales'
import { describeEmailProblem, emailAddressSchema } from './email-schema'
import { EMAIL_PROBLEMS } from './parse-email'

describe('emailAddressSchema', () => {
  it('gives the address as typed and the key for duplicates', () => {
    expect(emailAddressSchema.parse(' José@Ejemplo.com ')).toEqual({
      address: 'José@Ejemplo.com',
      key: 'josé@ejemplo.com',
    })
    expect(emailAddressSchema.parse('info@fußball。top')).toEqual({
      address: 'info@fußball.top',
      key: 'info@xn--fuball-cta.top',
    })
  })

  it('agrees with every case of the UASG test set', () => {
    for (const { email, valid } of fixture.cases) {
      expect([email, emailAddressSchema.safeParse(email).success]).toEqual([email, valid])
    }
  })

  it('fails with one issue whose message is the catalogue key of the reason', () => {
    const result = emailAddressSchema.safeParse('ana@@ejemplo.org')
    expect(result.success).toBe(false)
    expect(result.error?.issues).toHaveLength(1)
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      message: 'email.multiple-at',
      params: { reason: 'multiple-at' },
    })
  })

  it('reports the field path when used inside a form schema', () => {
    const form = z.object({ name: z.string(), email: emailAddressSchema })
    const result = form.safeParse({ name: 'Ana', email: 'ana@ejemplo' })
    expect(result.error?.issues[0]).toMatchObject({
      path: ['email'],
      message: 'email.single-label',
    })
  })

  it('treats a missing or non-text value as an empty address', () => {
    const form = z.object({ email: emailAddressSchema })
    expect(form.safeParse({}).error?.issues[0]?.message).toBe('email.empty')
    expect(emailAddressSchema.safeParse(42).error?.issues[0]?.message).toBe('email.empty')
  })
})

describe('describeEmailProblem', () => {
  it.each(LOCALES)('has a sentence for every reason in %s', (locale) => {
    for (const reason of EMAIL_PROBLEMS) {
      const sentence = describeEmailProblem(reason, locale)
      expect(sentence).not.toBe(`email.${reason}`)
      expect(sentence).toMatch(/^\S.{30,}[.!]$/u)
    }
  })

  it('uses the catalogue keys named by the schema issues, and no others', () => {
    const emailKeys = Object.keys(CATALOGUE.en).filter((key) => key.startsWith('email.'))
    expect(emailKeys.sort()).toEqual(EMAIL_PROBLEMS.map((reason) => `email.${reason}`).sort())
  })

  it.each(LOCALES.filter((locale) => locale !== 'en'))('is translated into %s', (locale) => {
    for (const reason of EMAIL_PROBLEMS) {
      expect(describeEmailProblem(reason, locale)).not.toBe(describeEmailProblem(reason, 'en'))
    }
  })

  it('says what is wrong and shows a correct address', () => {
    expect(describeEmailProblem('multiple-at', 'es')).toBe(
      'La dirección tiene más de una @; una dirección de correo lleva una sola @, por ejemplo nombre@ejemplo.org.'
    )
    expect(describeEmailProblem('no-at', 'pt')).toContain('nome@exemplo.org')
    expect(describeEmailProblem('whitespace', 'fr')).toContain('espace')
    expect(describeEmailProblem('single-label', 'en')).toContain('name@example.org')
  })
})
