// Queries on candidate suggestions: the rate-limited insert, the sync's change feed, erasure.
import type { Locale } from '../../../shared/i18n/locales'
import type {
  CandidateKind,
  CandidateSuggestion,
  ContactBasis,
  OutreachProgramme,
} from '../../../shared/schemas/candidate-suggestion'
import { changeFeedTable } from './change-feed-table'

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

const suggestions = changeFeedTable({
  name: 'candidate_suggestions',
  toColumns: (suggestion: NewSuggestion) => ({
    id: suggestion.id,
    kind: suggestion.kind,
    candidate_name: suggestion.candidateName,
    organization: suggestion.organization,
    country: suggestion.country,
    contact_email: suggestion.contactEmail,
    contact_email_key: suggestion.contactEmailKey,
    contact_other: suggestion.contactOther,
    programme: suggestion.programme,
    why: suggestion.why,
    contact_basis: suggestion.contactBasis,
    suggester_name: suggestion.suggesterName,
    suggester_email: suggestion.suggesterEmail,
    suggester_email_key: suggestion.suggesterEmailKey,
    language: suggestion.language,
    consent_version: suggestion.consentVersion,
  }),
  columns: ROW_COLUMNS,
  toChange: toSuggestion,
})

// The candidate asked to be forgotten: everything personal goes, the suggester's data too
// (it only exists to explain this suggestion).
const ERASE_ALL = `candidate_name = NULL, organization = NULL, contact_email = NULL,
  contact_email_key = NULL, contact_other = NULL, why = NULL, suggester_name = NULL,
  suggester_email = NULL, suggester_email_key = NULL, erased_at = ?2, updated_at = ?2`

/**
 * Stores a suggestion with the next change number, counted against the rate window in the
 * same transaction (stored only while within the limit).
 *
 * @example
 * const outcome = await insertSuggestion(db, suggestion, { now: new Date(), rateWindow })
 */
export const insertSuggestion = suggestions.insert

/**
 * The suggestions changed after change number `after`, in change order, at most `limit`.
 *
 * @example
 * const page = await listSuggestionChanges(db, { after: 0, limit: 100 })
 */
export const listSuggestionChanges = suggestions.listChanges

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
    db
      .prepare(suggestions.renumberingUpdate(ERASE_ALL, 'contact_email_key = ?1'))
      .bind(emailKey, nowIso),
    db
      .prepare(
        suggestions.renumberingUpdate(
          `suggester_name = NULL, suggester_email = NULL, suggester_email_key = NULL,
           suggester_erased_at = ?2, updated_at = ?2`,
          'suggester_email_key = ?1'
        )
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
    .prepare(suggestions.renumberingUpdate(ERASE_ALL, 'id = ?1 AND erased_at IS NULL'))
    .bind(id, now.toISOString())
    .all()
  return { erased: results.length }
}
