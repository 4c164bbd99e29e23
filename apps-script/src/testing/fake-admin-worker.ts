// A stand-in for the Worker behind the fake UrlFetchApp: it checks every admin request's
// signature with node:crypto exactly as worker/src/admin/verify-signature.ts does, and keeps
// the published calendar, webinars and registration change feed in memory.
/// <reference types="node" />
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { CandidateSuggestion } from '../../../shared/schemas/candidate-suggestion'
import { calendarSnapshotSchema } from '../../../shared/schemas/event'
import type { EventProposal } from '../../../shared/schemas/event-proposal'
import {
  canonicalRequest,
  isSignatureShaped,
  isWithinWindow,
  parseTimestamp,
  SIGNATURE_HEADER,
  SIGNATURE_WINDOW_SECONDS,
  TIMESTAMP_HEADER,
} from '../../../shared/signing'
import type { FakeHttpAnswer, FakeHttpHandler, FakeHttpRequest } from './fake-url-fetch'

/** A registration in the change feed, shaped as GET /admin/registrations sends it. */
export interface FakeRegistration {
  id: string
  webinarSlug: string
  changeSeq: number
  arrival: number
  status: 'registered' | 'waitlisted' | 'cancelled'
  name: string | null
  email: string | null
  emailKey: string | null
  country: string | null
  affiliation: string | null
  language: 'en' | 'es' | 'pt' | 'fr'
  consent: { given: true; textVersion: string }
  createdAt: string
  updatedAt: string
  cancelledAt: string | null
  promotedAt: string | null
  erased: boolean
  erasedAt: string | null
}

export interface FakeAdminWorkerOptions {
  /** The Worker's ADMIN_SECRET. */
  secret: string
  /** Where it answers; https://lacralo.example.workers.dev unless given (a path is allowed). */
  baseUrl?: string
  /** Its clock, in Unix seconds. */
  now: () => number
}

/** One request the fake Worker saw, with what it decided. */
export interface WorkerVisit {
  method: string
  pathWithQuery: string
  /** The signature checked out (admin routes only). */
  signed: boolean
  status: number
}

export interface FakeAdminWorker {
  /** Give it to `fake.network.setHandler`. */
  handler: FakeHttpHandler
  baseUrl: string
  visits: WorkerVisit[]
  /** Bodies of accepted PUT /admin/events, parsed. */
  calendarPuts: { events: Record<string, unknown>[] }[]
  /** Bodies of accepted PUT /admin/webinars, parsed. */
  webinarPuts: { webinars: Record<string, unknown>[] }[]
  /** The change feed, in change order. */
  registrations: FakeRegistration[]
  /** Adds a registration (as the public form would); returns it. */
  register(
    fields: Partial<FakeRegistration> & { id: string; webinarSlug: string }
  ): FakeRegistration
  /** Changes a registration, giving it a new change number (cancel, promote). */
  change(id: string, fields: Partial<FakeRegistration>): FakeRegistration
  /** Erases a person's registration: personal fields null, a tombstone with a new change number. */
  erase(id: string): FakeRegistration
  /** The event proposals' change feed (GET /admin/proposals), in change order. */
  proposals: EventProposal[]
  /** The candidate suggestions' change feed (GET /admin/suggestions), in change order. */
  suggestions: CandidateSuggestion[]
  /** Adds a proposal as the public form would (a Spanish one unless `fields` say otherwise). */
  propose(fields: Partial<EventProposal> & { id: string }): EventProposal
  /** Changes a proposal, giving it a new change number. */
  changeProposal(id: string, fields: Partial<EventProposal>): EventProposal
  /** Erases a proposer, as DELETE /admin/proposals does: no name or email, the event stays. */
  eraseProposer(id: string): EventProposal
  /** Adds a suggestion as the public form would. */
  suggest(fields: Partial<CandidateSuggestion> & { id: string }): CandidateSuggestion
  /** Changes a suggestion, giving it a new change number. */
  changeSuggestion(id: string, fields: Partial<CandidateSuggestion>): CandidateSuggestion
  /** Erases the candidate, as DELETE /admin/suggestions does: every personal field null. */
  eraseCandidate(id: string): CandidateSuggestion
  /** Erases the suggester only: their name and email. */
  eraseSuggester(id: string): CandidateSuggestion
  /** Answers the next requests `intercept` picks with its answer instead (a failure, say). */
  intercept(intercept: ((request: FakeHttpRequest) => FakeHttpAnswer | null) | null): void
}

const unauthorized: FakeHttpAnswer = {
  status: 401,
  json: {
    error: {
      code: 'unauthorized',
      message: 'The request is not signed with this Worker’s admin secret.',
    },
  },
}

function parseBody(request: FakeHttpRequest): unknown {
  try {
    return JSON.parse(request.body)
  } catch {
    return undefined
  }
}

/** One of the fake Worker's change feeds: its records in change order, each change numbered anew. */
interface ChangeFeed<Item> {
  items: Item[]
  /** Adds the record `build` makes from the next change number and the clock's instant. */
  add(build: (changeSeq: number, at: string) => Item): Item
  /** Changes a record, giving it a new change number. */
  change(id: string, fields: Partial<Item>): Item
  /** One page of the changes after the query's `after` cursor, its records under `key`. */
  page(query: URLSearchParams, key: string): FakeHttpAnswer
}

function createChangeFeed<Item extends { id: string; changeSeq: number; updatedAt: string }>(
  noun: string,
  now: () => number
): ChangeFeed<Item> {
  const items: Item[] = []
  let seq = 0
  const instant = () => new Date(now() * 1000).toISOString()
  return {
    items,
    add(build) {
      const item = build(++seq, instant())
      items.push(item)
      return item
    },
    change(id, fields) {
      const item = items.find((candidate) => candidate.id === id)
      if (!item) throw new Error(`The fake Worker has no ${noun} ${id}`)
      Object.assign(item, fields, { changeSeq: ++seq, updatedAt: instant() })
      return item
    },
    page(query, key) {
      const after = Number(query.get('after') ?? '0')
      const limit = Number(query.get('limit') ?? '100')
      const newer = items
        .filter((item) => item.changeSeq > after)
        .sort((a, b) => a.changeSeq - b.changeSeq)
      const page = newer.slice(0, limit)
      return {
        status: 200,
        json: {
          [key]: page.map((item) => ({ ...item })),
          nextCursor: String(page[page.length - 1]?.changeSeq ?? after),
          hasMore: newer.length > limit,
        },
      }
    },
  }
}

/**
 * A fresh fake Worker.
 *
 * @example
 * const worker = createFakeAdminWorker({ secret: 'a-long-test-admin-secret', now: () => 1_700_000_000 })
 * fake.network.setHandler(worker.handler)
 */
export function createFakeAdminWorker(options: FakeAdminWorkerOptions): FakeAdminWorker {
  const baseUrl = (options.baseUrl ?? 'https://lacralo.example.workers.dev').replace(/\/+$/, '')
  const origin = /^https?:\/\/[^/]+/.exec(baseUrl)?.[0] ?? baseUrl
  const basePath = baseUrl.slice(origin.length)
  const seen = new Map<string, number>()
  const visits: WorkerVisit[] = []
  const calendarPuts: FakeAdminWorker['calendarPuts'] = []
  const webinarPuts: FakeAdminWorker['webinarPuts'] = []
  const registrations = createChangeFeed<FakeRegistration>('registration', options.now)
  const proposals = createChangeFeed<EventProposal>('proposal', options.now)
  const suggestions = createChangeFeed<CandidateSuggestion>('suggestion', options.now)
  const instant = () => new Date(options.now() * 1000).toISOString()
  let published = new Map<string, string>()
  let version = 0
  let webinars: Record<string, unknown>[] = []
  let arrival = 0
  let intercept: ((request: FakeHttpRequest) => FakeHttpAnswer | null) | null = null

  function verify(request: FakeHttpRequest, pathWithQuery: string): boolean {
    const timestampHeader = request.headers[TIMESTAMP_HEADER] ?? null
    const signature = request.headers[SIGNATURE_HEADER] ?? null
    const timestamp = parseTimestamp(timestampHeader)
    const now = options.now()
    if (timestamp === null || !isSignatureShaped(signature) || !isWithinWindow(timestamp, now))
      return false
    const canonical = canonicalRequest({
      timestamp: timestampHeader as string,
      method: request.method,
      pathWithQuery,
      bodySha256Hex: createHash('sha256').update(request.bytes).digest('hex'),
    })
    const expected = createHmac('sha256', options.secret).update(canonical).digest()
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return false
    for (const [used, expires] of seen) if (expires < now) seen.delete(used)
    if (seen.has(signature)) return false
    seen.set(signature, timestamp + SIGNATURE_WINDOW_SECONDS)
    return true
  }

  function publishEvents(body: unknown): FakeHttpAnswer {
    const parsed = calendarSnapshotSchema.safeParse(body)
    if (!parsed.success)
      return {
        status: 422,
        json: {
          error: {
            code: 'invalid_request',
            message: 'The request has problems: correct the fields listed and send it again.',
            problems: parsed.error.issues.map((issue) => ({
              index: issue.path[1],
              path: issue.path.join('.'),
              field: String(issue.path[issue.path.length - 1]),
              message: issue.message,
            })),
          },
        },
      }
    const next = new Map(parsed.data.events.map((event) => [event.id, JSON.stringify(event)]))
    const added = [...next.keys()].filter((id) => !published.has(id))
    const changed = [...next.keys()].filter(
      (id) => published.has(id) && published.get(id) !== next.get(id)
    )
    const removed = [...published.keys()].filter((id) => !next.has(id))
    published = next
    version++
    calendarPuts.push(body as { events: Record<string, unknown>[] })
    return {
      status: 200,
      json: {
        version,
        publishedAt: new Date(options.now() * 1000).toISOString(),
        counts: {
          events: next.size,
          added: added.length,
          changed: changed.length,
          removed: removed.length,
        },
        added,
        changed,
        removed,
      },
    }
  }

  function publishWebinars(body: unknown): FakeHttpAnswer {
    const list = (body as { webinars?: unknown })?.webinars
    if (!Array.isArray(list))
      return {
        status: 422,
        json: { error: { code: 'invalid_request', message: 'No webinars list.' } },
      }
    const before = new Map(
      webinars.map((webinar) => [String(webinar.slug), JSON.stringify(webinar)])
    )
    const slugs = list.map((webinar) => String((webinar as { slug: unknown }).slug))
    webinarPuts.push(body as { webinars: Record<string, unknown>[] })
    webinars = list as Record<string, unknown>[]
    return {
      status: 200,
      json: {
        webinars: list.length,
        added: slugs.filter((slug) => !before.has(slug)),
        changed: slugs.filter(
          (slug, index) => before.has(slug) && before.get(slug) !== JSON.stringify(list[index])
        ),
        unchanged: slugs.filter((slug, index) => before.get(slug) === JSON.stringify(list[index])),
        archived: [...before.keys()].filter((slug) => !slugs.includes(slug)),
        promoted: 0,
      },
    }
  }

  function route(request: FakeHttpRequest): FakeHttpAnswer {
    if (!request.url.startsWith(`${baseUrl}/`)) return { status: 404, body: 'Not found' }
    const pathWithQuery = request.url.slice(origin.length)
    const [path = '', query = ''] = pathWithQuery.slice(basePath.length).split('?')
    const ics = /^\/webinars\/([a-z0-9-]+)\.ics$/.exec(path)
    if (request.method === 'GET' && ics) {
      const lang = new URLSearchParams(query).get('lang') ?? 'en'
      const known = webinars.some((webinar) => webinar.slug === ics[1])
      if (!known) return { status: 404, body: 'Not found' }
      return {
        status: 200,
        contentType: 'text/calendar; charset=utf-8',
        body: `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:${ics[1]}\r\nSUMMARY:${ics[1]} (${lang})\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      }
    }
    // One published event's file, as GET /events/:id.ics serves it; unknown or undated: 404.
    const eventIcs = /^\/events\/([a-z0-9-]+)\.ics$/.exec(path)
    if (request.method === 'GET' && eventIcs) {
      const lang = new URLSearchParams(query).get('lang') ?? 'en'
      const stored = published.get(eventIcs[1] ?? '')
      const event = stored === undefined ? null : (JSON.parse(stored) as Record<string, unknown>)
      if (!event || event.startDate === null) return { status: 404, body: 'Not found' }
      return {
        status: 200,
        contentType: 'text/calendar; charset=utf-8',
        body: `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:${eventIcs[1]}\r\nSUMMARY:${String(event.title)} (${lang})\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      }
    }
    if (!path.startsWith('/admin/')) return { status: 404, body: 'Not found' }
    if (!verify(request, pathWithQuery)) return unauthorized
    const body = parseBody(request)
    if (request.method === 'PUT' && path === '/admin/events') return publishEvents(body)
    if (request.method === 'PUT' && path === '/admin/webinars') return publishWebinars(body)
    if (request.method === 'GET' && path === '/admin/webinars')
      return { status: 200, json: { webinars } }
    if (request.method === 'GET' && path === '/admin/registrations')
      return registrations.page(new URLSearchParams(query), 'registrations')
    // GET /admin/proposals and /admin/suggestions send `{ items, nextCursor, hasMore }`.
    if (request.method === 'GET' && path === '/admin/proposals')
      return proposals.page(new URLSearchParams(query), 'items')
    if (request.method === 'GET' && path === '/admin/suggestions')
      return suggestions.page(new URLSearchParams(query), 'items')
    return { status: 404, json: { error: { code: 'not_found', message: 'Not found' } } }
  }

  const worker: FakeAdminWorker = {
    baseUrl,
    visits,
    calendarPuts,
    webinarPuts,
    registrations: registrations.items,
    proposals: proposals.items,
    suggestions: suggestions.items,
    handler(request) {
      const answer = intercept?.(request) ?? route(request)
      visits.push({
        method: request.method,
        pathWithQuery: request.url.slice(origin.length),
        signed: answer.status !== 401 && request.url.includes('/admin/'),
        status: answer.status,
      })
      return answer
    },
    register(fields) {
      return registrations.add((changeSeq, at) => ({
        changeSeq,
        arrival: ++arrival,
        status: 'registered',
        name: 'Zoë Saldaña',
        email: 'zoë@correo.example',
        emailKey: 'zoë@correo.example',
        country: 'DO',
        affiliation: null,
        language: 'es',
        consent: { given: true, textVersion: '2024-01' },
        createdAt: at,
        updatedAt: at,
        cancelledAt: null,
        promotedAt: null,
        erased: false,
        erasedAt: null,
        ...fields,
      }))
    },
    change: registrations.change,
    erase(id) {
      return worker.change(id, {
        name: null,
        email: null,
        emailKey: null,
        country: null,
        affiliation: null,
        status: 'cancelled',
        erased: true,
        erasedAt: instant(),
      })
    },
    intercept(next) {
      intercept = next
    },
    propose(fields) {
      return proposals.add((changeSeq, at) => ({
        changeSeq,
        title: 'Foro de Gobernanza de Internet de Bolivia',
        startDate: '2023-09-14',
        endDate: '2023-09-15',
        city: 'La Paz',
        country: 'BO',
        format: 'hybrid',
        url: 'https://igf.example.bo',
        why: 'Bolivia no tiene ALS todavía.',
        cropSuitable: true,
        proposerName: 'Ana Quispe Mamani',
        proposerEmail: 'ana@ejemplo.bo',
        proposerEmailKey: 'ana@ejemplo.bo',
        language: 'es',
        consent: { given: true, textVersion: '2024-01' },
        createdAt: at,
        updatedAt: at,
        erased: false,
        erasedAt: null,
        ...fields,
      }))
    },
    changeProposal: proposals.change,
    eraseProposer(id) {
      return worker.changeProposal(id, {
        proposerName: null,
        proposerEmail: null,
        proposerEmailKey: null,
        erased: true,
        erasedAt: instant(),
      })
    },
    suggest(fields) {
      return suggestions.add((changeSeq, at) => ({
        changeSeq,
        kind: 'organization',
        candidateName: 'Red de Telecentros de Honduras',
        organization: null,
        country: 'HN',
        contactEmail: 'contacto@telecentros.hn',
        contactEmailKey: 'contacto@telecentros.hn',
        contactOther: null,
        programme: 'als-accreditation',
        why: 'Forma a usuarios rurales; Honduras no tiene ALS.',
        contactBasis: 'public-professional',
        suggesterName: 'Luis Ortega',
        suggesterEmail: 'luis@ejemplo.org',
        suggesterEmailKey: 'luis@ejemplo.org',
        language: 'es',
        consent: { given: true, textVersion: '2024-01' },
        createdAt: at,
        updatedAt: at,
        erased: false,
        erasedAt: null,
        suggesterErased: false,
        ...fields,
      }))
    },
    changeSuggestion: suggestions.change,
    eraseCandidate(id) {
      return worker.changeSuggestion(id, {
        candidateName: null,
        organization: null,
        contactEmail: null,
        contactEmailKey: null,
        contactOther: null,
        why: null,
        suggesterName: null,
        suggesterEmail: null,
        suggesterEmailKey: null,
        erased: true,
        erasedAt: instant(),
      })
    },
    eraseSuggester(id) {
      return worker.changeSuggestion(id, {
        suggesterName: null,
        suggesterEmail: null,
        suggesterEmailKey: null,
        suggesterErased: true,
      })
    },
  }
  return worker
}
