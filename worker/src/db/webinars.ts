// Queries on the webinars: publish the whole set, read one or all with their seat counts.
import type { Webinar } from '../../../shared/schemas/webinar'
import { fillFreeSeatsStatement } from './registrations'

/** A webinar as stored, with how many people hold a seat or wait for one. */
export interface StoredWebinar {
  webinar: Webinar
  registered: number
  waitlisted: number
  createdAt: string
  updatedAt: string
  /** When a publish stopped listing it; null while it is published. */
  archivedAt: string | null
}

/** What a publish did, slug by slug, and how many waiting people it gave a seat. */
export interface WebinarPublishResult {
  added: string[]
  changed: string[]
  unchanged: string[]
  archived: string[]
  promoted: number
}

interface WebinarRow {
  slug: string
  webinar_json: string
  created_at: string
  updated_at: string
  archived_at: string | null
  registered: number
  waitlisted: number
}

const SELECT_WITH_SEATS = `
  SELECT w.slug, w.webinar_json, w.created_at, w.updated_at, w.archived_at,
    (SELECT count(*) FROM registrations r
      WHERE r.webinar_slug = w.slug AND r.status = 'registered') AS registered,
    (SELECT count(*) FROM registrations r
      WHERE r.webinar_slug = w.slug AND r.status = 'waitlisted') AS waitlisted
  FROM webinars w`

function toStoredWebinar(row: WebinarRow): StoredWebinar {
  return {
    webinar: JSON.parse(row.webinar_json) as Webinar,
    registered: row.registered,
    waitlisted: row.waitlisted,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  }
}

/**
 * One webinar with its seat counts, or null when there is none by that slug. An archived
 * webinar is found only with `includeArchived`.
 *
 * @example
 * const stored = await getWebinar(c.env.DB, 'dnssec-2023')
 * if (!stored) throw new ApiError(404, { code: 'webinar_not_found', messageKey: 'registration.notFound' })
 */
export async function getWebinar(
  db: D1Database,
  slug: string,
  options: { includeArchived?: boolean } = {}
): Promise<StoredWebinar | null> {
  const row = await db
    .prepare(`${SELECT_WITH_SEATS} WHERE w.slug = ?1 AND (?2 OR w.archived_at IS NULL)`)
    .bind(slug, options.includeArchived ? 1 : 0)
    .first<WebinarRow>()
  return row ? toStoredWebinar(row) : null
}

/**
 * Every published webinar (and the archived ones with `includeArchived`), soonest first.
 *
 * @example
 * const webinars = await listWebinars(c.env.DB)
 */
export async function listWebinars(
  db: D1Database,
  options: { includeArchived?: boolean } = {}
): Promise<StoredWebinar[]> {
  const { results } = await db
    .prepare(
      `${SELECT_WITH_SEATS} WHERE ?1 OR w.archived_at IS NULL ORDER BY w.starts_at_ms, w.slug`
    )
    .bind(options.includeArchived ? 1 : 0)
    .all<WebinarRow>()
  return results.map(toStoredWebinar)
}

/**
 * Makes `webinars` the published set, in one D1 batch (one transaction): each is inserted or
 * updated, any other published webinar is archived (its registrations stay), and where a
 * capacity grew the first people on the waiting list get the new seats. Nobody loses a seat
 * when a capacity shrinks; newcomers wait until the count is below it again.
 *
 * @example
 * const result = await publishWebinars(c.env.DB, snapshot.webinars, new Date())
 * // { added: ['dnssec-2026'], changed: [], unchanged: [], archived: ['ua-2025'], promoted: 0 }
 */
export async function publishWebinars(
  db: D1Database,
  webinars: readonly Webinar[],
  now: Date
): Promise<WebinarPublishResult> {
  const nowIso = now.toISOString()
  const { results: current } = await db
    .prepare('SELECT slug, webinar_json, archived_at FROM webinars')
    .all<Pick<WebinarRow, 'slug' | 'webinar_json' | 'archived_at'>>()
  const currentBySlug = new Map(current.map((row) => [row.slug, row]))
  const rows = webinars.map((webinar) => ({
    slug: webinar.slug,
    json: JSON.stringify(webinar),
    capacity: webinar.capacity,
    startsAtMs: Date.parse(webinar.start),
    opensMs: Date.parse(webinar.registrationOpens),
    closesMs: Date.parse(webinar.registrationCloses),
  }))

  const result: WebinarPublishResult = {
    added: [],
    changed: [],
    unchanged: [],
    archived: [],
    promoted: 0,
  }
  for (const row of rows) {
    const existing = currentBySlug.get(row.slug)
    if (!existing) result.added.push(row.slug)
    else if (existing.webinar_json !== row.json || existing.archived_at !== null)
      result.changed.push(row.slug)
    else result.unchanged.push(row.slug)
  }
  const published = new Set(rows.map((row) => row.slug))
  result.archived = current
    .filter((row) => row.archived_at === null && !published.has(row.slug))
    .map((row) => row.slug)

  // The whole set travels as one JSON parameter: D1 binds at most 100 parameters per
  // statement, and one statement per webinar would count against the per-request query limit.
  const list = JSON.stringify(rows)
  const [, , filled] = await db.batch([
    db
      .prepare(
        `INSERT INTO webinars (slug, webinar_json, capacity, starts_at_ms, registration_opens_ms,
           registration_closes_ms, created_at, updated_at, archived_at)
         SELECT value ->> '$.slug', value ->> '$.json', value ->> '$.capacity',
           value ->> '$.startsAtMs', value ->> '$.opensMs', value ->> '$.closesMs', ?2, ?2, NULL
         FROM json_each(?1) WHERE true
         ON CONFLICT (slug) DO UPDATE SET
           updated_at = CASE
             WHEN webinar_json IS NOT excluded.webinar_json OR archived_at IS NOT NULL
             THEN excluded.updated_at ELSE updated_at END,
           webinar_json = excluded.webinar_json,
           capacity = excluded.capacity,
           starts_at_ms = excluded.starts_at_ms,
           registration_opens_ms = excluded.registration_opens_ms,
           registration_closes_ms = excluded.registration_closes_ms,
           archived_at = NULL`
      )
      .bind(list, nowIso),
    db
      .prepare(
        `UPDATE webinars SET archived_at = ?2, updated_at = ?2
         WHERE archived_at IS NULL AND slug NOT IN (SELECT value ->> '$.slug' FROM json_each(?1))`
      )
      .bind(list, nowIso),
    fillFreeSeatsStatement(db, { slug: null, now }),
  ])
  result.promoted = filled?.results.length ?? 0
  return result
}
