// The demo webinars `npm start` publishes: one of each registration state, dated around today.
import type { WebinarInput } from '../../shared/schemas/webinar'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// Whole hours read better on the pages than the second the script happened to run.
function at(base: number, offset: number): string {
  return new Date(Math.floor((base + offset) / HOUR) * HOUR).toISOString()
}

/**
 * Five webinars relative to `now`: two open (one with only 5 seats, so the waiting list is
 * easy to try), one whose registration opens in two weeks, one for later in the year, and one
 * already held. Titles and descriptions in English, Spanish, Portuguese and French.
 *
 * @example
 * const webinars = demoWebinars(new Date())
 * await signedFetch({ baseUrl, secret, method: 'PUT', path: '/admin/webinars', body: { webinars } })
 */
export function demoWebinars(now = new Date()): WebinarInput[] {
  const base = now.getTime()
  return [
    {
      slug: 'aceptacion-universal',
      titles: {
        en: 'Universal Acceptance: email addresses in every script',
        es: 'Aceptación Universal: direcciones de correo en todas las escrituras',
        pt: 'Aceitação Universal: endereços de e-mail em todas as escritas',
        fr: 'Acceptation universelle : des adresses électroniques dans toutes les écritures',
      },
      descriptions: {
        en: 'Why some forms still refuse josé@ejemplo.com or 用户@例子.广告, and how to make yours accept every valid address. A small hands-on group.',
        es: 'Por qué algunos formularios todavía rechazan josé@ejemplo.com o 用户@例子.广告, y cómo lograr que el suyo acepte toda dirección válida. Un grupo pequeño, con práctica.',
        pt: 'Por que alguns formulários ainda recusam josé@ejemplo.com ou 用户@例子.广告, e como fazer o seu aceitar todo endereço válido. Um grupo pequeno, com prática.',
        fr: 'Pourquoi certains formulaires refusent encore josé@ejemplo.com ou 用户@例子.广告, et comment faire accepter au vôtre toute adresse valide. Un petit groupe, avec de la pratique.',
      },
      start: at(base, 10 * DAY + 2 * HOUR),
      timeZone: 'America/Montevideo',
      durationMinutes: 90,
      capacity: 5,
      registrationOpens: at(base, -3 * DAY),
      registrationCloses: at(base, 10 * DAY + HOUR),
      joinUrl: 'https://meet.example.org/lacralo/aceptacion-universal',
    },
    {
      slug: 'gobernanza-de-internet-lac',
      titles: {
        en: 'Internet governance in Latin America and the Caribbean',
        es: 'Gobernanza de Internet en América Latina y el Caribe',
        pt: 'Governança da Internet na América Latina e no Caribe',
        fr: 'La gouvernance de l’Internet en Amérique latine et dans les Caraïbes',
      },
      descriptions: {
        en: 'Who decides what on the Internet in our region: LACIGF, national IGFs, LACNIC and ICANN, and how end users take part.',
        es: 'Quién decide qué en Internet en nuestra región: el LACIGF, los IGF nacionales, LACNIC e ICANN, y cómo participan los usuarios finales.',
        pt: 'Quem decide o quê na Internet em nossa região: o LACIGF, os IGF nacionais, o LACNIC e a ICANN, e como os usuários finais participam.',
        fr: 'Qui décide de quoi sur l’Internet dans notre région : le LACIGF, les FGI nationaux, le LACNIC et l’ICANN, et comment les utilisateurs finaux y participent.',
      },
      start: at(base, 21 * DAY + 3 * HOUR),
      timeZone: 'America/Mexico_City',
      durationMinutes: 120,
      capacity: 300,
      registrationOpens: at(base, -7 * DAY),
      registrationCloses: at(base, 21 * DAY + 2 * HOUR),
      joinUrl: 'https://meet.example.org/lacralo/gobernanza-de-internet',
    },
    {
      slug: 'modelo-de-multiples-partes-interesadas',
      titles: {
        en: 'ICANN’s multistakeholder model, step by step',
        es: 'El modelo de múltiples partes interesadas de ICANN, paso a paso',
        pt: 'O modelo multissetorial da ICANN, passo a passo',
        fr: 'Le modèle multipartite de l’ICANN, pas à pas',
      },
      descriptions: {
        en: 'How a policy is made at ICANN, from an issue report to a Board vote, and where At-Large and LACRALO speak for end users.',
        es: 'Cómo se elabora una política en ICANN, desde el informe de cuestiones hasta la votación de la Junta, y dónde At-Large y LACRALO hablan por los usuarios finales.',
        pt: 'Como uma política é elaborada na ICANN, do relatório de questões à votação do Conselho, e onde o At-Large e a LACRALO falam pelos usuários finais.',
        fr: 'Comment une politique est élaborée à l’ICANN, du rapport thématique au vote du Conseil, et où At-Large et LACRALO parlent au nom des utilisateurs finaux.',
      },
      start: at(base, 35 * DAY + 2 * HOUR),
      timeZone: 'America/Bogota',
      durationMinutes: 90,
      capacity: 200,
      registrationOpens: at(base, 14 * DAY),
      registrationCloses: at(base, 35 * DAY + HOUR),
      joinUrl: 'https://meet.example.org/lacralo/multistakeholder',
    },
    {
      slug: 'subpro-nueva-ronda',
      titles: {
        en: 'SubPro: the next round of new gTLDs',
        es: 'SubPro: la próxima ronda de nuevos gTLD',
        pt: 'SubPro: a próxima rodada de novos gTLDs',
        fr: 'SubPro : la prochaine série de nouveaux gTLD',
      },
      descriptions: {
        en: 'What the Subsequent Procedures recommendations mean for applicants from the region, applicant support included.',
        es: 'Qué significan las recomendaciones de Procedimientos Posteriores para los solicitantes de la región, incluido el apoyo a solicitantes.',
        pt: 'O que as recomendações de Procedimentos Subsequentes significam para os candidatos da região, incluindo o apoio a candidatos.',
        fr: 'Ce que les recommandations sur les procédures ultérieures signifient pour les candidats de la région, y compris l’aide aux candidats.',
      },
      start: at(base, 70 * DAY + 2 * HOUR),
      timeZone: 'America/Sao_Paulo',
      durationMinutes: 90,
      capacity: 250,
      registrationOpens: at(base, 40 * DAY),
      registrationCloses: at(base, 70 * DAY + HOUR),
      joinUrl: 'https://meet.example.org/lacralo/subpro',
    },
    {
      slug: 'dnssec-en-la-region',
      titles: {
        en: 'DNSSEC in Latin America and the Caribbean',
        es: 'DNSSEC en América Latina y el Caribe',
        pt: 'DNSSEC na América Latina e no Caribe',
        fr: 'DNSSEC en Amérique latine et dans les Caraïbes',
      },
      descriptions: {
        en: 'Signing a zone and validating answers, with examples from the region’s ccTLDs. Already held: registration is closed.',
        es: 'Firmar una zona y validar respuestas, con ejemplos de los ccTLD de la región. Ya se realizó: las inscripciones están cerradas.',
        pt: 'Assinar uma zona e validar respostas, com exemplos dos ccTLDs da região. Já realizado: as inscrições estão encerradas.',
        fr: 'Signer une zone et valider les réponses, avec des exemples tirés des ccTLD de la région. Déjà tenu : les inscriptions sont closes.',
      },
      start: at(base, -20 * DAY),
      timeZone: 'America/Santo_Domingo',
      durationMinutes: 90,
      capacity: 150,
      registrationOpens: at(base, -50 * DAY),
      registrationCloses: at(base, -20 * DAY - HOUR),
      joinUrl: 'https://meet.example.org/lacralo/dnssec',
    },
  ]
}
