import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import { createTestbed, DNSSEC_WEBINAR, type Testbed } from '../testing/action-testbed'
import { runInviteProspect } from './invite-prospect'
import { PROSPECTS, prospectsBed, selectProspect, storedProspect } from './move-prospect-fixtures'

const DNSSEC = { kind: 'webinar', slug: 'dnssec-2023' } as const

function invite(bed: Testbed, request: unknown) {
  return runInviteProspect(bed.newHost(), bed.fake.globals.SpreadsheetApp, request)
}

describe('inviting a prospect to a teleconference', () => {
  it('sends the selected prospect a bilingual invitation with the webinar’s .ics, then marks them invited', () => {
    const bed = prospectsBed({ locale: 'es' })
    selectProspect(bed, 'sug-bo-01')
    const visitsBefore = bed.worker.visits.length
    const result = invite(bed, { session: DNSSEC })
    if (!result.ok) throw new Error(result.message)
    expect(result.message).toBe(
      'Invitación a «DNSSEC en América Latina» enviada a Ana Quispe (ana.quispe@ejemplo.bo) en español e inglés (su idioma, y el inglés). Etapa: «Invitado a una teleconferencia»; fecha de la invitación: 1 de marzo de 2023.'
    )
    expect(result).toMatchObject({
      languages: ['es', 'en'],
      languageReason: 'their-language',
      stageMoved: true,
      session: { kind: 'webinar', key: 'dnssec-2023', title: 'DNSSEC en América Latina' },
      prospect: { stage: 'invited', invitedTo: 'dnssec-2023', lastContact: { days: 0 } },
    })
    const sent = bed.fake.mailbox.sent
    expect(sent).toHaveLength(1)
    const [email] = sent
    expect(email?.to).toBe('ana.quispe@ejemplo.bo')
    expect(email?.subject).toBe(
      'Invitación: DNSSEC en América Latina / Invitation: DNSSEC in Latin America'
    )
    expect(email?.body).toMatch(
      /^Versión en inglés más abajo\. \/ English version below\.\n\nEstimado\/a Ana Quispe:/
    )
    expect(email?.body).toContain('Dear Ana Quispe,')
    expect(email?.body).toContain(`${bed.worker.baseUrl}/webinars/dnssec-2023?lang=es`)
    expect(email?.body).not.toContain(DNSSEC_WEBINAR.joinUrl)
    // The Worker's own file, in the prospect's language.
    expect(email?.attachments).toEqual([
      {
        name: 'dnssec-2023.ics',
        contentType: 'text/calendar',
        text: expect.stringContaining('SUMMARY:dnssec-2023 (es)'),
      },
    ])
    expect(bed.worker.visits.slice(visitsBefore).map((visit) => visit.pathWithQuery)).toEqual([
      '/webinars/dnssec-2023.ics?lang=es',
    ])
    expect(storedProspect(bed, 'sug-bo-01')).toMatchObject({
      stage: 'invited',
      identifiedOn: '2023-02-10',
      invitedOn: '2023-03-01',
      invitedTo: 'dnssec-2023',
    })
  })

  it('reads each tab it needs once, and writes the three cells in three writes', () => {
    const bed = prospectsBed()
    const result = invite(bed, { prospectId: 'sug-hn-01', session: DNSSEC })
    expect(result.ok).toBe(true)
    // Prospects, Webinars and Members (for the liaison), and the header row before writing.
    expect(bed.fake.calls.count('getDataRange')).toBe(3)
    expect(bed.fake.calls.count('getValues')).toBe(4)
    expect(bed.fake.calls.count('setValues')).toBe(3)
  })

  it('writes in Spanish and English when the language is unknown or English, and says why', () => {
    const bed = prospectsBed()
    const unknown = invite(bed, { prospectId: 'sug-hn-01', session: DNSSEC })
    expect(unknown.ok && unknown.message).toBe(
      'Invitation to ‘DNSSEC in Latin America’ sent to Red de Telecentros de Honduras (contacto@telecentros.hn) in Spanish and English (their language is not known). Stage: Invited to a teleconference, invited on March 1, 2023.'
    )
    // The liaison, M-014, is a member: named in full, with their address.
    expect(bed.fake.mailbox.sent[0]?.body).toContain(
      'Su contacto en LACRALO es Yaneris Rodríguez (yaneris@do.example)'
    )
    const english = invite(bed, {
      prospectId: 'sug-py-01',
      session: { kind: 'event', id: 'ua-teleconferencia' },
    })
    expect(english).toMatchObject({ ok: true, languages: ['es', 'en'], languageReason: 'english' })
    expect(english.message).toContain(
      'in Spanish and English (their language is English, so Spanish goes with it)'
    )
  })

  it('invites to a published event with its own .ics; one further on keeps their stage', () => {
    const bed = prospectsBed({ locale: 'pt' })
    const result = invite(bed, {
      prospectId: 'sug-py-01',
      session: { kind: 'event', id: 'ua-teleconferencia' },
    })
    if (!result.ok) throw new Error(result.message)
    expect(result.stageMoved).toBe(false)
    expect(result.message).toContain(
      'Continua em “Participou de uma teleconferência”; Invited on agora é 1 de março de 2023.'
    )
    const [email] = bed.fake.mailbox.sent
    expect(email?.attachments[0]).toMatchObject({
      name: 'ua-teleconferencia.ics',
      text: expect.stringContaining('SUMMARY:Teleconferencia: Aceptación Universal (es)'),
    })
    expect(email?.body).toContain(
      'Cuándo: lunes, 20 de marzo de 2023, 15:00 (America/Montevideo), es decir, 20 mar 2023, 18:00 UTC.'
    )
    expect(email?.body).toContain(
      'DNSSEC training to Internet service providers and network operators in Paraguay'
    )
    expect(storedProspect(bed, 'sug-py-01')).toMatchObject({
      stage: 'attended',
      attendedOn: '2023-02-15',
      invitedOn: '2023-03-01',
      invitedTo: 'ua-teleconferencia',
    })
  })

  it('refuses, sending nothing and writing nothing, with a message that says what to do', () => {
    const bed = prospectsBed()
    bed.fill('Prospects', [
      { ...PROSPECTS[0], id: 'sug-gt-01', name: 'Marta Cux', country: 'GT', email: null },
    ])
    const before = bed.values('Prospects')
    const cases: [unknown, string][] = [
      [
        { prospectId: 'sug-gt-01', session: DNSSEC },
        'Marta Cux has no email address on the Prospects tab. Add it in the Email column, then invite them again.',
      ],
      [
        { prospectId: 'sug-bz-01', session: DNSSEC },
        'March 1, 2023 is before Kenrick Usher was identified (March 5, 2023). Check the Identified on column of their row.',
      ],
      [
        { prospectId: 'sug-sr-01', session: DNSSEC },
        'Mireille Pinas is at Joined, which ends the pipeline. To move them on, reopen them first.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'webinar', slug: 'ua-2030' } },
        'No webinar has the slug ‘ua-2030’ on the Webinars tab.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'no-such-event' } },
        'No event has the ID ‘no-such-event’ on the Events tab.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'roadshow-cancelado' } },
        '‘Roadshow cancelado’ is cancelled. Choose another session.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'foro-propuesto' } },
        '‘Foro propuesto’ is only proposed: accept it and publish the calendar before inviting anyone to it.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'caribnog-24' } },
        '‘CaribNOG 24’ is over already. Choose an upcoming session.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'roadshow-sin-fecha' } },
        '‘Roadshow sin fecha’ has no date yet: give it one and publish the calendar before inviting anyone to it.',
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'event', id: 'taller-no-publicado' } },
        `The Worker at ${bed.worker.baseUrl} has no calendar file for ‘Taller no publicado’: publish the calendar first, then invite again.`,
      ],
      [
        { prospectId: 'sug-bo-01', session: { kind: 'meeting', id: 'x' } },
        t('en', 'prospects.badRequest'),
      ],
      [{ prospectId: 'sug-bo-01' }, t('en', 'prospects.badRequest')],
    ]
    for (const [request, message] of cases) {
      const result = invite(bed, request)
      expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
      expect(result.message).toBe(message)
    }
    expect(bed.fake.mailbox.sent).toEqual([])
    expect(bed.values('Prospects')).toEqual(before)
  })

  it('refuses a malformed address, a past webinar and one whose registration closed', () => {
    // Registration for the webinar closes on 24 April at 17:00 in Bogotá; it ends at 19:30.
    const bed = prospectsBed({ locale: 'fr' })
    bed.fill('Prospects', [
      { ...PROSPECTS[0], id: 'sug-bo-02', name: 'Luis Mamani', email: 'luis@@ejemplo.bo' },
    ])
    const badAddress = invite(bed, { prospectId: 'sug-bo-02', session: DNSSEC })
    expect(badAddress.message).toMatch(/^L’adresse électronique de Luis Mamani est inutilisable : /)
    bed.advance(Date.parse('2023-04-24T23:00:00Z') - bed.now().getTime())
    expect(invite(bed, { prospectId: 'sug-bo-01', session: DNSSEC }).message).toBe(
      'Les inscriptions à « DNSSEC in Latin America » sont closes : Ana Quispe ne pourrait pas s’inscrire. Choisissez une autre session.'
    )
    bed.advance(24 * 3_600_000)
    expect(invite(bed, { prospectId: 'sug-bo-01', session: DNSSEC }).message).toBe(
      '« DNSSEC in Latin America » est déjà terminé. Choisissez une session à venir.'
    )
    expect(bed.fake.mailbox.sent).toEqual([])
  })

  it('leaves the row as it was when Gmail refuses to send, and says why', () => {
    const bed = prospectsBed()
    const before = bed.values('Prospects')
    bed.fake.mailbox.failWith('Exception: Service invoked too many times for one day: email.')
    const result = invite(bed, { prospectId: 'sug-bo-01', session: DNSSEC })
    expect(result).toMatchObject({
      ok: false,
      message:
        'The invitation to Ana Quispe could not be sent (Service invoked too many times for one day: email.). Their row is unchanged; try again later.',
    })
    expect(bed.values('Prospects')).toEqual(before)
  })

  it('needs the Worker’s settings, for the calendar file', () => {
    const bed = createTestbed({ configured: false })
    bed.fill('Prospects', [PROSPECTS[0]])
    bed.fill('Webinars', [DNSSEC_WEBINAR])
    const result = invite(bed, { prospectId: 'sug-bo-01', session: DNSSEC })
    expect(result).toMatchObject({ ok: false, code: 'not-configured' })
    expect(bed.fake.mailbox.sent).toEqual([])
  })
})
