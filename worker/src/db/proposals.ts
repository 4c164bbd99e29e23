// Queries on event proposals: the rate-limited insert, the sync's change feed, erasure.
import type { Locale } from '../../../shared/i18n/locales'
import type { EventProposal } from '../../../shared/schemas/event-proposal'
import type { EventFormat } from '../../../shared/schemas/event-values'
import { changeFeedTable } from './change-feed-table'

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

const proposals = changeFeedTable({
  name: 'event_proposals',
  toColumns: (proposal: NewProposal) => ({
    id: proposal.id,
    title: proposal.title,
    start_date: proposal.startDate,
    end_date: proposal.endDate,
    city: proposal.city,
    country: proposal.country,
    format: proposal.format,
    url: proposal.url,
    why: proposal.why,
    crop_suitable: proposal.cropSuitable ? 1 : 0,
    proposer_name: proposal.proposerName,
    proposer_email: proposal.proposerEmail,
    proposer_email_key: proposal.proposerEmailKey,
    language: proposal.language,
    consent_version: proposal.consentVersion,
  }),
  columns: ROW_COLUMNS,
  toChange: toProposal,
})

/**
 * Stores a proposal with the next change number. With a rate window, the post is counted in
 * the same transaction and the row is stored only while the count is within the limit.
 *
 * @example
 * const outcome = await insertProposal(db, proposal, { now: new Date(), rateWindow })
 */
export const insertProposal = proposals.insert

/**
 * The proposals changed after change number `after`, in change order, at most `limit`. A row
 * changed again later (its proposer erased) appears again later, never twice on a page.
 *
 * @example
 * const page = await listProposalChanges(db, { after: 0, limit: 100 })
 * // { changes: [...], hasMore: false }
 */
export const listProposalChanges = proposals.listChanges

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
      proposals.renumberingUpdate(
        `proposer_name = NULL, proposer_email = NULL, proposer_email_key = NULL,
         erased_at = ?2, updated_at = ?2`,
        'proposer_email_key = ?1'
      )
    )
    .bind(emailKey, now.toISOString())
    .all()
  return { erased: results.length }
}
