import { describe, expect, it } from 'vitest'
import { valueLabel } from '../i18n/messages/schema'
import {
  CANDIDATE_COUNTRIES,
  candidateSuggestionFormSchema,
  OUTREACH_PROGRAMMES,
  PROSPECT_STAGES,
} from './candidate-suggestion'
import { describeIssues } from './describe-issue'

const form = {
  kind: 'organization',
  candidateName: 'Red de Telecentros de Honduras',
  organization: '',
  country: 'HN',
  contactEmail: 'contacto@telecentros.hn',
  contactOther: '',
  programme: 'als-accreditation',
  why: 'Trains rural users in Olancho; Honduras has no ALS.',
  contactBasis: 'public-professional',
  suggesterName: 'Luis Ortega',
  suggesterEmail: 'luis@ejemplo.org',
  consent: 'on',
  consentVersion: '2026-11',
}

function problems(input: Record<string, unknown>, locale: 'en' | 'es' = 'en') {
  const result = candidateSuggestionFormSchema.safeParse(input)
  if (result.success) return []
  return describeIssues(result.error, locale, { entity: 'candidateSuggestion', input }).map(
    (problem) => [problem.path, problem.message]
  )
}

describe('candidate suggestion form', () => {
  it('accepts an organization reached by its public email, with no organization of its own', () => {
    expect(candidateSuggestionFormSchema.parse(form)).toEqual({
      ...form,
      organization: null,
      contactEmail: { address: 'contacto@telecentros.hn', key: 'contacto@telecentros.hn' },
      contactOther: null,
      suggesterEmail: { address: 'luis@ejemplo.org', key: 'luis@ejemplo.org' },
      consent: true,
    })
  })

  it('accepts a person reached only another way, and an internationalized contact address', () => {
    const person = candidateSuggestionFormSchema.parse({
      ...form,
      kind: 'person',
      candidateName: 'Marie-Ange Pierre',
      contactEmail: '',
      contactOther: 'Through the ALS of Haiti, +509 0000 0000',
      country: 'HT',
      programme: 'fellowship-nextgen',
      contactBasis: 'agreed',
    })
    expect(person).toMatchObject({
      contactEmail: null,
      contactOther: expect.stringContaining('+509'),
    })
    expect(
      candidateSuggestionFormSchema.parse({ ...form, contactEmail: 'josé@telecentros.hn' })
        .contactEmail
    ).toEqual({ address: 'josé@telecentros.hn', key: 'josé@telecentros.hn' })
  })

  it('needs a way to reach them, and says so in Spanish', () => {
    expect(problems({ ...form, contactEmail: ' ', contactOther: '' }, 'es')).toEqual([
      [
        'contactEmail',
        'Correo electrónico de contacto: indique cómo puede contactarlos LACRALO: un correo electrónico, otra forma de contacto o ambos',
      ],
    ])
  })

  it('tells about the missing contact even when other fields are wrong too', () => {
    const found = problems({ ...form, contactEmail: '', kind: 'group', suggesterName: '' })
    expect(found.map(([path]) => path)).toEqual(['kind', 'suggesterName', 'contactEmail'])
  })

  it('refuses a country outside the region (no "other": candidates are sought in the region)', () => {
    expect(CANDIDATE_COUNTRIES).not.toContain('other')
    expect(problems({ ...form, country: 'other' })).toEqual([
      ['country', expect.stringMatching(/^Country or territory: 'other' is not a country/)],
    ])
  })

  it('needs a programme among the five, a permission basis and the consent', () => {
    const found = problems({ ...form, programme: 'nomcom', contactBasis: '', consent: 'off' })
    expect(found.map(([path]) => path)).toEqual(['programme', 'contactBasis', 'consent'])
    expect(found[0]?.[1]).toContain(valueLabel('outreachProgramme', 'dnssec-training', 'en'))
    expect(found[2]?.[1]).toBe(
      'Consent: please tick the box to give your consent; the form cannot be sent without it'
    )
  })
})

describe('programme and stage value sets', () => {
  it('has the five programmes and the seven stages of a prospect, labelled in every language', () => {
    expect(OUTREACH_PROGRAMMES).toHaveLength(5)
    expect(PROSPECT_STAGES).toEqual([
      'identified',
      'contacted',
      'invited',
      'attended',
      'applied',
      'joined',
      'declined',
    ])
    expect(valueLabel('outreachProgramme', 'dnssec-training', 'es')).toBe('Capacitación en DNSSEC')
    expect(valueLabel('prospectStage', 'invited', 'fr')).toBe('Invité à une téléconférence')
  })
})
