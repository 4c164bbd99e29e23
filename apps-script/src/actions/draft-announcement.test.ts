import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import { createTestbed } from '../testing/action-testbed'
import { CARIBBEAN_EVENT, fillRegion, INSIGHTS_NOW, MEMBERS } from '../testing/insights-fixtures'
import { announcementEmail, MAX_DRAFT_RECIPIENTS, runDraftAnnouncement } from './draft-announcement'

function setUp(locale = 'es') {
  const bed = createTestbed({ start: INSIGHTS_NOW, locale })
  fillRegion(bed)
  return bed
}

function draft(bed: ReturnType<typeof setUp>, request: unknown = { eventId: CARIBBEAN_EVENT.id }) {
  const { SpreadsheetApp, GmailApp } = bed.fake.globals
  return runDraftAnnouncement(bed.newHost(), SpreadsheetApp, GmailApp, request)
}

describe('Draft the CROP announcement', () => {
  it('drafts one message per language to the tier-1 members, in Bcc, sending nothing', () => {
    const bed = setUp('es')
    const result = draft(bed)
    if (!result.ok) throw new Error(result.message)
    expect(bed.fake.mailbox.sent).toEqual([])
    const drafts = bed.fake.mailbox.drafts
    expect(drafts.map((d) => [d.subject, d.to, d.bcc, d.name])).toEqual([
      ['CROP: travel to CaribNOG 32', '', 'ana@example.org,kwame@example.org', 'LACRALO'],
      // Dwayne lists no language: his draft is in the language of the person drafting.
      ['CROP: viaje a CaribNOG 32', '', 'dwayne@example.bb', 'LACRALO'],
      ['CROP : voyage pour CaribNOG 32', '', 'marie@exemple.ht', 'LACRALO'],
    ])
    // Nobody outside the event's sub-region, and nobody inactive or with a no-go conflict.
    const everyone = drafts.flatMap((d) => d.bcc.split(','))
    for (const id of ['m-004', 'm-005', 'm-006', 'm-007']) {
      const email = MEMBERS.find((member) => member.id === id)?.email
      if (email) expect(everyone).not.toContain(email)
    }
    expect(result.drafts.map((d) => [d.locale, d.language, d.recipients])).toEqual([
      ['en', 'Inglés', 2],
      ['es', 'Español', 1],
      ['fr', 'Francés', 1],
    ])
    expect(result.withoutLanguage).toBe(1)
    expect(result.message).toBe(
      t('es', 'announcement.done', { drafts: 3, recipients: 4, event: 'CaribNOG 32' })
    )
  })

  it('writes each draft wholly in its language, with the deadline and the reply-by date', () => {
    const bed = setUp('en')
    draft(bed)
    const [english, french] = bed.fake.mailbox.drafts
    expect(english?.body).toContain('Dear LACRALO members of the Caribbean sub-region,')
    expect(english?.body).toContain('from September 14, 2026 to September 16, 2026')
    expect(english?.body).toContain('reply to this message by July 13, 2026')
    expect(english?.body).toContain('due by July 20, 2026, 8 weeks before the event')
    expect(english?.body).toContain('https://caribnog.org/32')
    expect(french?.subject).toBe('CROP : voyage pour CaribNOG 32')
    expect(french?.body).toContain('Chers membres de LACRALO de la sous-région Caraïbes,')
    expect(french?.body).toContain('Port of Spain, Trinité-et-Tobago')
    expect(french?.body).toContain('au plus tard le 13 juillet 2026')
    expect(french?.body).not.toMatch(/\b(the|members|trip)\b/)
  })

  it('lists the tier-1 members it could not reach, and refuses when it can reach none', () => {
    const bed = setUp('en')
    bed.fill('Members', [{ id: 'm-009', name: 'Nadia Baptiste', country: 'DM', languages: ['en'] }])
    bed.fill(
      'Participation',
      ['2026-04-15', '2026-05-13', '2026-06-10'].map((date) => ({
        id: `call-${date}-m-009`,
        memberId: 'm-009',
        date,
        kind: 'monthly-call',
      }))
    )
    const result = draft(bed)
    expect(result.ok && result.withoutEmail).toEqual([
      { memberId: 'm-009', name: 'Nadia Baptiste' },
    ])

    const empty = createTestbed({ start: INSIGHTS_NOW })
    empty.fill('Events', [CARIBBEAN_EVENT])
    empty.fill('Members', [{ id: 'm-1', name: 'Solo', country: 'JM' }])
    const refused = runDraftAnnouncement(
      empty.newHost(),
      empty.fake.globals.SpreadsheetApp,
      empty.fake.globals.GmailApp,
      { eventId: CARIBBEAN_EVENT.id }
    )
    expect(refused).toMatchObject({
      ok: false,
      code: 'empty',
      message: t('en', 'announcement.nobody', { event: 'CaribNOG 32', count: 0 }),
    })
    expect(empty.fake.mailbox.drafts).toEqual([])
  })

  it('splits a long list of recipients into drafts Gmail accepts', () => {
    const bed = createTestbed({ start: INSIGHTS_NOW })
    bed.fill('Events', [CARIBBEAN_EVENT])
    const members = Array.from({ length: MAX_DRAFT_RECIPIENTS + 5 }, (_, index) => ({
      id: `m-${index}`,
      name: `Member ${index}`,
      email: `member${index}@example.org`,
      country: 'JM',
      languages: ['en'],
    }))
    bed.fill('Members', members)
    bed.fill(
      'Participation',
      members.flatMap((member) =>
        ['2026-04-15', '2026-05-13', '2026-06-10'].map((date) => ({
          id: `call-${date}-${member.id}`,
          memberId: member.id,
          date,
          kind: 'monthly-call',
        }))
      )
    )
    const result = runDraftAnnouncement(
      bed.newHost(),
      bed.fake.globals.SpreadsheetApp,
      bed.fake.globals.GmailApp,
      { eventId: CARIBBEAN_EVENT.id }
    )
    expect(result.ok && result.drafts.map((d) => d.recipients)).toEqual([MAX_DRAFT_RECIPIENTS, 5])
    expect(new Set(bed.fake.mailbox.drafts.flatMap((d) => d.bcc.split(','))).size).toBe(
      MAX_DRAFT_RECIPIENTS + 5
    )
  })

  it('names the region instead of a sub-region for an event outside them', () => {
    const email = announcementEmail('pt', {
      event: { ...CARIBBEAN_EVENT, country: null, city: null, format: 'virtual', url: null },
      subregion: null,
      deadline: '2026-07-20',
      leadTimeWeeks: 8,
      replyBy: '2026-07-13',
    })
    expect(email.body).toContain('Prezados membros da LACRALO da América Latina e do Caribe,')
    expect(email.body).toContain('(on-line)')
    expect(email.body).not.toContain('Sobre o evento')
  })
})
