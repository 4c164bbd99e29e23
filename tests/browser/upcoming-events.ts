// A few events dated from today, so that the embed page has something upcoming to list.
import type { OutreachEventInput } from '../../shared/schemas/event'

function daysFrom(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Four upcoming events (timed, multi-day, tentative, cancelled), with long and accented
 * titles, published beside the 2023 calendar in the browser tests.
 *
 * @example
 * await publishEvents({ baseUrl, secret, events: [...fixture, ...upcomingEvents(new Date())] })
 */
export function upcomingEvents(today: Date): OutreachEventInput[] {
  return [
    {
      id: 'upcoming-ua-webinar',
      title: 'Webinar: Aceptación Universal y correo electrónico internacionalizado',
      startDate: daysFrom(today, 3),
      startTime: '15:00',
      endTime: '16:30',
      timeZone: 'America/Montevideo',
      category: 'webinar',
      format: 'virtual',
      languages: ['es', 'pt'],
      url: 'https://community.icann.org/display/LACRALO/UA+webinar',
    },
    {
      id: 'upcoming-caribnog',
      title:
        'CaribNOG Regional Meeting and Caribbean Internet Governance Forum (CIGF) joint sessions',
      startDate: daysFrom(today, 10),
      endDate: daysFrom(today, 12),
      city: 'Port of Spain',
      country: 'TT',
      subregion: 'caribbean',
      category: 'technical-community',
    },
    {
      id: 'upcoming-lacigf',
      title: 'Foro de Gobernanza de Internet de América Latina y el Caribe (LACIGF)',
      startDate: daysFrom(today, 20),
      city: 'Asunción',
      country: 'PY',
      subregion: 'south-america',
      category: 'governance-forum',
      format: 'hybrid',
      status: 'tentative',
    },
    {
      id: 'upcoming-roadshow',
      title: 'Roadshow LACRALO Tegucigalpa',
      startDate: daysFrom(today, 40),
      country: 'HN',
      subregion: 'central-america-mexico',
      category: 'roadshow',
      status: 'cancelled',
    },
  ]
}
