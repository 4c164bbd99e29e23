import { describe, expect, it } from 'vitest'
import { DNSSEC_WEBINAR } from '../testing/action-testbed'
import { createFakeGmailApp } from '../testing/fake-gmail'
import { createFakeUtilities } from '../testing/fake-utilities'
import { confirmationEmail, webinarStartText, webinarTitleIn } from './confirmation-email'
import { createGmailMailer } from './mailer'

const WORKER = 'https://lacralo.example.workers.dev'

describe('confirmation email', () => {
  it('is written in the registrant’s language, with the join link, page and calendar file', () => {
    const email = confirmationEmail({
      registrant: { name: 'Zoë Saldaña', email: 'zoë@correo.example', language: 'es' },
      webinar: DNSSEC_WEBINAR,
      workerUrl: WORKER,
      ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    })
    expect(email).toEqual({
      to: 'zoë@correo.example',
      subject: 'Su lugar está confirmado: DNSSEC en América Latina',
      senderName: 'LACRALO – Alcance y Participación',
      body: [
        'Hola, Zoë Saldaña:',
        '',
        'Su lugar en el webinar «DNSSEC en América Latina» está confirmado.',
        '',
        'Cuándo: lunes, 24 de abril de 2023, 18:00 (America/Bogota), 90 minutos',
        'Enlace para participar: https://icann.zoom.us/j/123456789',
        `Página del webinar: ${WORKER}/webinars/dnssec-2023?lang=es`,
        '',
        `El archivo adjunto agrega el webinar a su calendario; también puede descargarlo en ${WORKER}/webinars/dnssec-2023.ics?lang=es.`,
        '',
        'Si no puede asistir, cancele su inscripción con el enlace que recibió al inscribirse, para que alguien de la lista de espera ocupe su lugar.',
        '',
        'LACRALO – Alcance y Participación',
      ].join('\n'),
      attachments: [
        {
          fileName: 'dnssec-2023.ics',
          mimeType: 'text/calendar',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        },
      ],
    })
  })

  it('takes the title in English, else in any language the webinar has', () => {
    expect(webinarTitleIn(DNSSEC_WEBINAR, 'pt')).toBe('DNSSEC in Latin America')
    expect(webinarTitleIn({ slug: 'ua', titles: { fr: 'Acceptation universelle' } }, 'pt')).toBe(
      'Acceptation universelle'
    )
  })

  it('gives the start in the webinar’s own time zone, whatever the script’s zone', () => {
    expect(webinarStartText(DNSSEC_WEBINAR, 'pt')).toBe(
      'segunda-feira, 24 de abril de 2023 às 18:00'
    )
    expect(webinarStartText({ ...DNSSEC_WEBINAR, timeZone: 'America/Sao_Paulo' }, 'en')).toBe(
      'Monday, April 24, 2023 at 8:00 PM'
    )
  })

  it('goes out through Gmail with the calendar file attached, to an internationalized address', () => {
    const { service, mailbox } = createFakeGmailApp()
    const mailer = createGmailMailer(service, createFakeUtilities())
    mailer.send(
      confirmationEmail({
        registrant: { name: 'Jean', email: 'jean@bücher.example', language: 'fr' },
        webinar: DNSSEC_WEBINAR,
        workerUrl: WORKER,
        ics: 'BEGIN:VCALENDAR\r\nSUMMARY:DNSSEC\r\nEND:VCALENDAR\r\n',
      })
    )
    expect(mailbox.sent).toEqual([
      {
        to: 'jean@bücher.example',
        subject: 'Votre place est confirmée : DNSSEC in Latin America',
        body: expect.stringContaining('Bonjour Jean,'),
        name: 'LACRALO – Sensibilisation et engagement',
        attachments: [
          {
            name: 'dnssec-2023.ics',
            contentType: 'text/calendar',
            text: 'BEGIN:VCALENDAR\r\nSUMMARY:DNSSEC\r\nEND:VCALENDAR\r\n',
          },
        ],
      },
    ])
  })
})
