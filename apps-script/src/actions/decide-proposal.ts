// "Accept" or "Reject" a member's event proposal: its Events row becomes tentative or goes, the
// decision is recorded in Proposals, and the proposer is told by email in their language.
import { t } from '../../../shared/i18n/catalogue'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { EVENT_STATUSES, type EventStatus } from '../../../shared/schemas/event-values'
import { recordToRow, rowToRecord } from '../../../shared/workbook/tabs'
import { proposalDecisionEmail } from '../mail/proposal-decision-email'
import { type CellUpdate, quoteHeaders, WorkbookError } from '../workbook/workbook'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { keyOf, type PendingProposal, readPendingProposals } from './pending-proposals'
import { type ActionResult, runAction } from './run-action'
import { sheetTime } from './sheet-time'
import { checkRecords, type TabRecord } from './tab-check'

/** The decisions staff can take on a pending proposal. */
export const PROPOSAL_VERDICTS = ['accepted', 'rejected'] as const
export type ProposalVerdict = (typeof PROPOSAL_VERDICTS)[number]

/** What the sidebar sends, checked. */
export interface DecisionRequest {
  proposalId: string
  decision: ProposalVerdict
  /** For the proposer; null keeps what the Note to proposer cell already says. */
  note: string | null
}

/** What happened to the proposer's email. */
export const DECISION_EMAIL_OUTCOMES = ['sent', 'erased', 'no-address', 'failed'] as const
export type DecisionEmailOutcome = (typeof DECISION_EMAIL_OUTCOMES)[number]

/** What a decision did; plain JSON for the sidebar. */
export interface DecisionReport {
  message: string
  proposalId: string
  eventId: string
  decision: ProposalVerdict
  /** The Events row's status now, or 'removed' when a rejection took the row out. */
  eventStatus: EventStatus | 'removed'
  /** An accepted event goes in as tentative: a person confirms it once its dates are sure. */
  needsConfirmation: boolean
  email: DecisionEmailOutcome
  /** The proposals still waiting for a decision. */
  pending: PendingProposal[]
}

const MAX_NOTE = 1000
const EMAIL_SENT = 'Email sent'
const PROPOSAL_COLUMNS = ['Decision', 'Decided at', 'Note to proposer', EMAIL_SENT]

/**
 * The request as sent by the sidebar (or a script), or an 'invalid-input' error.
 *
 * @example
 * readDecisionRequest({ proposalId: 'prop-1', decision: 'accepted' }) // { ..., note: null }
 */
export function readDecisionRequest(request: unknown): DecisionRequest {
  const bad = () => new ActionError('invalid-input', 'proposals.decide.badRequest')
  if (request === null || typeof request !== 'object' || Array.isArray(request)) throw bad()
  const { proposalId, decision, note } = request as Record<string, unknown>
  if (typeof proposalId !== 'string' || proposalId.trim() === '') throw bad()
  if (!(PROPOSAL_VERDICTS as readonly unknown[]).includes(decision)) throw bad()
  if (note !== undefined && note !== null && typeof note !== 'string') throw bad()
  const text = typeof note === 'string' ? note.normalize('NFC').trim() : ''
  if (text.length > MAX_NOTE) throw bad()
  return {
    proposalId: proposalId.trim(),
    decision: decision as ProposalVerdict,
    note: text === '' ? null : text,
  }
}

function requireHeaders(tab: string, headers: readonly string[], needed: readonly string[]) {
  const missing = needed.filter((header) => !headers.includes(header))
  if (missing.length > 0)
    throw new WorkbookError('workbook.error.missingColumn', {
      tab,
      headers: quoteHeaders(missing),
    })
}

// The Events row's status as the schema reads it (a blank cell is 'confirmed').
function statusOf(cells: Record<string, unknown>): EventStatus | string {
  const status = cells.status
  if (status === undefined || status === null) return 'confirmed'
  return String(status)
}

function statusLabel(status: string, host: ActionHost): string {
  return (EVENT_STATUSES as readonly string[]).includes(status)
    ? valueLabel('eventStatus', status as EventStatus, host.locale)
    : status
}

/**
 * Records a decision on a pending proposal. Accepted: the Events row's status goes from
 * 'proposed' to 'tentative' (a person confirms it later). Rejected: the Events row is removed
 * while still 'proposed'. A row staff already moved to another status is left as it is. Then
 * Decision, Decided at and the note are written, and the proposer is emailed in their language
 * (never when they asked to be erased). An unknown ID, a proposal decided already or one whose
 * Events row is gone is an error, and nothing changes. Hold the lock.
 *
 * @example
 * decideProposal(host, { proposalId: 'prop-1', decision: 'accepted', note: null }).eventStatus // 'tentative'
 */
export function decideProposal(host: ActionHost, request: DecisionRequest): DecisionReport {
  const { workbook, locale } = host
  const timeZone = workbook.spreadsheetTimeZone()
  const proposals = workbook.readTab('Proposals')
  const row = proposals.rows.find(
    (candidate) => keyOf(candidate.cells, 'ID') === request.proposalId
  )
  if (!row)
    throw new ActionError('invalid-input', 'proposals.decide.unknown', { id: request.proposalId })
  const check = checkRecords(
    'Proposals',
    { headers: proposals.headers, rows: [row] },
    { timeZone, locale }
  )
  const proposal: TabRecord<'Proposals'> | undefined = check.records[0]?.record
  if (!proposal)
    throw new ActionError(
      'invalid-rows',
      'proposals.decide.invalidRow',
      { row: row.rowNumber },
      check.problems.map((problem) => ({ tab: 'Proposals', ...problem, severity: 'error' }))
    )
  requireHeaders('Proposals', proposals.headers, PROPOSAL_COLUMNS)
  if (proposal.decision !== 'pending')
    throw new ActionError(
      'invalid-input',
      proposal.decision === 'accepted'
        ? 'proposals.decide.alreadyAccepted'
        : 'proposals.decide.alreadyRejected',
      {
        title: proposal.title,
        when: proposal.decidedAt === null ? '—' : sheetTime(host, proposal.decidedAt),
      }
    )

  const events = workbook.readTab('Events')
  const eventRow = events.rows.find(
    (candidate) => keyOf(candidate.cells, 'ID') === proposal.eventId
  )
  if (!eventRow) {
    const params = { title: proposal.title, eventId: proposal.eventId }
    throw new ActionError('invalid-rows', 'proposals.decide.noEventRow', params, [
      {
        tab: 'Proposals',
        row: row.rowNumber,
        column: 'Event ID',
        message: t(locale, 'proposals.decide.noEventRow', params),
        severity: 'error',
      },
    ])
  }
  requireHeaders('Events', events.headers, ['Status'])
  const event = rowToRecord('Events', eventRow.cells, { timeZone })
  const status = statusOf(event)
  const stillProposed = status === 'proposed'

  // Everything is checked: from here on the spreadsheet changes.
  const accepted = request.decision === 'accepted'
  if (stillProposed && accepted)
    workbook.writeCells('Events', [
      { rowNumber: eventRow.rowNumber, header: 'Status', value: 'tentative' },
    ])
  if (stillProposed && !accepted) workbook.deleteRows('Events', [eventRow.rowNumber])
  const eventStatus: DecisionReport['eventStatus'] = stillProposed
    ? accepted
      ? 'tentative'
      : 'removed'
    : (status as EventStatus)

  const decidedAt = host.now().toISOString()
  const note = request.note ?? proposal.note
  const address = proposal.proposerEmail
  const cells = recordToRow('Proposals', {
    decision: request.decision,
    decidedAt,
    note,
    // Marked before sending, as the registration sync does: a retry never sends twice.
    emailSent: address ? decidedAt : null,
  })
  const updates: CellUpdate[] = Object.entries(cells).map(([header, value]) => ({
    rowNumber: row.rowNumber,
    header,
    value,
  }))
  workbook.writeCells('Proposals', updates)

  let email: DecisionEmailOutcome = address
    ? 'sent'
    : proposal.proposerName
      ? 'no-address'
      : 'erased'
  let failure = ''
  if (address) {
    let calendarUrl: string | null = null
    try {
      calendarUrl = `${host.workerClient().address}/embed?lang=${proposal.language}`
    } catch {
      // No Worker set up yet: the email goes without the link.
    }
    try {
      host.mailer.send(
        proposalDecisionEmail({
          proposer: { name: proposal.proposerName, email: address, language: proposal.language },
          title: proposal.title,
          startDate: typeof event.startDate === 'string' ? event.startDate : null,
          endDate: typeof event.endDate === 'string' ? event.endDate : null,
          decision: request.decision,
          note,
          calendarUrl,
        })
      )
    } catch (error) {
      email = 'failed'
      failure = (error instanceof Error ? error.message : String(error)).replace(
        /^Exception:\s*/,
        ''
      )
      workbook.writeCells('Proposals', [
        { rowNumber: row.rowNumber, header: EMAIL_SENT, value: '' },
      ])
    }
  }

  const params = {
    title: proposal.title,
    row: eventRow.rowNumber,
    status: statusLabel(status, host),
  }
  const outcome = t(
    locale,
    accepted
      ? stillProposed
        ? 'proposals.decide.accepted'
        : 'proposals.decide.acceptedKept'
      : stillProposed
        ? 'proposals.decide.rejected'
        : 'proposals.decide.rejectedKept',
    params
  )
  const told =
    email === 'sent'
      ? t(locale, 'proposals.decide.emailSent', {
          language: t(locale, `language.${proposal.language}`),
        })
      : email === 'failed'
        ? t(locale, 'proposals.decide.emailFailed', { reason: failure })
        : t(
            locale,
            email === 'erased' ? 'proposals.decide.emailErased' : 'proposals.decide.noEmail'
          )
  return {
    message: `${outcome} ${told}`,
    proposalId: proposal.id,
    eventId: proposal.eventId,
    decision: request.decision,
    eventStatus,
    needsConfirmation: accepted && eventStatus === 'tentative',
    email,
    pending: readPendingProposals(host),
  }
}

/**
 * The sidebar's action: the request checked, then decideProposal under the lock, with a toast.
 *
 * @example
 * export function decideProposal(request) { return runDecideProposal(appsScriptActionHost(), request) }
 */
export function runDecideProposal(
  host: ActionHost,
  request: unknown
): ActionResult<DecisionReport> {
  return runAction(host, { title: 'proposals.action.decide', lock: true }, () =>
    decideProposal(host, readDecisionRequest(request))
  )
}
