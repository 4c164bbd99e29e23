import { describe, expect, it } from 'vitest'
import type { Registration } from '../schemas/registration'
import { webinarRegistrations } from './webinar-registrations'

const webinar = (
  slug: string,
  start: string,
  capacity: number,
  titles: Record<string, string>
) => ({
  slug,
  start,
  capacity,
  titles,
})
const registration = (webinarSlug: string, status: Registration['status']) => ({
  webinarSlug,
  status,
})

describe('webinarRegistrations', () => {
  const webinars = [
    webinar('ua-2026', '2026-08-20T18:00:00-05:00', 2, {
      en: 'Universal Acceptance',
      es: 'Aceptación Universal',
    }),
    webinar('dnssec-2026', '2026-04-24T18:00:00-05:00', 300, { es: 'DNSSEC en América Latina' }),
  ]
  const registrations = [
    registration('ua-2026', 'registered'),
    registration('ua-2026', 'registered'),
    registration('ua-2026', 'waitlisted'),
    registration('ua-2026', 'cancelled'),
    registration('dnssec-2026', 'registered'),
    registration('old-webinar', 'registered'),
    registration('old-webinar', 'cancelled'),
  ]

  it('counts registered, waitlisted and cancelled per webinar, by start date', () => {
    const result = webinarRegistrations(webinars, registrations, 'es')
    expect(result.webinars).toEqual([
      {
        slug: 'dnssec-2026',
        title: 'DNSSEC en América Latina',
        start: '2026-04-24T18:00:00-05:00',
        capacity: 300,
        registered: 1,
        waitlisted: 0,
        cancelled: 0,
        seatsLeft: 299,
        full: false,
      },
      {
        slug: 'ua-2026',
        title: 'Aceptación Universal',
        start: '2026-08-20T18:00:00-05:00',
        capacity: 2,
        registered: 2,
        waitlisted: 1,
        cancelled: 1,
        seatsLeft: 0,
        full: true,
      },
    ])
  })

  it('falls back on another language for a title, and reports registrations of unknown webinars', () => {
    const result = webinarRegistrations(webinars, registrations, 'pt')
    expect(result.webinars.map((w) => w.title)).toEqual([
      'DNSSEC en América Latina',
      'Universal Acceptance',
    ])
    expect(result.unknownWebinars).toEqual([{ slug: 'old-webinar', registrations: 2 }])
  })
})
