// Queries on candidate suggestions: the rate-limited insert, the sync's change feed, erasure.
import type { Locale } from '../../../shared/i18n/locales'
import type {
  CandidateKind,
  CandidateSuggestion,
  ContactBasis,
  OutreachProgramme,
} from '../../../shared/schemas/candidate-suggestion'
import {
  countedInsert,
  type RateWindow,
  withinLimitCondition,
  withinLimitValues,
} from './rate-limits'

/** A suggestion to store, as the form gave it. */
export interface NewSuggestion {
  id: string
  kind: CandidateKind
  candidateName: string
  organization: string | null
  country: string
  contactEmail: string | null
  contactEmailKey: string | null
  contactOther: string | null
  programme: OutreachProgramme
  why: string
  contactBasis: ContactBasis
  suggesterName: string
  suggesterEmail: string
  suggesterEmailKey: string
  language: Locale
  consentVersion: string
}

export type SuggestionInsertOutcome =
  | { kind: 'stored'; changeSeq: number }
  /** The client had already used up its posts for the window; nothing was stored. */
  | { kind: 'rate-limited' }

interface SuggestionRow {
  id: string
  kind: CandidateKind
  candidate_name: string | null
  organization: string | null
  country: string
  contact_email: string | null
  contact_email_key: string | null
  contact_other: string | null
  programme: OutreachProgramme
  why: string | null
  contact_basis: ContactBasis
  suggester_name: string | null
  suggester_email: string | null
  suggester_email_key: string | null
  language: Locale
  consent_version: string
  change_seq: number
  created_at: string
  updated_at: string
  erased_at: string | null
  suggester_erased_at: string | null
}

const ROW_COLUMNS = `id, kind, candidate_name, organization, country, contact_email,
  contact_email_key, contact_other, programme, why, contact_basis, suggester_name,
  suggester_email, suggester_email_key, language, consent_version, change_seq, created_at,
  updated_at, erased_at, suggester_erased_at`

// One more than the largest change number (see db/proposals.ts).
const NEXT_CHANGE_SEQ = '(SELECT coalesce(max(change_seq), 0) + 1 FROM candidate_suggestions)'

// Every row `matching` selects gets its own new change number, in arrival order.
function renumbered(matching: string): string {
  return `FROM (SELECT coalesce(max(change_seq), 0) AS base FROM candidate_suggestions) AS seq,
    (SELECT id, row_number() OVER (ORDER BY arrival) AS rank
     FROM candidate_suggestions WHERE ${matching}) AS changed
  WHERE candidate_suggestions.id = changed.id
  RETURNING candidate_suggestions.id`
}

// The candidate asked to be forgotten: everything personal goes, the suggester's data too
// (it only exists to explain this suggestion).
const ERASE_ALL = `UPDATE candidate_suggestions
  SET candidate_name = NULL, organization = NULL, contact_email = NULL, contact_email_key = NULL,
    contact_other = NULL, why = NULL, suggester_name = NULL, suggester_email = NULL,
    suggester_email_key = NULL, erased_at = ?2, updated_at = ?2,
    change_seq = seq.base + changed.rank`

function toSuggestion(row: SuggestionRow): CandidateSuggestion {
  return {
    id: row.id,
    changeSeq: row.change_seq,
    kind: row.kind,
    candidateName: row.candidate_name,
    organization: row.organization,
    country: row.country,
    contactEmail: row.contact_email,
    contactEmailKey: row.contact_email_key,
    contactOther: row.contact_other,
    programme: row.programme,
    why: row.why,
    contactBasis: row.contact_basis,
    suggesterName: row.suggester_name,
    suggesterEmail: row.suggester_email,
    suggesterEmailKey: row.suggester_email_key,
    language: row.language,
    consent: { given: true, textVersion: row.consent_version },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    erased: row.erased_at !== null,
    erasedAt: row.erased_at,
    suggesterErased: row.erased_at !== null || row.suggester_erased_at !== null,
  }
}

/**
 * Stores a suggestion with the next change number, counted against the rate window in the
 * same transaction (stored only while within the limit).
 *
 * @example
 * const outcome = await insertSuggestion(db, suggestion, { now: new Date(), rateWindow })
 */
export async function insertSuggestion(
  db: D1Database,
  suggestion: NewSuggestion,
  options: { now: Date; rateWindow?: RateWindow | null }
): Promise<SuggestionInsertOutcome> {
  const window = options.rateWindow ?? null
  const insert = db
    .prepare(
      `INSERT INTO candidate_suggestions (id, kind, candidate_name, organization, country,
         contact_email, contact_email_key, contact_other, programme, why, contact_basis,
         suggester_name, suggester_email, suggester_email_key, language, consent_version,
         change_seq, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
         ${NEXT_CHANGE_SEQ}, ?17, ?17
       WHERE ${withinLimitCondition(18)}
       RETURNING change_seq`
    )
    .bind(
      suggestion.id,
      suggestion.kind,
      suggestion.candidateName,
      suggestion.organization,
      suggestion.country,
      suggestion.contactEmail,
      suggestion.contactEmailKey,
      suggestion.contactOther,
      suggestion.programme,
      suggestion.why,
      suggestion.contactBasis,
      suggestion.suggesterName,
      suggestion.suggesterEmail,
      suggestion.suggesterEmailKey,
      suggestion.language,
      suggestion.consentVersion,
      options.now.toISOString(),
      ...withinLimitValues(window)
    )
  const { rows } = await countedInsert<{ change_seq: number }>(db, window, insert)
  const [row] = rows
  return row ? { kind: 'stored', changeSeq: row.change_seq } : { kind: 'rate-limited' }
}

/**
 * The suggestions changed after change number `after`, in change order, at most `limit`.
 *
 * @example
 * const page = await listSuggestionChanges(db, { after: 0, limit: 100 })
 */
export async function listSuggestionChanges(
  db: D1Database,
  options: { after: number; limit: number }
): Promise<{ changes: CandidateSuggestion[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM candidate_suggestions WHERE change_seq > ?1
       ORDER BY change_seq LIMIT ?2`
    )
    .bind(options.after, options.limit + 1)
    .all<SuggestionRow>()
  return {
    changes: results.slice(0, options.limit).map(toSuggestion),
    hasMore: results.length > options.limit,
  }
}

/**
 * Erases a person, found by email comparison key, from every suggestion, in one batch:
 * where they are the candidate, the whole suggestion is emptied (`erased`); where they are
 * the suggester, only their name and email go (`suggesterErased`). Each changed row gets a
 * new change number, so the sync takes the change.
 *
 * @example
 * await eraseSuggestionsByEmailKey(db, 'contacto@telecentros.hn', new Date())
 * // { erased: 1, suggesterErased: 0 }
 */
export async function eraseSuggestionsByEmailKey(
  db: D1Database,
  emailKey: string,
  now: Date
): Promise<{ erased: number; suggesterErased: number }> {
  const nowIso = now.toISOString()
  const [candidate, suggester] = await db.batch([
    db.prepare(`${ERASE_ALL} ${renumbered('contact_email_key = ?1')}`).bind(emailKey, nowIso),
    db
      .prepare(
        `UPDATE candidate_suggestions
         SET suggester_name = NULL, suggester_email = NULL, suggester_email_key = NULL,
           suggester_erased_at = ?2, updated_at = ?2, change_seq = seq.base + changed.rank
         ${renumbered('suggester_email_key = ?1')}`
      )
      .bind(emailKey, nowIso),
  ])
  return {
    erased: candidate?.results.length ?? 0,
    suggesterErased: suggester?.results.length ?? 0,
  }
}

/**
 * Erases one suggestion by its id, for a candidate who gave no email address: every personal
 * field becomes NULL. Answers how many were erased (0 for an unknown or already erased id).
 *
 * @example
 * await eraseSuggestionById(db, '5d7c2a4e-…', new Date()) // { erased: 1 }
 */
export async function eraseSuggestionById(
  db: D1Database,
  id: string,
  now: Date
): Promise<{ erased: number }> {
  const { results } = await db
    .prepare(`${ERASE_ALL} ${renumbered('id = ?1 AND erased_at IS NULL')}`)
    .bind(id, now.toISOString())
    .all()
  return { erased: results.length }
}
