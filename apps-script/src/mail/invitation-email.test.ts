import { describe, expect, it } from 'vitest'
import { outreachEventSchema } from '../../../shared/schemas/event'
import { webinarSchema } from '../../../shared/schemas/webinar'
import { DNSSEC_WEBINAR } from '../testing/action-testbed'
import { type InvitationSession, invitationEmail, sessionIcsPath } from './invitation-email'

const WORKER = 'https://lacralo.example.workers.dev'
const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
const webinar: InvitationSession = { kind: 'webinar', webinar: webinarSchema.parse(DNSSEC_WEBINAR) }

const prospect = {
  name: 'Zoë Hernández',
  country: 'VE',
  programme: 'fellowship-nextgen',
  language: 'pt',
} as const

describe('the invitation to a teleconference', () => {
  it('is written in the prospect’s language first, then in English, with the calendar file', () => {
    const email = invitationEmail({
      prospect,
      to: 'zoë@correo.example',
      session: webinar,
      liaison: { name: 'Yaneris Rodríguez', email: 'yaneris@do.example' },
      workerUrl: WORKER,
      ics: ICS,
    })
    expect(email.languages).toEqual({ languages: ['pt', 'en'], reason: 'their-language' })
    expect(email.to).toBe('zoë@correo.example')
    // The webinar has no Portuguese title: the English one stands in.
    expect(email.subject).toBe(
      'Convite: DNSSEC in Latin America / Invitation: DNSSEC in Latin America'
    )
    expect(email.senderName).toBe('LACRALO Divulgação')
    expect(email.attachments).toEqual([
      { fileName: 'dnssec-2023.ics', mimeType: 'text/calendar', content: ICS },
    ])
    const [portuguese, english] = email.body.split('————————————————') as [string, string]
    expect(
      portuguese.startsWith(
        'Versão em inglês abaixo. / English version below.\n\nPrezado(a) Zoë Hernández,'
      )
    ).toBe(true)
    expect(portuguese).toContain(
      'Quando: segunda-feira, 24 de abril de 2023 às 18:00 (America/Bogota), ou seja, 24 de abr. de 2023, 23:00 UTC. Duração: 90 minutos.'
    )
    expect(portuguese).toContain(`${WORKER}/webinars/dnssec-2023?lang=pt`)
    expect(portuguese).toContain('participantes do seu país (Venezuela)')
    expect(portuguese).toContain('Seu contato na LACRALO é Yaneris Rodríguez (yaneris@do.example)')
    expect(english).toContain('Dear Zoë Hernández,')
    expect(english).toContain(
      'When: Monday, April 24, 2023 at 6:00 PM (America/Bogota), that is Apr 24, 2023, 11:00 PM UTC. It lasts 90 minutes.'
    )
    expect(english).toContain(`${WORKER}/webinars/dnssec-2023?lang=en`)
    expect(english).toContain('welcome participants from Venezuela')
    expect(english).toContain(
      'The attached file dnssec-2023.ics adds the session to your calendar.'
    )
    // The registration page, never the private join link.
    expect(email.body).not.toContain('zoom.us')
  })

  it('goes in Spanish and English when the language is unknown, with the subcommittee as contact', () => {
    const event = outreachEventSchema.parse({
      id: 'lacigf-2023',
      title: 'LACIGF 2023',
      startDate: '2023-04-10',
      endDate: '2023-04-12',
      city: 'Asunción',
      country: 'PY',
      format: 'hybrid',
      url: 'https://lacigf.org/2023',
    })
    const email = invitationEmail({
      prospect: { ...prospect, language: null, programme: 'als-accreditation', country: 'PY' },
      to: 'info@ejemplo.py',
      session: { kind: 'event', event },
      liaison: null,
      workerUrl: WORKER,
      ics: ICS,
    })
    expect(email.languages.reason).toBe('unknown')
    expect(email.subject).toBe('Invitación: LACIGF 2023 / Invitation: LACIGF 2023')
    expect(email.body).toContain(
      'Cuándo: lunes, 10 de abril de 2023 – miércoles, 12 de abril de 2023.'
    )
    expect(email.body).toContain('Dónde: Asunción, Paraguay.')
    expect(email.body).toContain('Más información: https://lacigf.org/2023')
    expect(email.body).toContain('busca organizaciones en Paraguay')
    expect(email.body).toContain(
      'If you have any questions, reply to this email and LACRALO’s Outreach and Engagement Subcommittee will answer.'
    )
    expect(email.attachments[0]?.fileName).toBe('lacigf-2023.ics')
  })

  it('gives a timed event’s start in its own zone and in UTC', () => {
    const event = outreachEventSchema.parse({
      id: 'ua-teleconferencia',
      title: 'Teleconferencia: Aceptación Universal',
      startDate: '2023-03-20',
      startTime: '15:00',
      timeZone: 'America/Montevideo',
      format: 'virtual',
    })
    const session: InvitationSession = { kind: 'event', event }
    const email = invitationEmail({
      prospect: { ...prospect, language: 'fr', programme: 'universal-acceptance', country: 'HT' },
      to: 'contact@exemple.ht',
      session,
      liaison: { name: 'M-002', email: null },
      workerUrl: WORKER,
      ics: ICS,
    })
    expect(email.body).toContain(
      'Quand : lundi 20 mars 2023 à 15:00 (America/Montevideo), soit 20 mars 2023, 18:00 UTC.'
    )
    expect(email.body).not.toContain('Où :')
    expect(email.body).toContain('Votre contact à LACRALO est M-002,')
    expect(sessionIcsPath(session, 'fr')).toBe('/events/ua-teleconferencia.ics?lang=fr')
    expect(sessionIcsPath(webinar, 'pt')).toBe('/webinars/dnssec-2023.ics?lang=pt')
  })
})
