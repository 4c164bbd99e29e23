// Generates a large, valid, varied calendar for the benchmark (same seed, same events).
import type { Subregion } from '../../shared/reference/subregions'
import {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  type OutreachEventInput,
  PUBLISHABLE_EVENT_STATUSES,
} from '../../shared/schemas/event'

const PLACES = [
  {
    city: 'Ciudad de México',
    country: 'MX',
    subregion: 'central-america-mexico',
    zone: 'America/Mexico_City',
  },
  {
    city: 'San José',
    country: 'CR',
    subregion: 'central-america-mexico',
    zone: 'America/Costa_Rica',
  },
  { city: 'Bogotá', country: 'CO', subregion: 'south-america', zone: 'America/Bogota' },
  { city: 'São Paulo', country: 'BR', subregion: 'south-america', zone: 'America/Sao_Paulo' },
  { city: 'Asunción', country: 'PY', subregion: 'south-america', zone: 'America/Asuncion' },
  { city: 'Port of Spain', country: 'TT', subregion: 'caribbean', zone: 'America/Port_of_Spain' },
  { city: 'Port-au-Prince', country: 'HT', subregion: 'caribbean', zone: 'America/Port-au-Prince' },
  { city: 'Willemstad', country: 'CW', subregion: 'caribbean', zone: 'America/Curacao' },
] as const satisfies readonly {
  city: string
  country: string
  subregion: Subregion
  zone: string
}[]

const TOPICS = [
  'Universal Acceptance',
  'DNSSEC',
  'Gobernanza de Internet',
  'Modelo multissetorial',
  'Noms de domaine internationalisés',
  'Capacity building',
]

// A small deterministic generator (mulberry32): the same calendar on every run.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(values: readonly T[], next: () => number): T {
  return values[Math.floor(next() * values.length)]!
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * `count` valid events spread over two years from `from`: all-day and timed, in person,
 * virtual and hybrid, every category and status, titles in the region's languages.
 *
 * @example
 * const events = syntheticEvents(5000, { from: new Date() })
 */
export function syntheticEvents(
  count: number,
  options: { from?: Date; seed?: number } = {}
): OutreachEventInput[] {
  const from = options.from ?? new Date()
  const next = random(options.seed ?? 2023)
  return Array.from({ length: count }, (_, index) => {
    const place = pick(PLACES, next)
    const startOffset = Math.floor(next() * 730) - 30
    const days = Math.floor(next() * 4)
    const timed = next() < 0.5
    const hour = 9 + Math.floor(next() * 8)
    const status = pick(PUBLISHABLE_EVENT_STATUSES, next)
    return {
      id: `bench-${index + 1}`,
      title: `${pick(TOPICS, next)} — ${place.city} #${index + 1}`,
      startDate: addDays(from, startOffset),
      endDate: timed ? null : addDays(from, startOffset + days),
      startTime: timed ? `${String(hour).padStart(2, '0')}:00` : null,
      endTime: timed ? `${String(hour + 2).padStart(2, '0')}:00` : null,
      timeZone: timed ? place.zone : null,
      city: place.city,
      country: place.country,
      subregion: place.subregion,
      category: pick(EVENT_CATEGORIES, next),
      format: pick(EVENT_FORMATS, next),
      status,
      url: `https://community.icann.org/events/bench-${index + 1}`,
      languages: next() < 0.5 ? ['es', 'en'] : ['pt'],
      cropEligible: next() < 0.2,
      description: `Synthetic event ${index + 1} for the benchmark.`,
    }
  })
}
