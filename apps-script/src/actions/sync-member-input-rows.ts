// What the member input sync writes: a proposal as its Proposals row and its 'proposed' Events
// row, a suggestion as its Prospects row; each split into the cells the Worker owns (rewritten
// when the item changes) and those written once, when the row is added, and then left to staff.
import { inferCategory } from '../../../shared/calendar-import/infer-category'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { countryByCode } from '../../../shared/reference/countries'
import type { CandidateSuggestion } from '../../../shared/schemas/candidate-suggestion'
import type { EventProposal } from '../../../shared/schemas/event-proposal'
import { recordToRow } from '../../../shared/workbook/tabs'
import { isoDateInZone } from '../../../shared/workbook/zoned-date'
import type { CellValue } from '../workbook/workbook'

type Cells = Record<string, CellValue>

/**
 * The Proposals cells the Worker owns: what the proposer sent, and who they are (blank once
 * they asked to be erased). Decision, Decided at, Note to proposer, Email sent and Event ID are
 * staff's and never among them.
 *
 * @example
 * proposalCells(proposal)['Proposed by'] // 'Ana Quispe Mamani'
 */
export function proposalCells(proposal: EventProposal): Cells {
  return recordToRow('Proposals', {
    title: proposal.title,
    receivedAt: proposal.createdAt,
    proposerName: proposal.erased ? null : proposal.proposerName,
    proposerEmail: proposal.erased ? null : proposal.proposerEmail,
    language: proposal.language,
    why: proposal.why,
    cropSuitable: proposal.cropSuitable,
  })
}

/**
 * A new Proposals row: the Worker's cells, the ID, the Events row it points to, and 'pending'.
 *
 * @example
 * newProposalRow(proposal, 'foro-de-gobernanza-2023-09-14') // { ID: 'prop-1', 'Event ID': ..., Decision: 'pending', ... }
 */
export function newProposalRow(proposal: EventProposal, eventId: string): Cells {
  return {
    ...recordToRow('Proposals', { id: proposal.id, eventId, decision: 'pending' }),
    ...proposalCells(proposal),
  }
}

/**
 * The Events row of a new proposal, status 'proposed': written once, then staff's to edit. The
 * category is guessed from the title ('other' when nothing fits), the sub-region from the
 * country; a place outside the region ('other') leaves Country empty.
 *
 * @example
 * proposedEventRow(proposal, 'foro-de-gobernanza-2023-09-14').Status // 'proposed'
 */
export function proposedEventRow(proposal: EventProposal, eventId: string): Cells {
  const country = proposal.country === 'other' ? null : proposal.country
  return recordToRow('Events', {
    id: eventId,
    title: proposal.title,
    startDate: proposal.startDate,
    endDate: proposal.endDate,
    city: proposal.city,
    country,
    subregion: country === null ? null : (countryByCode(country)?.subregion ?? null),
    category: inferCategory(proposal.title),
    format: proposal.format,
    status: 'proposed',
    url: proposal.url,
    cropEligible: proposal.cropSuitable,
    description: proposal.why,
  })
}

/**
 * The Prospects cells the Worker owns: who the candidate is, how to reach them, the programme,
 * and who suggested them (blank once the suggester asked to be erased). Stage, Liaison, the
 * stage dates, Invited to and Notes are staff's and never among them.
 *
 * @example
 * prospectCells(suggestion).Name // 'Red de Telecentros de Honduras'
 */
export function prospectCells(suggestion: CandidateSuggestion): Cells {
  return recordToRow('Prospects', {
    name: suggestion.candidateName,
    kind: suggestion.kind,
    organization: suggestion.organization,
    country: suggestion.country,
    programme: suggestion.programme,
    email: suggestion.contactEmail,
    contactOther: suggestion.contactOther,
    why: suggestion.why,
    suggestedBy: suggestion.suggesterErased ? null : suggestion.suggesterName,
  })
}

export interface NewProspectOptions {
  /** The spreadsheet's zone: Identified on is the day the suggestion arrived there. */
  timeZone: string
  /** Staff's language, for the first note (why LACRALO may contact the candidate). */
  locale: Locale
}

/**
 * A new Prospects row: the Worker's cells, the ID, stage 'identified' dated the day the
 * suggestion arrived, the language of the page it was made on, and a first note saying on
 * what basis the candidate may be contacted.
 *
 * @example
 * newProspectRow(suggestion, { timeZone: 'America/Montevideo', locale: 'es' }).Stage // 'identified'
 */
export function newProspectRow(
  suggestion: CandidateSuggestion,
  options: NewProspectOptions
): Cells {
  return {
    ...recordToRow('Prospects', {
      id: suggestion.id,
      stage: 'identified',
      identifiedOn: isoDateInZone(new Date(suggestion.createdAt), options.timeZone),
      language: suggestion.language,
      notes: t(
        options.locale,
        suggestion.contactBasis === 'agreed'
          ? 'proposals.sync.basisAgreed'
          : 'proposals.sync.basisPublic'
      ),
    }),
    ...prospectCells(suggestion),
  }
}
