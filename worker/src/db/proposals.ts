// Queries on event proposals: the rate-limited insert, the sync's change feed, erasure.
import type { Locale } from '../../../shared/i18n/locales'
import type { EventProposal } from '../../../shared/schemas/event-proposal'
import type { EventFormat } from '../../../shared/schemas/event-values'
import {
  countedInsert,
  type RateWindow,
  withinLimitCondition,
  withinLimitValues,
} from './rate-limits'

/** A proposal to store, as the form gave it. */
export interface NewProposal {
  id: string
  title: string
  startDate: string
  endDate: string | null
  city: string | null
  country: string
  format: EventFormat
  url: string | null
  why: string
  cropSuitable: boolean
  proposerName: string
  proposerEmail: string
  proposerEmailKey: string
  language: Locale
  consentVersion: string
}

export type ProposalInsertOutcome =
  | { kind: 'stored'; changeSeq: number }
  /** The client had already used up its posts for the window; nothing was stored. */
  | { kind: 'rate-limited' }

interface ProposalRow {
  id: string
  title: string
  start_date: string
  end_date: string | null
  city: string | null
  country: string
  format: EventFormat
  url: string | null
  why: string
  crop_suitable: number
  proposer_name: string | null
  proposer_email: string | null
  proposer_email_key: string | null
  language: Locale
  consent_version: string
  change_seq: number
  created_at: string
  updated_at: string
  erased_at: string | null
}

const ROW_COLUMNS = `id, title, start_date, end_date, city, country, format, url, why, crop_suitable,
  proposer_name, proposer_email, proposer_email_key, language, consent_version, change_seq,
  created_at, updated_at, erased_at`

// One more than the largest change number. D1 runs one statement at a time, so no two
// statements can read the same largest number.
const NEXT_CHANGE_SEQ = '(SELECT coalesce(max(change_seq), 0) + 1 FROM event_proposals)'

function toProposal(row: ProposalRow): EventProposal {
  return {
    id: row.id,
    changeSeq: row.change_seq,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    city: row.city,
    country: row.country,
    format: row.format,
    url: row.url,
    why: row.why,
    cropSuitable: row.crop_suitable === 1,
    proposerName: row.proposer_name,
    proposerEmail: row.proposer_email,
    proposerEmailKey: row.proposer_email_key,
    language: row.language,
    consent: { given: true, textVersion: row.consent_version },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    erased: row.erased_at !== null,
    erasedAt: row.erased_at,
  }
}

/**
 * Stores a proposal with the next change number. With a rate window, the post is counted in
 * the same transaction and the row is stored only while the count is within the limit.
 *
 * @example
 * const outcome = await insertProposal(db, proposal, { now: new Date(), rateWindow })
 */
export async function insertProposal(
  db: D1Database,
  proposal: NewProposal,
  options: { now: Date; rateWindow?: RateWindow | null }
): Promise<ProposalInsertOutcome> {
  const window = options.rateWindow ?? null
  const insert = db
    .prepare(
      `INSERT INTO event_proposals (id, title, start_date, end_date, city, country, format, url,
         why, crop_suitable, proposer_name, proposer_email, proposer_email_key, language,
         consent_version, change_seq, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
         ${NEXT_CHANGE_SEQ}, ?16, ?16
       WHERE ${withinLimitCondition(17)}
       RETURNING change_seq`
    )
    .bind(
      proposal.id,
      proposal.title,
      proposal.startDate,
      proposal.endDate,
      proposal.city,
      proposal.country,
      proposal.format,
      proposal.url,
      proposal.why,
      proposal.cropSuitable ? 1 : 0,
      proposal.proposerName,
      proposal.proposerEmail,
      proposal.proposerEmailKey,
      proposal.language,
      proposal.consentVersion,
      options.now.toISOString(),
      ...withinLimitValues(window)
    )
  const { rows } = await countedInsert<{ change_seq: number }>(db, window, insert)
  const [row] = rows
  return row ? { kind: 'stored', changeSeq: row.change_seq } : { kind: 'rate-limited' }
}

/**
 * The proposals changed after change number `after`, in change order, at most `limit`. A row
 * changed again later (its proposer erased) appears again later, never twice on a page.
 *
 * @example
 * const page = await listProposalChanges(db, { after: 0, limit: 100 })
 * // { changes: [...], hasMore: false }
 */
export async function listProposalChanges(
  db: D1Database,
  options: { after: number; limit: number }
): Promise<{ changes: EventProposal[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM event_proposals WHERE change_seq > ?1
       ORDER BY change_seq LIMIT ?2`
    )
    .bind(options.after, options.limit + 1)
    .all<ProposalRow>()
  return {
    changes: results.slice(0, options.limit).map(toProposal),
    hasMore: results.length > options.limit,
  }
}

/**
 * Erases a proposer, found by email comparison key, from every proposal they made: their
 * name and email become NULL, the event stays, and each row gets a new change number so the
 * sync takes the change. Answers how many proposals were changed.
 *
 * @example
 * await eraseProposalsByEmailKey(db, 'josé@ejemplo.com', new Date()) // { erased: 2 }
 */
export async function eraseProposalsByEmailKey(
  db: D1Database,
  emailKey: string,
  now: Date
): Promise<{ erased: number }> {
  const { results } = await db
    .prepare(
      `UPDATE event_proposals
       SET proposer_name = NULL, proposer_email = NULL, proposer_email_key = NULL,
         erased_at = ?2, updated_at = ?2, change_seq = seq.base + person.rank
       FROM (SELECT coalesce(max(change_seq), 0) AS base FROM event_proposals) AS seq,
         (SELECT id, row_number() OVER (ORDER BY arrival) AS rank
          FROM event_proposals WHERE proposer_email_key = ?1) AS person
       WHERE event_proposals.id = person.id
       RETURNING event_proposals.id`
    )
    .bind(emailKey, now.toISOString())
    .all()
  return { erased: results.length }
}
