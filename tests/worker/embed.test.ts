// GET /embed through the Worker: listing, filters, languages, escaping, caching, security headers.
import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  type OutreachEventInput,
  outreachEventSchema,
  type PublishedEvent,
} from '../../shared/schemas/event'
import { replaceCalendar } from '../../worker/src/db/calendar'
import { feedCache } from '../../worker/src/feed/feed-cache'
import { frameAncestorsSource, styleHashSource } from '../../worker/src/security-headers'
import { resetCalendarTables } from './reset-db'

// Versions only grow within this file, as in production, so no cache can confuse two tests.
let lastVersion = 0

async function publish(inputs: OutreachEventInput[]): Promise<void> {
  lastVersion += 1
  const events = inputs.map(
    (input): PublishedEvent => ({
      ...outreachEventSchema.parse(input),
      sequence: 0,
      lastModified: '2026-01-01T00:00:00.000Z',
    })
  )
  const publishedAt = new Date(Date.UTC(2026, 0, lastVersion)).toISOString()
  await replaceCalendar(
    env.DB,
    { version: lastVersion, publishedAt, events },
    { added: events.length, changed: 0, removed: 0 }
  )
  // As the publish route does: this isolate serves the new version at once.
  feedCache.noteVersion({ version: lastVersion, publishedAt })
}

function embed(query = '', headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`https://outreach.example.org/embed${query}`, { headers })
}

function listedTitles(html: string): string[] {
  return [...html.matchAll(/<h2 class="title">(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1] ?? '')
}

// Fixed far-future dates stay "upcoming" whenever the tests run; 2001 is always past.
const CALENDAR: OutreachEventInput[] = [
  { id: 'past-forum', title: 'Past forum', startDate: '2001-05-01' },
  {
    id: 'caribnog',
    title: 'CaribNOG 99',
    startDate: '2099-03-05',
    endDate: '2099-03-07',
    city: 'Port of Spain',
    country: 'TT',
    subregion: 'caribbean',
    category: 'technical-community',
  },
  {
    id: 'ua-webinar',
    title: 'Universal Acceptance webinar',
    startDate: '2099-04-10',
    startTime: '14:00',
    endTime: '15:30',
    timeZone: 'America/Mexico_City',
    category: 'webinar',
    format: 'virtual',
    status: 'tentative',
    languages: ['es', 'en'],
    url: 'https://community.icann.org/ua-webinar',
  },
  {
    id: 'foro-bogota',
    title: 'Foro de gobernanza de Internet',
    startDate: '2099-06-01',
    city: 'Bogotá',
    country: 'CO',
    subregion: 'south-america',
    category: 'governance-forum',
  },
  {
    id: 'cancelled-roadshow',
    title: 'Roadshow Tegucigalpa',
    startDate: '2099-07-01',
    country: 'HN',
    subregion: 'central-america-mexico',
    category: 'roadshow',
    status: 'cancelled',
  },
  { id: 'undated-idea', title: 'Undated idea', status: 'tentative' },
]

describe('GET /embed', () => {
  beforeEach(resetCalendarTables)

  it('lists upcoming events only, soonest first, with dates, places and labels', async () => {
    await publish(CALENDAR)
    const res = await embed()
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html; charset=utf-8/i)
    const html = await res.text()
    expect(listedTitles(html)).toEqual([
      'CaribNOG 99',
      'Universal Acceptance webinar',
      'Foro de gobernanza de Internet',
      'Roadshow Tegucigalpa',
    ])
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('March 5 – 7, 2099')
    expect(html).toContain('<time datetime="2099-03-05">')
    // A timed event is shown on its own clock, with the zone's offset.
    expect(html).toMatch(/Fri, April 10, 2099, 2:00\s*–\s*3:30\s*PM \(GMT-6\)/)
    expect(html).toContain('Online · In Spanish and English')
    expect(html).toContain('Port of Spain, Trinidad and Tobago')
    expect(html).toContain('Technical community')
    expect(html).toContain('Tentative')
    expect(html).toContain('In Spanish and English')
    expect(html).not.toContain('<script')
  })

  it('shows at most ?limit= events (10 by default)', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `meeting-${i + 10}`,
      title: `Monthly call ${i + 10}`,
      startDate: `2099-01-${String(i + 10)}`,
    }))
    await publish(many)
    expect(listedTitles(await (await embed()).text())).toHaveLength(10)
    const two = listedTitles(await (await embed('?limit=2')).text())
    expect(two).toEqual(['Monthly call 10', 'Monthly call 11'])
  })

  it('escapes what the sheet says: a title with <script> is text, not markup', async () => {
    await publish([
      {
        id: 'xss',
        title: '<script>alert("x")</script> & <b>bold</b>',
        startDate: '2099-02-01',
        city: '"><img src=x onerror=alert(1)>',
        url: 'https://example.org/?a=1&b="2"',
      },
    ])
    const html = await (await embed()).text()
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>bold')
    expect(html).not.toContain('<img')
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'
    )
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
  })

  it('filters like the feeds: subregion, category, status, country and accent-free search', async () => {
    await publish(CALENDAR)
    const titles = async (query: string) => listedTitles(await (await embed(query)).text())
    expect(await titles('?subregion=caribbean')).toEqual(['CaribNOG 99'])
    expect(await titles('?category=webinar,governance-forum')).toEqual([
      'Universal Acceptance webinar',
      'Foro de gobernanza de Internet',
    ])
    expect(await titles('?status=cancelled')).toEqual(['Roadshow Tegucigalpa'])
    expect(await titles('?country=co')).toEqual(['Foro de gobernanza de Internet'])
    expect(await titles('?q=bogota')).toEqual(['Foro de gobernanza de Internet'])
    // An explicit `from` moves the start of "upcoming" (here, back into the past).
    expect(await titles('?from=2001-01-01&to=2001-12-31')).toEqual(['Past forum'])
  })

  it('speaks Spanish with ?lang=es: labels, dates and the switcher', async () => {
    await publish(CALENDAR)
    const html = await (await embed('?lang=es&subregion=caribbean,south-america')).text()
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('Próximos eventos de alcance')
    expect(html).toContain('5–7 de marzo de 2099')
    expect(html).toContain('Comunidad técnica')
    expect(html).toContain('Foro de gobernanza')
    expect(html).toContain('Confirmado')
    expect(html).toContain('Bogotá, Colombia')
    expect(html).toContain('Trinidad y Tobago')
    expect(html).toContain('Suscribirse al calendario')
    // Each language link keeps the filters and names the language in that language.
    expect(html).toContain('href="?lang=pt&amp;subregion=caribbean%2Csouth-america"')
    expect(html).toMatch(/<a [^>]*hreflang="fr"[^>]*>Français<\/a>/)
    expect(html).toMatch(/<a [^>]*aria-current="page"[^>]*>Español<\/a>/)
  })

  it('follows Accept-Language when there is no ?lang=, else English', async () => {
    await publish(CALENDAR)
    const french = await embed('', { 'Accept-Language': 'de-DE,fr-CA;q=0.9,en;q=0.5' })
    const html = await french.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Événements de sensibilisation à venir')
    expect(french.headers.get('Vary')).toMatch(/Accept-Language/)
    expect(await (await embed('', { 'Accept-Language': 'de' })).text()).toContain(
      '<html lang="en">'
    )
  })

  it('offers subscriptions to the same selection: webcal, Google, Outlook and the feed URL', async () => {
    await publish(CALENDAR)
    const html = await (await embed('?lang=pt&subregion=caribbean&from=2099-01-01')).text()
    const feedUrl = 'https://outreach.example.org/calendar.ics?subregion=caribbean&lang=pt'
    expect(html).toContain(
      `<input id="feed-url" type="text" readonly="" value="${feedUrl.replace('&', '&amp;')}"`
    )
    expect(html).toContain(
      'href="webcal://outreach.example.org/calendar.ics?subregion=caribbean&amp;lang=pt"'
    )
    expect(html).toContain(
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(
        'webcal://outreach.example.org/calendar.ics?subregion=caribbean&lang=pt'
      )}`
    )
    expect(html).toContain(
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}`
    )
    // Per event: Google, Outlook and the event's own .ics, but not for a cancelled one.
    expect(html).toContain('href="/events/caribnog.ics"')
    const cancelled = await (await embed('?status=cancelled')).text()
    expect(cancelled).not.toContain('.ics" download')
  })

  it('says so kindly when nothing is published, nothing is upcoming, or nothing matches', async () => {
    expect(await (await embed()).text()).toContain(
      'The outreach calendar has not been published yet.'
    )
    await publish([CALENDAR[0]!])
    expect(await (await embed('?lang=es')).text()).toContain('Por ahora no hay eventos próximos.')
    await publish(CALENDAR)
    expect(await (await embed('?country=AR')).text()).toContain(
      'No upcoming events match this selection.'
    )
  })

  it('answers 304 to a matching If-None-Match, and a new page after a publish', async () => {
    await publish(CALENDAR)
    const first = await embed('?lang=es')
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^"/)
    expect(first.headers.get('Cache-Control')).toMatch(/max-age=\d+/)
    const again = await embed('?lang=es', { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // Another language is another page: the old ETag does not match it.
    expect((await embed('?lang=fr', { 'If-None-Match': etag! })).status).toBe(200)
    await publish([...CALENDAR, { id: 'new', title: 'New event', startDate: '2099-01-01' }])
    const after = await embed('?lang=es', { 'If-None-Match': etag! })
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(etag)
    expect(listedTitles(await after.text())[0]).toBe('New event')
  })

  it('refuses a link with a mistake with a clear 400 in the reader’s language', async () => {
    const badLimit = await embed('?limit=0&lang=es')
    expect(badLimit.status).toBe(400)
    expect(await badLimit.text()).toContain('debe ser un número entero de 1 a 50')
    const badCategory = await embed('?category=party')
    expect(badCategory.status).toBe(400)
    expect(await badCategory.text()).toContain('“party” is not a valid value for “category”')
    const unknown = await embed('?colour=red&lang=fr')
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('Paramètre inconnu « colour »')
    expect(unknown.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
  })

  it('sends a strict CSP that lets only the configured wiki frame it, and no X-Frame-Options', async () => {
    const res = await embed()
    const html = await res.text()
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("img-src 'self'")
    expect(csp).toContain(`frame-ancestors ${env.EMBED_FRAME_ANCESTORS}`)
    expect(env.EMBED_FRAME_ANCESTORS).toBe('https://community.icann.org')
    // The page's one <style> is allowed by its hash, so nothing else inline can run or apply.
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(css.length).toBeGreaterThan(100)
    expect(csp).toContain(`style-src ${await styleHashSource(css)}`)
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('X-Frame-Options')).toBeNull()
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  })
})

describe('frameAncestorsSource', () => {
  it('keeps origins, wildcard hosts and keywords from the configuration', () => {
    expect(frameAncestorsSource('https://community.icann.org  https://*.icann.org')).toBe(
      'https://community.icann.org https://*.icann.org'
    )
    expect(frameAncestorsSource("'self' http://localhost:8080")).toBe(
      "'self' http://localhost:8080"
    )
  })

  it("drops anything that could rewrite the policy, and defaults to 'none'", () => {
    expect(frameAncestorsSource('https://wiki.example.org; script-src *')).toBe("'none'")
    expect(frameAncestorsSource('https://ok.example.org javascript:alert(1)')).toBe(
      'https://ok.example.org'
    )
    expect(frameAncestorsSource(undefined)).toBe("'none'")
    expect(frameAncestorsSource('   ')).toBe("'none'")
  })
})
