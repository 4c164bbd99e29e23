// The member proposals waiting for a decision, as the sidebar lists them: each Proposals row
// still 'pending', with the title, dates and place of its row in Events (which staff may have
// edited since the sync wrote it).
import { countryName } from '../../../shared/reference/countries'
import { rowToRecord } from '../../../shared/workbook/tabs'
import type { CellValue, TabContent } from '../workbook/workbook'
import type { ActionHost } from './action-host'
import { checkRecords } from './tab-check'

/** A proposal to decide on; plain JSON for the sidebar. */
export interface PendingProposal {
  id: string
  eventId: string
  /** The Events row's title, or the proposal's while that row is missing. */
  title: string
  startDate: string | null
  endDate: string | null
  /** City and country, the country named in the user's language; null when neither is known. */
  place: string | null
  /** Null once the proposer asked to be erased. */
  proposerName: string | null
  why: string | null
  cropSuitable: boolean
  receivedAt: string
  /** The Events row is gone: accepting or rejecting is refused until it is back. */
  eventMissing: boolean
}

/**
 * The key of a row as staff typed it (an ID written as text may read back with spaces).
 *
 * @example
 * keyOf({ ID: ' prop-1 ' }, 'ID') // 'prop-1'
 */
export function keyOf(cells: Readonly<Record<string, CellValue>>, header: string): string {
  const value = cells[header]
  return value === undefined ? '' : String(value).trim()
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * The pending proposals in `proposals` (a read of the Proposals tab), oldest first, each with
 * its Events row from `events`. Rows the Proposals schema refuses are left out (the
 * spreadsheet check lists them).
 *
 * @example
 * pendingProposals(host, workbook.readTab('Proposals'), workbook.readTab('Events'))[0]?.title
 */
export function pendingProposals(
  host: ActionHost,
  proposals: TabContent,
  events: TabContent
): PendingProposal[] {
  const timeZone = host.workbook.spreadsheetTimeZone()
  const eventRows = new Map<string, Readonly<Record<string, CellValue>>>()
  for (const row of events.rows) {
    const id = keyOf(row.cells, 'ID')
    if (id !== '' && !eventRows.has(id)) eventRows.set(id, row.cells)
  }
  const check = checkRecords('Proposals', proposals, { timeZone, locale: host.locale })
  return check.records
    .filter(({ record }) => record.decision === 'pending')
    .map(({ record }) => {
      const cells = eventRows.get(record.eventId)
      const event = cells ? rowToRecord('Events', cells, { timeZone }) : {}
      const country = text(event.country)
      const place = [text(event.city), country && countryName(country, host.locale)]
        .filter((part): part is string => part !== null && part !== '')
        .join(', ')
      return {
        id: record.id,
        eventId: record.eventId,
        title: text(event.title) ?? record.title,
        startDate: text(event.startDate),
        endDate: text(event.endDate),
        place: place === '' ? null : place,
        proposerName: record.proposerName,
        why: record.why,
        cropSuitable: record.cropSuitable,
        receivedAt: record.receivedAt,
        eventMissing: cells === undefined,
      }
    })
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0))
}

/**
 * Reads Proposals and Events and lists the pending proposals.
 *
 * @example
 * readPendingProposals(host).length // 2
 */
export function readPendingProposals(host: ActionHost): PendingProposal[] {
  return pendingProposals(host, host.workbook.readTab('Proposals'), host.workbook.readTab('Events'))
}
