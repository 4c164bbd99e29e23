// GET /calendar.ics and /events/:id.ics through the Worker, read back with ical.js.
import { SELF } from 'cloudflare:test'
import ICAL from 'ical.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { countryName } from '../../shared/reference/countries'
import type { OutreachEventInput, PublishedEvent } from '../../shared/schemas/event'
import { feedCache } from '../../worker/src/feed/feed-cache'
import { FEED_EVENTS, LONG_TITLE, publishEvents } from './feed-fixtures'
import { resetCalendarTables } from './reset-db'
import { publishRequest } from './sign-request'

const ORIGIN = 'https://outreach.example.org'

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { headers })
}

/** The VEVENTs of a document by UID, and the calendar component itself. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = new Map(
    calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => [String(vevent.getFirstPropertyValue('uid')), vevent])
  )
  return { calendar, events }
}

function property(component: ICAL.Component, name: string): unknown {
  return component.getFirstPropertyValue(name)
}

function instant(component: ICAL.Component, name: string): string {
  return (property(component, name) as ICAL.Time).toJSDate().toISOString()
}

async function icsOf(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers)
  expect(res.status).toBe(200)
  return parseIcs(await res.text())
}

const ENGLISH_CATEGORY: Record<string, string> = {
  'technical-community': 'Technical community',
  webinar: 'Webinar',
  'capacity-building': 'Capacity building',
  'governance-forum': 'Governance forum',
}

describe('GET /calendar.ics', () => {
  beforeEach(async () => {
    await resetCalendarTables()
    feedCache.clear()
  })

  it('answers an empty but valid calendar before the first publish', async () => {
    const res = await get('/calendar.ics')
    expect(res.status).toBe(200)
    const { calendar, events } = parseIcs(await res.text())
    expect(property(calendar, 'version')).toBe('2.0')
    expect(events.size).toBe(0)
  })

  it('gives every dated event back field by field, with awkward text intact', async () => {
    const published = await publishEvents(FEED_EVENTS, { sequences: { 'dnssec-webinar': 3 } })
    const { events } = await icsOf('/calendar.ics')

    const dated = published.events.filter((event) => event.startDate !== null)
    expect([...events.keys()].sort()).toEqual(dated.map((event) => `${event.id}@lacralo`).sort())
    for (const event of dated) {
      const vevent = events.get(`${event.id}@lacralo`)
      if (!vevent) throw new Error(`missing ${event.id}`)
      expect(property(vevent, 'summary')).toBe(event.title)
      expect(property(vevent, 'description')).toBe(event.description)
      expect(property(vevent, 'location')).toBe(
        `${event.city}, ${countryName(event.country ?? '')}`
      )
      expect(property(vevent, 'url')).toBe(event.url)
      expect(vevent.getFirstProperty('categories')?.getValues()).toEqual([
        ENGLISH_CATEGORY[event.category],
      ])
      expect(property(vevent, 'status')).toBe(event.status.toUpperCase())
      expect(property(vevent, 'sequence')).toBe(event.sequence)
      expect(instant(vevent, 'last-modified')).toBe(event.lastModified)
      expect(instant(vevent, 'dtstamp')).toBe(published.publishedAt)
    }
    expect(property(events.get('long-title@lacralo') as ICAL.Component, 'summary')).toBe(LONG_TITLE)
    expect(LONG_TITLE).toHaveLength(300)
  })

  it('escapes TEXT values and leaves the URL, a URI, unescaped', async () => {
    await publishEvents()
    const text = await (await get('/calendar.ics')).text()
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain('\r\nSUMMARY:DNSSEC\\; signing\\, \\\\ validating\r\n')
    expect(unfolded).toContain(
      '\r\nDESCRIPTION:Primera línea\\; con\\, comas\\nSegunda línea \\\\ con barra\r\n'
    )
    expect(unfolded).toContain('\r\nURL;VALUE=URI:https://caribnog.org/events/25?days=26,27;28\r\n')
  })

  it('ends every line in CRLF and folds at 75 octets without splitting a character', async () => {
    await publishEvents()
    const res = await get('/calendar.ics')
    const bytes = new Uint8Array(await res.arrayBuffer())
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text).not.toContain('\uFFFD')

    const lines = text.slice(0, -2).split('\r\n')
    const encoder = new TextEncoder()
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    for (const line of lines) {
      const octets = encoder.encode(line)
      expect(octets.length, line).toBeLessThanOrEqual(75)
      // Each physical line is valid UTF-8 on its own: no sequence was cut by a fold.
      expect(() => strict.decode(octets)).not.toThrow()
    }
    const continued = lines.filter((line) => line.startsWith(' '))
    expect(continued.some((line) => /[^ -~]/.test(line))).toBe(true)
  })

  it('writes the calendar properties subscribers rely on', async () => {
    await publishEvents()
    const res = await get('/calendar.ics')
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBe('inline; filename="lacralo-outreach.ics"')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300')
    const text = await res.text()
    for (const line of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//LACRALO//Outreach Toolkit//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:LACRALO – Outreach calendar',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'END:VCALENDAR',
    ]) {
      expect(text.split('\r\n')).toContain(line)
    }
  })

  it('gives all-day events dates with an exclusive end', async () => {
    await publishEvents()
    const { events } = await icsOf('/calendar.ics')
    const caribnog = events.get('caribnog-25@lacralo') as ICAL.Component
    const start = property(caribnog, 'dtstart') as ICAL.Time
    const end = property(caribnog, 'dtend') as ICAL.Time
    expect([start.isDate, start.toString()]).toEqual([true, '2023-03-26'])
    // The event's last day is the 28th; DTEND is the day after.
    expect([end.isDate, end.toString()]).toEqual([true, '2023-03-29'])
    const oneDay = events.get('long-title@lacralo') as ICAL.Component
    expect((property(oneDay, 'dtend') as ICAL.Time).toString()).toBe('2023-06-16')
  })

  it('places a timed event in America/Mexico_City at the right UTC instant', async () => {
    await publishEvents()
    const text = await (await get('/calendar.ics')).text()
    expect(text).toContain('\r\nDTSTART:20230510T160000Z\r\n')
    const { events } = parseIcs(text)
    const webinar = events.get('dnssec-webinar@lacralo') as ICAL.Component
    expect(instant(webinar, 'dtstart')).toBe('2023-05-10T16:00:00.000Z')
    expect(instant(webinar, 'dtend')).toBe('2023-05-10T17:30:00.000Z')
  })

  it('keeps cancelled events, marked CANCELLED, and leaves undated ones out', async () => {
    await publishEvents()
    const { events } = await icsOf('/calendar.ics')
    expect(property(events.get('governance-forum@lacralo') as ICAL.Component, 'status')).toBe(
      'CANCELLED'
    )
    expect(property(events.get('long-title@lacralo') as ICAL.Component, 'status')).toBe('TENTATIVE')
    expect(events.has('roadshow-brazil@lacralo')).toBe(false)
  })

  it('applies the same filters as the JSON feed and names them in the calendar name', async () => {
    await publishEvents()
    const caribbean = await icsOf('/calendar.ics?subregion=caribbean&lang=es')
    expect([...caribbean.events.keys()].sort()).toEqual([
      'caribnog-25@lacralo',
      'long-title@lacralo',
    ])
    expect(property(caribbean.calendar, 'x-wr-calname')).toBe(
      'LACRALO – Calendario de alcance (Caribe)'
    )
    expect(
      caribbean.events.get('caribnog-25@lacralo')?.getFirstProperty('categories')?.getValues()
    ).toEqual(['Comunidad técnica'])
    expect(
      property(caribbean.events.get('caribnog-25@lacralo') as ICAL.Component, 'location')
    ).toBe('Bridgetown, Barbados')

    const southCancelled = await icsOf('/calendar.ics?subregion=south-america&status=cancelled')
    expect([...southCancelled.events.keys()]).toEqual(['governance-forum@lacralo'])
    const searched = await icsOf('/calendar.ics?q=DIALOGO%20regional')
    expect([...searched.events.keys()]).toEqual(['lacigf@lacralo'])
    const ranged = await icsOf('/calendar.ics?from=2023-03-28&to=2023-05-10')
    expect([...ranged.events.keys()].sort()).toEqual([
      'caribnog-25@lacralo',
      'dnssec-webinar@lacralo',
    ])
    // X- properties are TEXT, so the comma is escaped (ical.js hands X- values over raw).
    const named = await get('/calendar.ics?country=HT,co&lang=fr')
    expect((await named.text()).replace(/\r\n[ \t]/g, '')).toContain(
      '\r\nX-WR-CALNAME:LACRALO – Calendrier de sensibilisation (Colombie\\, Haïti)\r\n'
    )
  })

  it('refuses an invalid filter with a clear message in the reader’s language', async () => {
    await publishEvents()
    const res = await get('/calendar.ics?subregion=andes', { 'Accept-Language': 'pt-BR' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('“andes” não é um valor válido para “subregion”')
  })

  it('answers If-None-Match with 304 and no body, and renders byte for byte alike', async () => {
    await publishEvents()
    const first = await get('/calendar.ics?country=MX,AR')
    const etag = first.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    const body = await first.text()

    const again = await get('/calendar.ics?country=MX,AR', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(etag)
    expect(
      (await get('/calendar.ics?country=MX,AR', { 'If-None-Match': `W/${etag}` })).status
    ).toBe(304)
    expect((await get('/calendar.ics?country=MX,AR', { 'If-None-Match': '"other"' })).status).toBe(
      200
    )

    // Equivalent URLs share one cache entry; a fresh render (another isolate) is identical.
    const entries = feedCache.stats().entries
    const equivalent = await get('/calendar.ics?country=ar&country=mx')
    expect(equivalent.headers.get('ETag')).toBe(etag)
    expect(feedCache.stats().entries).toBe(entries)
    feedCache.clear()
    const rendered = await get('/calendar.ics?country=MX,AR')
    expect(await rendered.text()).toBe(body)
    expect(rendered.headers.get('ETag')).toBe(etag)
  })

  it('never serves the old body after a republish', async () => {
    await publishEvents()
    const before = await get('/calendar.ics')
    const etag = before.headers.get('ETag') ?? ''
    const changed = FEED_EVENTS.map((event) =>
      event.id === 'lacigf' ? { ...event, title: 'LACIGF 16 (nueva sede)' } : event
    )
    await publishEvents(changed)
    const after = await get('/calendar.ics', { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(etag)
    const { events } = parseIcs(await after.text())
    expect(property(events.get('lacigf@lacralo') as ICAL.Component, 'summary')).toBe(
      'LACIGF 16 (nueva sede)'
    )
  })

  it('bumps exactly the changed event’s SEQUENCE when a publish changes one title', async () => {
    const publish = async (events: OutreachEventInput[]) => {
      const res = await SELF.fetch(await publishRequest(events))
      expect(res.status).toBe(200)
    }
    await publish(FEED_EVENTS)
    const first = await icsOf('/calendar.ics')
    await publish(
      FEED_EVENTS.map((event) =>
        event.id === 'caribnog-25' ? { ...event, title: 'CaribNOG 25 – Bridgetown' } : event
      )
    )
    const second = await icsOf('/calendar.ics')

    const sequences = (ics: typeof first) =>
      Object.fromEntries(
        [...ics.events].map(([uid, vevent]) => [uid, property(vevent, 'sequence')])
      )
    const before = sequences(first)
    const after = sequences(second)
    const changed = Object.keys(after).filter((uid) => after[uid] !== before[uid])
    expect(changed).toEqual(['caribnog-25@lacralo'])
    expect(after['caribnog-25@lacralo']).toBe((before['caribnog-25@lacralo'] as number) + 1)
    expect(property(second.events.get('caribnog-25@lacralo') as ICAL.Component, 'summary')).toBe(
      'CaribNOG 25 – Bridgetown'
    )
  })

  it('answers HEAD with the headers only, and opens CORS to every origin', async () => {
    await publishEvents()
    const head = await SELF.fetch(`${ORIGIN}/calendar.ics`, {
      method: 'HEAD',
      headers: { Origin: 'https://wiki.example' },
    })
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toMatch(/^"/)
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(await head.text()).toBe('')
  })
})

describe('GET /events/:id.ics', () => {
  let published: { publishedAt: string; events: PublishedEvent[] }

  beforeEach(async () => {
    await resetCalendarTables()
    feedCache.clear()
    published = await publishEvents()
  })

  it('answers one event as a whole calendar, inline with its own file name', async () => {
    const res = await get('/events/dnssec-webinar.ics?lang=es')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBe('inline; filename="dnssec-webinar.ics"')
    const { calendar, events } = parseIcs(await res.text())
    expect(property(calendar, 'method')).toBe('PUBLISH')
    expect([...events.keys()]).toEqual(['dnssec-webinar@lacralo'])
    const vevent = events.get('dnssec-webinar@lacralo') as ICAL.Component
    const event = published.events.find((e) => e.id === 'dnssec-webinar') as PublishedEvent
    expect(property(vevent, 'summary')).toBe(event.title)
    expect(instant(vevent, 'dtstart')).toBe('2023-05-10T16:00:00.000Z')
    expect(instant(vevent, 'dtstamp')).toBe(published.publishedAt)
    expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(['Seminario web'])
    expect(property(vevent, 'location')).toBe('Ciudad de México, México')
  })

  it('supports ETag revalidation', async () => {
    const first = await get('/events/caribnog-25.ics')
    const etag = first.headers.get('ETag') ?? ''
    const again = await get('/events/caribnog-25.ics', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
  })

  it('answers 404 for an unknown id, a malformed one and an undated event, saying why', async () => {
    const unknown = await get('/events/no-such-event.ics', { 'Accept-Language': 'es' })
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain(
      'No hay ningún evento publicado con el identificador «no-such-event»'
    )
    expect((await get('/events/Not_An_Id.ics')).status).toBe(404)
    const undated = await get('/events/roadshow-brazil.ics')
    expect(undated.status).toBe(404)
    expect(await undated.text()).toContain('has no date yet')
  })

  it('answers 404 for every id before the first publish', async () => {
    await resetCalendarTables()
    expect((await get('/events/caribnog-25.ics')).status).toBe(404)
  })
})
