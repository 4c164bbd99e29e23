// Queries on registrations: the atomic seat decision, cancel and promote, the sync feed, erasure.
import type { Locale } from '../../../shared/i18n/locales'
import type { RegistrationStatus } from '../../../shared/schemas/registration'
import {
  countedInsert,
  type RateWindow,
  withinLimitCondition,
  withinLimitValues,
} from './rate-limits'

/** A registration to store; its status is decided by the insert itself. */
export interface NewRegistration {
  id: string
  webinarSlug: string
  name: string
  email: string
  emailKey: string
  country: string
  affiliation: string | null
  language: Locale
  consentVersion: string
  cancelTokenHash: string
}

export type InsertOutcome =
  | {
      kind: 'stored'
      status: Exclude<RegistrationStatus, 'cancelled'>
      arrival: number
      changeSeq: number
    }
  | { kind: 'duplicate' }
  /** The client had already used up its posts for the window; nothing was stored. */
  | { kind: 'rate-limited' }
  /** No published webinar by that slug whose registration window holds `now`. */
  | { kind: 'unavailable' }

/**
 * One registration as the sync sees it: every column, personal data included. An erased
 * registration keeps only what identifies the row (`erased: true`, personal fields null), so
 * the sync can remove it from the sheet.
 */
export interface RegistrationChange {
  id: string
  webinarSlug: string
  /** The change sequence: the cursor of `GET /admin/registrations?after=`. */
  changeSeq: number
  /** Arrival order across all webinars: the waiting list is served in this order. */
  arrival: number
  status: RegistrationStatus
  name: string | null
  email: string | null
  emailKey: string | null
  country: string | null
  affiliation: string | null
  language: Locale
  consent: { given: true; textVersion: string }
  createdAt: string
  updatedAt: string
  cancelledAt: string | null
  promotedAt: string | null
  erased: boolean
  erasedAt: string | null
}

interface RegistrationRow {
  arrival: number
  id: string
  webinar_slug: string
  name: string | null
  email: string | null
  email_key: string | null
  country: string | null
  affiliation: string | null
  language: Locale
  consent_version: string
  status: RegistrationStatus
  change_seq: number
  created_at: string
  updated_at: string
  cancelled_at: string | null
  promoted_at: string | null
  erased_at: string | null
}

const ROW_COLUMNS = `arrival, id, webinar_slug, name, email, email_key, country, affiliation,
  language, consent_version, status, change_seq, created_at, updated_at, cancelled_at,
  promoted_at, erased_at`

// The next change number: one more than the largest. D1 runs one statement at a time, so
// no two statements can read the same largest number.
const NEXT_CHANGE_SEQ = '(SELECT coalesce(max(change_seq), 0) + 1 FROM registrations)'

const LIVE = "('registered', 'waitlisted')"

function toChange(row: RegistrationRow): RegistrationChange {
  return {
    id: row.id,
    webinarSlug: row.webinar_slug,
    changeSeq: row.change_seq,
    arrival: row.arrival,
    status: row.status,
    name: row.name,
    email: row.email,
    emailKey: row.email_key,
    country: row.country,
    affiliation: row.affiliation,
    language: row.language,
    consent: { given: true, textVersion: row.consent_version },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
    promotedAt: row.promoted_at,
    erased: row.erased_at !== null,
    erasedAt: row.erased_at,
  }
}

/**
 * Stores a registration, deciding its status in the same single SQL statement: 'registered'
 * while fewer than the capacity hold a seat and nobody waits, else 'waitlisted'. Because the
 * count and the insert are one statement, simultaneous submissions can never overfill a
 * webinar. The same person (by email key) twice for one webinar is stopped by a unique index.
 * With a rate window, the post is counted in the same transaction and stored only while the
 * count is within the limit: one write per registration.
 *
 * @example
 * const outcome = await insertRegistration(db, registration, { now: new Date(), rateWindow })
 * if (outcome.kind === 'stored') outcome.status // 'registered' | 'waitlisted'
 */
export async function insertRegistration(
  db: D1Database,
  registration: NewRegistration,
  options: { now: Date; rateWindow?: RateWindow | null }
): Promise<InsertOutcome> {
  const { now } = options
  const window = options.rateWindow ?? null
  const insert = db
    .prepare(
      `INSERT INTO registrations (id, webinar_slug, name, email, email_key, country, affiliation,
         language, consent_version, status, cancel_token_hash, change_seq, created_at, updated_at)
       SELECT ?1, w.slug, ?2, ?3, ?4, ?5, ?6, ?7, ?8,
         CASE WHEN (SELECT count(*) FROM registrations r
                     WHERE r.webinar_slug = w.slug AND r.status = 'registered') < w.capacity
                AND NOT EXISTS (SELECT 1 FROM registrations r
                     WHERE r.webinar_slug = w.slug AND r.status = 'waitlisted')
              THEN 'registered' ELSE 'waitlisted' END,
         ?9, ${NEXT_CHANGE_SEQ}, ?10, ?10
       FROM webinars w
       WHERE w.slug = ?11 AND w.archived_at IS NULL
         AND w.registration_opens_ms <= ?12 AND ?12 < w.registration_closes_ms
         AND ${withinLimitCondition(13)}
       ON CONFLICT (webinar_slug, email_key) WHERE status IN ${LIVE} DO NOTHING
       RETURNING status, arrival, change_seq`
    )
    .bind(
      registration.id,
      registration.name,
      registration.email,
      registration.emailKey,
      registration.country,
      registration.affiliation,
      registration.language,
      registration.consentVersion,
      registration.cancelTokenHash,
      now.toISOString(),
      registration.webinarSlug,
      now.getTime(),
      ...withinLimitValues(window)
    )
  const { rows, overLimit } = await countedInsert<{
    status: 'registered' | 'waitlisted'
    arrival: number
    change_seq: number
  }>(db, window, insert)
  const [row] = rows
  if (row)
    return { kind: 'stored', status: row.status, arrival: row.arrival, changeSeq: row.change_seq }
  if (overLimit) return { kind: 'rate-limited' }
  const live = await db
    .prepare(
      `SELECT 1 AS found FROM registrations
       WHERE webinar_slug = ?1 AND email_key = ?2 AND status IN ${LIVE}`
    )
    .bind(registration.webinarSlug, registration.emailKey)
    .first()
  return live ? { kind: 'duplicate' } : { kind: 'unavailable' }
}

/**
 * A statement that gives every free seat to the first people on the waiting list, in arrival
 * order, for one webinar (or all published webinars when `slug` is null). Each promoted row
 * gets its own new change number. Put it in the same batch as the change that freed the
 * seats, so both happen or neither does.
 *
 * @example
 * await db.batch([cancelStatement, fillFreeSeatsStatement(db, { slug: 'dnssec-2023', now })])
 */
export function fillFreeSeatsStatement(
  db: D1Database,
  options: { slug: string | null; now: Date }
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE registrations
       SET status = 'registered', change_seq = seq.base + promoted.rank,
         promoted_at = ?1, updated_at = ?1
       FROM (SELECT coalesce(max(change_seq), 0) AS base FROM registrations) AS seq,
         (SELECT id, row_number() OVER (ORDER BY arrival) AS rank
          FROM (SELECT r.id, r.arrival,
                  row_number() OVER (PARTITION BY r.webinar_slug ORDER BY r.arrival) AS place,
                  w.capacity - (SELECT count(*) FROM registrations x
                    WHERE x.webinar_slug = r.webinar_slug AND x.status = 'registered') AS free
                FROM registrations r JOIN webinars w ON w.slug = r.webinar_slug
                WHERE r.status = 'waitlisted' AND w.archived_at IS NULL
                  AND (?2 IS NULL OR r.webinar_slug = ?2))
          WHERE place <= free) AS promoted
       WHERE registrations.id = promoted.id
       RETURNING registrations.id`
    )
    .bind(options.now.toISOString(), options.slug)
}

/**
 * The registration whose cancellation token hashes to `tokenHash`, or null (unknown, or
 * erased: erasure forgets the hash).
 *
 * @example
 * const change = await findByTokenHash(db, await hashCancelToken(token))
 */
export async function findByTokenHash(
  db: D1Database,
  tokenHash: string
): Promise<RegistrationChange | null> {
  const row = await db
    .prepare(`SELECT ${ROW_COLUMNS} FROM registrations WHERE cancel_token_hash = ?1`)
    .bind(tokenHash)
    .first<RegistrationRow>()
  return row ? toChange(row) : null
}

export type CancelOutcome =
  | { kind: 'cancelled'; registration: RegistrationChange; promoted: number }
  | { kind: 'already-cancelled'; registration: RegistrationChange }
  | { kind: 'not-found' }

/**
 * Cancels the registration whose cancellation token hashes to `tokenHash`, and in the same
 * batch gives the freed seat (if it was one) to the first person waiting.
 *
 * @example
 * const outcome = await cancelByTokenHash(db, await sha256Hex(token), new Date())
 */
export async function cancelByTokenHash(
  db: D1Database,
  tokenHash: string,
  now: Date
): Promise<CancelOutcome> {
  const found = await findByTokenHash(db, tokenHash)
  if (!found) return { kind: 'not-found' }
  if (found.status === 'cancelled') return { kind: 'already-cancelled', registration: found }
  const nowIso = now.toISOString()
  const [cancelled, filled] = await db.batch<RegistrationRow | { id: string }>([
    db
      .prepare(
        `UPDATE registrations
         SET status = 'cancelled', change_seq = ${NEXT_CHANGE_SEQ}, cancelled_at = ?2, updated_at = ?2
         WHERE cancel_token_hash = ?1 AND status IN ${LIVE}
         RETURNING ${ROW_COLUMNS}`
      )
      .bind(tokenHash, nowIso),
    fillFreeSeatsStatement(db, { slug: found.webinarSlug, now }),
  ])
  const row = cancelled?.results[0] as RegistrationRow | undefined
  // Cancelled by a simultaneous request between the read and the batch.
  if (!row) return { kind: 'already-cancelled', registration: { ...found, status: 'cancelled' } }
  return { kind: 'cancelled', registration: toChange(row), promoted: filled?.results.length ?? 0 }
}

/**
 * The registrations changed after change number `after`, in change order, at most `limit`.
 * A row changed again later appears again later (with its new state), never twice on a page.
 *
 * @example
 * const page = await listRegistrationChanges(db, { after: 0, limit: 100 })
 * // { changes: [...], hasMore: false }
 */
export async function listRegistrationChanges(
  db: D1Database,
  options: { after: number; limit: number }
): Promise<{ changes: RegistrationChange[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM registrations WHERE change_seq > ?1 ORDER BY change_seq LIMIT ?2`
    )
    .bind(options.after, options.limit + 1)
    .all<RegistrationRow>()
  return {
    changes: results.slice(0, options.limit).map(toChange),
    hasMore: results.length > options.limit,
  }
}

/**
 * Erases a person's registrations in every webinar, found by email comparison key: the
 * personal fields become NULL, the row stays as a cancelled tombstone with a new change
 * number (so the sync removes it from the sheet), and freed seats go to the waiting list,
 * all in one batch. Answers how many registrations were erased.
 *
 * @example
 * await eraseRegistrationsByEmailKey(db, 'josé@ejemplo.com', new Date()) // { erased: 2, promoted: 1 }
 */
export async function eraseRegistrationsByEmailKey(
  db: D1Database,
  emailKey: string,
  now: Date
): Promise<{ erased: number; promoted: number }> {
  const nowIso = now.toISOString()
  const [erased, filled] = await db.batch([
    db
      .prepare(
        `UPDATE registrations
         SET name = NULL, email = NULL, email_key = NULL, country = NULL, affiliation = NULL,
           cancel_token_hash = NULL, status = 'cancelled',
           cancelled_at = coalesce(cancelled_at, ?2), erased_at = ?2, updated_at = ?2,
           change_seq = seq.base + person.rank
         FROM (SELECT coalesce(max(change_seq), 0) AS base FROM registrations) AS seq,
           (SELECT id, row_number() OVER (ORDER BY arrival) AS rank
            FROM registrations WHERE email_key = ?1) AS person
         WHERE registrations.id = person.id
         RETURNING registrations.id`
      )
      .bind(emailKey, nowIso),
    fillFreeSeatsStatement(db, { slug: null, now }),
  ])
  return { erased: erased?.results.length ?? 0, promoted: filled?.results.length ?? 0 }
}

/**
 * How many registrations a webinar has in each status (all webinars when `slug` is omitted).
 *
 * @example
 * await countRegistrations(db, 'dnssec-2023') // { registered: 50, waitlisted: 3, cancelled: 1, total: 54 }
 */
export async function countRegistrations(
  db: D1Database,
  slug?: string
): Promise<Record<RegistrationStatus | 'total', number>> {
  const row = await db
    .prepare(
      `SELECT count(*) AS total,
         coalesce(sum(status = 'registered'), 0) AS registered,
         coalesce(sum(status = 'waitlisted'), 0) AS waitlisted,
         coalesce(sum(status = 'cancelled'), 0) AS cancelled
       FROM registrations WHERE ?1 IS NULL OR webinar_slug = ?1`
    )
    .bind(slug ?? null)
    .first<Record<RegistrationStatus | 'total', number>>()
  return row ?? { registered: 0, waitlisted: 0, cancelled: 0, total: 0 }
}
