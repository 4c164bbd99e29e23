// GET /api/events and /api/schema.json through the Worker: filters, languages, links, caching.
import { SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import * as z from 'zod'
import type { EventsFeed } from '../../shared/calendar/events-feed-schema'
import { publicJsonSchema } from '../../shared/schemas/json-schema'
import { feedCache } from '../../worker/src/feed/feed-cache'
import { FEED_EVENTS, publishEvents } from './feed-fixtures'
import { resetCalendarTables } from './reset-db'

const ORIGIN = 'https://outreach.example.org'

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { headers })
}

async function feed(path: string, headers: Record<string, string> = {}): Promise<EventsFeed> {
  const res = await get(path, headers)
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}

async function ids(query: string): Promise<string[]> {
  return (await feed(`/api/events${query}`)).events.map((event) => event.id)
}

async function errorOf(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers)
  expect(res.status).toBe(400)
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
  return ((await res.json()) as { error: { code: string; message: string } }).error
}

describe('GET /api/events', () => {
  beforeEach(async () => {
    await resetCalendarTables()
    feedCache.clear()
  })

  it('answers an empty list, not an error, before the first publish', async () => {
    const body = await feed('/api/events')
    expect(body).toMatchObject({ version: null, publishedAt: null, events: [] })
  })

  it('lists every event chronologically, undated last, cancelled included', async () => {
    const published = await publishEvents()
    const body = await feed('/api/events')
    expect(body.version).toBe(published.version)
    expect(body.publishedAt).toBe(published.publishedAt)
    expect(body.events.map((event) => event.id)).toEqual([
      'caribnog-25',
      'dnssec-webinar',
      'long-title',
      'lacigf',
      'governance-forum',
      'roadshow-brazil',
    ])
    for (const event of published.events) {
      const listed = body.events.find((candidate) => candidate.id === event.id)
      const { labels, location, links, ...fields } = listed ?? ({} as EventsFeed['events'][number])
      expect(fields).toEqual(event)
    }
  })

  it('gives each dated event its ICS file and Google/Outlook links, undated ones none', async () => {
    await publishEvents()
    const body = await feed('/api/events?lang=es')
    const webinar = body.events.find((event) => event.id === 'dnssec-webinar')
    expect(webinar?.links.ics).toBe(`${ORIGIN}/events/dnssec-webinar.ics?lang=es`)
    const google = new URL(webinar?.links.google ?? '')
    expect(google.hostname).toBe('calendar.google.com')
    expect(google.searchParams.get('dates')).toBe('20230510T160000Z/20230510T173000Z')
    expect(google.searchParams.get('location')).toBe('Ciudad de México, México')
    const outlook = new URL(webinar?.links.outlook ?? '')
    expect(outlook.searchParams.get('startdt')).toBe('2023-05-10T16:00:00Z')

    const undated = body.events.find((event) => event.id === 'roadshow-brazil')
    expect(undated?.links).toEqual({ ics: null, google: null, outlook: null })

    // The advertised file really is the event's calendar.
    const ics = await SELF.fetch(webinar?.links.ics ?? '')
    expect(ics.status).toBe(200)
    expect(await ics.text()).toContain('UID:dnssec-webinar@lacralo')
  })

  it('offers subscription links for the same filters', async () => {
    await publishEvents()
    const body = await feed('/api/events?subregion=caribbean&lang=es')
    expect(body.name).toBe('LACRALO – Calendario de alcance (Caribe)')
    expect(body.feeds.ics).toBe(`${ORIGIN}/calendar.ics?subregion=caribbean&lang=es`)
    expect(body.feeds.webcal).toBe(
      'webcal://outreach.example.org/calendar.ics?subregion=caribbean&lang=es'
    )
    expect(new URL(body.feeds.google).searchParams.get('cid')).toBe(body.feeds.webcal)
    expect(new URL(body.feeds.outlook).searchParams.get('url')).toBe(body.feeds.ics)
  })

  it('labels codes in Spanish with lang=es, or by Accept-Language, English otherwise', async () => {
    await publishEvents()
    const spanish = await feed('/api/events?lang=es&country=MX')
    expect(spanish.locale).toBe('es')
    expect(spanish.events[0]?.labels).toEqual({
      category: 'Seminario web',
      status: 'Confirmado',
      format: 'Híbrido (presencial y en línea)',
      subregion: 'Centroamérica y México',
      country: 'México',
    })
    const byHeader = await feed('/api/events?country=HT', { 'Accept-Language': 'es-MX,es;q=0.9' })
    expect(byHeader.events[0]?.labels).toMatchObject({ status: 'Por confirmar', country: 'Haití' })
    const fallback = await feed('/api/events?country=HT&lang=de', { 'Accept-Language': 'de' })
    expect(fallback.locale).toBe('en')
    expect(fallback.events[0]?.labels).toMatchObject({ status: 'Tentative', country: 'Haiti' })
    const french = await feed('/api/events?country=AR&lang=fr')
    expect(french.events[0]?.labels).toMatchObject({
      status: 'Annulé',
      category: 'Forum sur la gouvernance',
      subregion: 'Amérique du Sud',
    })
  })

  it('filters by each parameter', async () => {
    await publishEvents()
    expect(await ids('?from=2023-06-15')).toEqual(['long-title', 'lacigf', 'governance-forum'])
    expect(await ids('?to=2023-03-26')).toEqual(['caribnog-25'])
    expect(await ids('?from=2023-08-03&to=2023-08-03')).toEqual(['lacigf'])
    expect(await ids('?country=co,ar')).toEqual(['lacigf', 'governance-forum'])
    expect(await ids('?subregion=caribbean')).toEqual(['caribnog-25', 'long-title'])
    expect(await ids('?category=webinar')).toEqual(['dnssec-webinar'])
    expect(await ids('?status=tentative')).toEqual(['long-title', 'roadshow-brazil'])
    expect(await ids('?q=petion-ville')).toEqual(['long-title'])
    expect(await ids('?q=CIUDAD%20de%20mexico')).toEqual(['dnssec-webinar'])
  })

  it('combines filters: every one must match', async () => {
    await publishEvents()
    expect(await ids('?subregion=south-america&status=confirmed,cancelled')).toEqual([
      'lacigf',
      'governance-forum',
    ])
    expect(
      await ids('?subregion=south-america&category=governance-forum&status=confirmed')
    ).toEqual(['lacigf'])
    expect(await ids('?country=BR&from=2023-01-01')).toEqual([])
    expect(await ids('?country=BR')).toEqual(['roadshow-brazil'])
    expect(await ids('?category=webinar,capacity-building&q=acceso&from=2023-01-01')).toEqual([
      'long-title',
    ])
  })

  it('refuses invalid filters with 400 and a message in the request’s language', async () => {
    await publishEvents()
    expect(await errorOf('/api/events?country=Mexico&lang=es')).toEqual({
      code: 'invalid_filter',
      message:
        '«Mexico» no es un código de país. Use códigos ISO 3166 de dos letras, como MX o BR, separados por comas.',
      problems: [
        {
          field: 'country',
          message:
            '«Mexico» no es un código de país. Use códigos ISO 3166 de dos letras, como MX o BR, separados por comas.',
        },
      ],
    })
    expect((await errorOf('/api/events?from=26/03/2023')).message).toBe(
      '“from” must be a date written YYYY-MM-DD, for example 2023-03-26; this link has “26/03/2023”.'
    )
    expect(
      (await errorOf('/api/events?from=2023-05-01&to=2023-04-01', { 'Accept-Language': 'fr' }))
        .message
    ).toBe(
      'Le début de la période (from=2023-05-01) est postérieur à sa fin (to=2023-04-01) ; inversez les deux dates.'
    )
    expect((await errorOf('/api/events?category=party')).message).toContain(
      'Use one of: icann-meeting, lacralo-meeting, webinar'
    )
    expect((await errorOf('/api/events?region=caribbean&lang=pt')).message).toBe(
      'Parâmetro desconhecido “region”. O calendário aceita from, to, country, subregion, category, status, q e lang.'
    )
  })

  it('sends an ETag, answers a match with 304, and changes it on republish', async () => {
    await publishEvents()
    const first = await get('/api/events?lang=es')
    const etag = first.headers.get('ETag') ?? ''
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300')
    const again = await get('/api/events?lang=es', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')

    // Labels depend on the language, so each language has its own body and ETag.
    expect((await get('/api/events?lang=pt')).headers.get('ETag')).not.toBe(etag)

    await publishEvents(FEED_EVENTS.filter((event) => event.id !== 'lacigf'))
    const after = await get('/api/events?lang=es', { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    const body = (await after.json()) as EventsFeed
    expect(body.events.map((event) => event.id)).not.toContain('lacigf')
  })

  it('opens CORS to every origin, preflight included', async () => {
    await publishEvents()
    const res = await get('/api/events', { Origin: 'https://community.icann.org' })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('ETag')
    const preflight = await SELF.fetch(`${ORIGIN}/api/events`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://community.icann.org', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET')
  })
})

describe('GET /api/schema.json', () => {
  beforeEach(async () => {
    await resetCalendarTables()
    feedCache.clear()
  })

  it('serves a JSON Schema that the feed itself satisfies', async () => {
    const res = await get('/api/schema.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/schema\+json/)
    const schema = (await res.json()) as Record<string, unknown> & {
      properties: { events: { items: { required: string[]; properties: Record<string, unknown> } } }
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const items = schema.properties.events.items
    expect(items.required).toEqual(
      expect.arrayContaining(['id', 'title', 'startDate', 'status', 'sequence', 'labels', 'links'])
    )
    // The event's own fields are described as the shared public schema describes them.
    expect(items.properties.startDate).toEqual(
      publicJsonSchema('outreach-event').properties?.startDate
    )

    await publishEvents()
    const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0])
    for (const query of ['', '?lang=es', '?country=MX&lang=fr']) {
      const body = await feed(`/api/events${query}`)
      expect(validator.safeParse(body).success).toBe(true)
    }
    // And it is not a schema that accepts anything.
    const body = await feed('/api/events')
    const broken = { ...body, events: [{ ...body.events[0], status: 'postponed' }] }
    expect(validator.safeParse(broken).success).toBe(false)
  })
})
