import { describe, expect, it } from 'vitest'
import { describeIssues } from './describe-issue'
import { eventProposalFormSchema, eventProposalSchema, proposalHasEnded } from './event-proposal'

const form = {
  title: 'Foro de Gobernanza de Internet de Bolivia',
  startDate: '2026-09-14',
  endDate: '2026-09-15',
  city: 'La Paz',
  country: 'BO',
  format: 'hybrid',
  url: 'https://igf.bo/2026',
  why: 'Bolivia has no ALS yet; the forum gathers the technical community.',
  proposerName: 'Ana Quispe Mamani',
  proposerEmail: 'ana@ejemplo.bo',
  consent: 'on',
  consentVersion: '2026-11',
}

const issuesOf = (input: unknown) => {
  const result = eventProposalFormSchema.safeParse(input)
  return result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])
}

describe('event proposal form', () => {
  it('accepts a filled-in form, splitting the email and reading an unticked CROP box as no', () => {
    expect(eventProposalFormSchema.parse(form)).toEqual({
      ...form,
      cropSuitable: false,
      proposerEmail: { address: 'ana@ejemplo.bo', key: 'ana@ejemplo.bo' },
      consent: true,
    })
  })

  it('takes blanks as "not given" for the optional fields and "other" for a country outside the region', () => {
    const parsed = eventProposalFormSchema.parse({
      ...form,
      endDate: '',
      city: '  ',
      url: '',
      country: 'other',
      cropSuitable: 'on',
    })
    expect(parsed).toMatchObject({
      endDate: null,
      city: null,
      url: null,
      country: 'other',
      cropSuitable: true,
    })
  })

  it('refuses an end before the start, a country code outside the list and a missing consent', () => {
    // Every problem at once: the dates are checked even though other fields are wrong.
    expect(issuesOf({ ...form, endDate: '2026-09-13', country: 'US', consent: '' })).toEqual([
      ['country', 'country_not_in_region'],
      ['consent', 'consent_required_to_send'],
      ['endDate', 'end_before_start'],
    ])
    expect(issuesOf({ ...form, endDate: '2026-09-13' })).toEqual([['endDate', 'end_before_start']])
  })

  it('says in Portuguese which field is wrong, with the form’s own labels', () => {
    const input = { ...form, startDate: '14/09/2026', proposerEmail: 'ana.ejemplo.bo', why: '' }
    const result = eventProposalFormSchema.safeParse(input)
    const messages = describeIssues(result.error ?? { issues: [] }, 'pt', {
      entity: 'eventProposal',
      input,
    }).map((problem) => problem.message)
    expect(messages).toEqual([
      expect.stringMatching(/^Data de início: “14\/09\/2026” não está no formato AAAA-MM-DD/),
      'Por que é importante para o LACRALO: este campo é obrigatório; preencha-o',
      expect.stringMatching(/^Seu e-mail: /),
    ])
  })

  it('keeps names and titles as typed (NFC, trimmed), in any script', () => {
    const parsed = eventProposalFormSchema.parse({
      ...form,
      title: '  Cafe\u0301 de la gobernanza  ',
      proposerName: 'Ngũgĩ',
    })
    expect(parsed.title).toBe('Café de la gobernanza')
    expect(parsed.proposerName).toBe('Ngũgĩ')
  })
})

describe('proposalHasEnded', () => {
  it('looks at the last day: an event still running today has not ended', () => {
    expect(proposalHasEnded({ startDate: '2026-03-01', endDate: '2026-03-03' }, '2026-03-03')).toBe(
      false
    )
    expect(proposalHasEnded({ startDate: '2026-03-01', endDate: '2026-03-03' }, '2026-03-04')).toBe(
      true
    )
    expect(proposalHasEnded({ startDate: '2026-03-01', endDate: null }, '2026-03-02')).toBe(true)
  })
})

describe('stored event proposal', () => {
  it('allows an erased proposer and nothing else missing', () => {
    const stored = {
      id: '5d7c2a4e-0b1f-4b8e-9a61-3f0c9e2d1a77',
      changeSeq: 3,
      title: form.title,
      startDate: form.startDate,
      endDate: null,
      city: null,
      country: 'BO',
      format: 'in-person',
      url: null,
      why: form.why,
      cropSuitable: true,
      proposerName: null,
      proposerEmail: null,
      proposerEmailKey: null,
      language: 'es',
      consent: { given: true, textVersion: '2026-11' },
      createdAt: '2026-06-01T12:00:00.000Z',
      updatedAt: '2026-06-02T12:00:00.000Z',
      erased: true,
      erasedAt: '2026-06-02T12:00:00.000Z',
    }
    expect(eventProposalSchema.parse(stored)).toEqual(stored)
    expect(eventProposalSchema.safeParse({ ...stored, title: null }).success).toBe(false)
    expect(eventProposalSchema.safeParse({ ...stored, changeSeq: 0 }).success).toBe(false)
  })
})
