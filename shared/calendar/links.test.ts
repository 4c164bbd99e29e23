import { describe, expect, it } from 'vitest'
import { type OutreachEventInput, outreachEventSchema } from '../schemas/event'
import {
  calendarFeedPath,
  eventDetails,
  eventIcsPath,
  googleCalendarLink,
  googleSubscribeLink,
  outlookCalendarLink,
  outlookSubscribeLink,
  webcalLink,
} from './links'

const event = (input: Partial<OutreachEventInput>) =>
  outreachEventSchema.parse({ id: 'e', title: 'Event', ...input })

function params(link: string | null): Record<string, string> {
  if (link === null) throw new Error('expected a link')
  return Object.fromEntries(new URL(link).searchParams)
}

const timed = event({
  title: 'DNSSEC; signing, & validating',
  startDate: '2023-05-10',
  startTime: '10:00',
  endTime: '11:30',
  timeZone: 'America/Mexico_City',
  description: 'Línea uno\nLínea dos',
  url: 'https://example.org/dnssec?a=1&b=2',
})
const allDay = event({ title: 'CaribNOG 25', startDate: '2023-03-26', endDate: '2023-03-28' })
const undated = event({ status: 'tentative' })

describe('googleCalendarLink', () => {
  it('fills title, UTC times, details and place, every value encoded', () => {
    const link = googleCalendarLink(timed, { location: 'Ciudad de México, México' })
    expect(link?.startsWith('https://calendar.google.com/calendar/render?')).toBe(true)
    expect(params(link)).toEqual({
      action: 'TEMPLATE',
      text: 'DNSSEC; signing, & validating',
      dates: '20230510T160000Z/20230510T173000Z',
      details: 'Línea uno\nLínea dos\n\nhttps://example.org/dnssec?a=1&b=2',
      location: 'Ciudad de México, México',
    })
  })

  it('gives all-day events dates with the end exclusive', () => {
    expect(params(googleCalendarLink(allDay)).dates).toBe('20230326/20230329')
  })

  it('leaves out what is unknown, and takes other details when given', () => {
    expect(params(googleCalendarLink(allDay, { details: 'Otros detalles' }))).toEqual({
      action: 'TEMPLATE',
      text: 'CaribNOG 25',
      dates: '20230326/20230329',
      details: 'Otros detalles',
    })
  })

  it('is null for an undated event', () => {
    expect(googleCalendarLink(undated)).toBeNull()
  })
})

describe('outlookCalendarLink', () => {
  it('fills an Outlook compose link with UTC times', () => {
    const link = outlookCalendarLink(timed, { location: 'CDMX' })
    expect(link?.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?')).toBe(true)
    expect(params(link)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'DNSSEC; signing, & validating',
      startdt: '2023-05-10T16:00:00Z',
      enddt: '2023-05-10T17:30:00Z',
      allday: 'false',
      body: 'Línea uno\nLínea dos\n\nhttps://example.org/dnssec?a=1&b=2',
      location: 'CDMX',
    })
  })

  it('marks all-day events and gives their dates, the end exclusive', () => {
    const link = outlookCalendarLink(allDay, { host: 'office' })
    expect(link?.startsWith('https://outlook.office.com/')).toBe(true)
    expect(params(link)).toMatchObject({
      startdt: '2023-03-26',
      enddt: '2023-03-29',
      allday: 'true',
    })
  })

  it('is null for an undated event', () => {
    expect(outlookCalendarLink(undated)).toBeNull()
  })
})

describe('feed and subscription links', () => {
  it('builds the per-event file path', () => {
    expect(eventIcsPath('caribnog-25')).toBe('/events/caribnog-25.ics')
  })

  it('builds the feed path with canonical filters and the language', () => {
    expect(calendarFeedPath()).toBe('/calendar.ics')
    expect(calendarFeedPath({ subregion: ['caribbean'], country: ['TT', 'BB'] }, 'es')).toBe(
      '/calendar.ics?country=BB,TT&subregion=caribbean&lang=es'
    )
  })

  it('turns http(s) feed URLs into webcal ones', () => {
    expect(webcalLink('https://o.example/calendar.ics?lang=es')).toBe(
      'webcal://o.example/calendar.ics?lang=es'
    )
    expect(webcalLink('http://localhost:8787/calendar.ics')).toBe(
      'webcal://localhost:8787/calendar.ics'
    )
  })

  it('points Google and Outlook at the feed', () => {
    const feed = 'https://o.example/calendar.ics?country=BB,TT&lang=es'
    expect(params(googleSubscribeLink(feed))).toEqual({
      cid: 'webcal://o.example/calendar.ics?country=BB,TT&lang=es',
    })
    expect(params(outlookSubscribeLink(feed, 'LACRALO – Calendario'))).toEqual({
      url: feed,
      name: 'LACRALO – Calendario',
    })
  })

  it('joins description and web page as details, skipping what is missing', () => {
    expect(eventDetails({ description: null, url: 'https://x.example' })).toBe('https://x.example')
    expect(eventDetails({ description: null, url: null })).toBe('')
  })
})
