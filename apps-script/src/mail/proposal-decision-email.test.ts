import { describe, expect, it } from 'vitest'
import { proposalDatesText, proposalDecisionEmail } from './proposal-decision-email'

const CALENDAR = 'https://lacralo.example.workers.dev/embed?lang=es'

// Intl separates ranges with thin or narrow spaces; the reader sees spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

describe('proposal decision email', () => {
  it('tells a Spanish-speaking proposer their event was accepted, with the note and the calendar', () => {
    const email = proposalDecisionEmail({
      proposer: { name: 'Ana Quispe Mamani', email: 'ana@ejemplo.bo', language: 'es' },
      title: 'Foro de Gobernanza de Internet de Bolivia',
      startDate: '2023-09-14',
      endDate: '2023-09-15',
      decision: 'accepted',
      note: 'Confirme las fechas con el comité organizador, por favor.',
      calendarUrl: CALENDAR,
    })
    expect(email).toEqual({
      to: 'ana@ejemplo.bo',
      subject: 'Su propuesta de evento fue aceptada: Foro de Gobernanza de Internet de Bolivia',
      senderName: 'LACRALO – Alcance y Participación',
      attachments: [],
      body: expect.any(String),
    })
    expect(plain(email.body)).toBe(
      [
        'Hola, Ana Quispe Mamani:',
        'Gracias por proponer «Foro de Gobernanza de Internet de Bolivia» (14–15 de septiembre de 2023) para el calendario de alcance de LACRALO. Su propuesta fue aceptada: el evento entra en el calendario como tentativo y se marcará como confirmado cuando se confirmen sus fechas.',
        'Una nota del equipo:\nConfirme las fechas con el comité organizador, por favor.',
        `El calendario, donde aparecerá después de nuestra próxima actualización: ${CALENDAR}`,
        'Gracias por ayudar a LACRALO a llegar a más personas de la región. Puede proponer otros eventos cuando quiera.',
        'LACRALO – Alcance y Participación',
      ].join('\n\n')
    )
  })

  it('tells a Portuguese-speaking proposer their event was not taken, without a calendar link', () => {
    const email = proposalDecisionEmail({
      proposer: { name: 'Ngozi Bartholomew', email: 'ngozi@exemplo.sr', language: 'pt' },
      title: 'Semana da Internet no Suriname',
      startDate: '2023-05-10',
      endDate: null,
      decision: 'rejected',
      note: null,
      calendarUrl: CALENDAR,
    })
    expect(email.subject).toBe('Sobre a sua proposta de evento: Semana da Internet no Suriname')
    expect(email.senderName).toBe('LACRALO – Divulgação e Engajamento')
    expect(email.body).toBe(
      [
        'Olá, Ngozi Bartholomew,',
        'Obrigado por propor "Semana da Internet no Suriname" (10 de maio de 2023) para o calendário de divulgação do LACRALO. Depois de analisar a sua proposta, desta vez não vamos incluir o evento no calendário.',
        'Obrigado por ajudar o LACRALO a chegar a mais pessoas da região. Você pode propor outros eventos quando quiser.',
        'LACRALO – Divulgação e Engajamento',
      ].join('\n\n')
    )
    expect(email.body).not.toContain('embed')
  })

  it('greets without a name when the row has none', () => {
    const email = proposalDecisionEmail({
      proposer: { name: null, email: 'jean@exemple.ht', language: 'fr' },
      title: 'Forum sur la gouvernance de l’Internet en Haïti',
      startDate: '2023-09-30',
      endDate: '2023-10-02',
      decision: 'accepted',
      note: null,
      calendarUrl: null,
    })
    expect(email.body.startsWith('Bonjour,\n\n')).toBe(true)
    expect(plain(email.body)).toContain('(30 septembre – 2 octobre 2023)')
    expect(email.body).not.toContain('calendrier, où')
  })

  it('writes one day or a range in the reader’s language', () => {
    expect(plain(proposalDatesText('2023-09-14', '2023-09-15', 'en'))).toBe(
      'September 14 – 15, 2023'
    )
    expect(proposalDatesText('2023-09-14', '2023-09-14', 'pt')).toBe('14 de setembro de 2023')
    expect(proposalDatesText(null, null, 'es')).toBe('—')
  })
})
