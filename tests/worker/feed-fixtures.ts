// Events with awkward text and every kind of date, and a publish helper, for the feed tests.
import { env } from 'cloudflare:test'
import {
  type OutreachEventInput,
  outreachEventSchema,
  type PublishedEvent,
} from '../../shared/schemas/event'
import { replaceCalendar } from '../../worker/src/db/calendar'
import { feedCache } from '../../worker/src/feed/feed-cache'

const EMOJI_TITLE_PART = 'Ciberseguridad 🔐 y acceso 🌎'

/** 300 characters exactly: separators, a backslash, a line break, accents and emoji. */
export const LONG_TITLE = (() => {
  const head = 'Taller; regional, de \\ DNSSEC\nsegunda línea: São Paulo, Bogotá, Pétion-Ville — '
  const base = `${head}${EMOJI_TITLE_PART} `
  let title = base
  while (title.length < 300) title += 'ñandú ü é ç '
  return title.slice(0, 299).trimEnd().padEnd(300, 'x')
})()

export const FEED_EVENTS: OutreachEventInput[] = [
  {
    id: 'caribnog-25',
    title: 'CaribNOG 25',
    startDate: '2023-03-26',
    endDate: '2023-03-28',
    city: 'Bridgetown',
    country: 'BB',
    subregion: 'caribbean',
    category: 'technical-community',
    url: 'https://caribnog.org/events/25?days=26,27;28',
    languages: ['en'],
  },
  {
    id: 'dnssec-webinar',
    title: 'DNSSEC; signing, \\ validating',
    startDate: '2023-05-10',
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/Mexico_City',
    city: 'Ciudad de México',
    country: 'MX',
    subregion: 'central-america-mexico',
    category: 'webinar',
    format: 'hybrid',
    description: 'Primera línea; con, comas\nSegunda línea \\ con barra',
    url: 'https://example.org/dnssec',
    languages: ['es', 'en'],
  },
  {
    id: 'long-title',
    title: LONG_TITLE,
    startDate: '2023-06-15',
    city: 'Pétion-Ville',
    country: 'HT',
    subregion: 'caribbean',
    category: 'capacity-building',
    status: 'tentative',
    // Long enough to fold, with separators that TEXT escaping would spoil in a URI.
    url: 'https://example.org/talleres/dnssec?sedes=port-au-prince,petion-ville;cap-haitien&idiomas=fr,es,en&ref=lacralo',
    description: `${EMOJI_TITLE_PART}. ${'Descripción larga con acentos: áéíóú ÁÉÍÓÚ ñ. '.repeat(8)}`,
  },
  {
    id: 'governance-forum',
    title: 'Foro de Gobernanza de Internet',
    startDate: '2023-09-01',
    city: 'Buenos Aires',
    country: 'AR',
    subregion: 'south-america',
    category: 'governance-forum',
    status: 'cancelled',
  },
  {
    id: 'lacigf',
    title: 'LACIGF 16',
    startDate: '2023-08-01',
    endDate: '2023-08-03',
    city: 'Bogotá',
    country: 'CO',
    subregion: 'south-america',
    category: 'governance-forum',
    status: 'confirmed',
    description: 'Diálogo regional sobre gobernanza',
  },
  {
    id: 'roadshow-brazil',
    title: 'Roadshow Brasil',
    country: 'BR',
    subregion: 'south-america',
    category: 'roadshow',
    status: 'tentative',
  },
]

// Versions only grow within a test file, as in production.
let lastVersion = 100

/** Publishes a snapshot directly in D1 (as a publish would), with the given sequences. */
export async function publishEvents(
  inputs: OutreachEventInput[] = FEED_EVENTS,
  options: { sequences?: Record<string, number>; publishedAt?: string } = {}
): Promise<{ version: number; publishedAt: string; events: PublishedEvent[] }> {
  lastVersion += 1
  const publishedAt =
    options.publishedAt ?? new Date(Date.UTC(2026, 0, 1, 12, lastVersion)).toISOString()
  const events = inputs.map(
    (input): PublishedEvent => ({
      ...outreachEventSchema.parse(input),
      sequence: options.sequences?.[input.id] ?? 0,
      lastModified: '2026-01-01T09:30:00.000Z',
    })
  )
  const calendar = { version: lastVersion, publishedAt, events }
  await replaceCalendar(env.DB, calendar, { added: events.length, changed: 0, removed: 0 })
  // As the publish route does: this isolate serves the new version at once.
  feedCache.noteVersion(calendar)
  return calendar
}
