// "Sync member proposals and suggestions": the Worker's two member input feeds, page by page.
// Proposals become a Proposals row (pending) and an Events row with status 'proposed';
// suggestions become Prospects rows. Upserted by ID, staff's own cells never rewritten.
import { deriveEventId, eventIdAllocator } from '../../../shared/calendar-import/event-id'
import { t } from '../../../shared/i18n/catalogue'
import type { CandidateSuggestion } from '../../../shared/schemas/candidate-suggestion'
import type { EventProposal } from '../../../shared/schemas/event-proposal'
import { sheetText } from '../../../shared/workbook/sheet-text'
import type { TabName } from '../../../shared/workbook/tabs'
import { readJsonProperty } from '../settings/property-store'
import {
  type CellValue,
  quoteHeaders,
  type TabContent,
  type Workbook,
  WorkbookError,
} from '../workbook/workbook'
import {
  type MemberInputFeed,
  type MemberInputItems,
  memberInputPage,
} from '../worker-client/member-input-feeds'
import type { ActionHost } from './action-host'
import { keyOf, type PendingProposal, readPendingProposals } from './pending-proposals'
import { type ActionResult, runAction } from './run-action'
import { sheetTime } from './sheet-time'
import { syncFailure } from './sync-failure'
import {
  newProposalRow,
  newProspectRow,
  proposalCells,
  proposedEventRow,
  prospectCells,
} from './sync-member-input-rows'
import { SYNC_TIME_BUDGET_MS } from './sync-registrations'
import { noteLines, readCursor, type SyncNote, saveCursor } from './sync-state'

/** Where each feed's cursor is kept in Script Properties (with the Worker it belongs to). */
export const MEMBER_INPUT_CURSOR_PROPERTIES = {
  proposals: 'LACRALO_PROPOSALS_CURSOR',
  suggestions: 'LACRALO_SUGGESTIONS_CURSOR',
} as const satisfies Record<MemberInputFeed, string>

/** Where the last run is recorded (Document Properties), for the sidebar. */
export const LAST_MEMBER_INPUT_SYNC_PROPERTY = 'LACRALO_LAST_MEMBER_INPUT_SYNC'

/** Items asked for per page; the Worker allows up to 1,000. */
export const MEMBER_INPUT_PAGE_SIZE = 200

export interface MemberInputSyncOptions {
  trigger: 'manual' | 'schedule'
  pageSize?: number
  timeBudgetMs?: number
}

/** What a run did with one feed. */
export interface MemberInputCounts {
  /** Items the Worker sent. */
  received: number
  /** Rows added. */
  added: number
  /** Rows already there whose Worker cells were rewritten. */
  updated: number
  /**
   * Proposals: proposers erased (their name and email blanked). Suggestions: Prospects rows
   * removed because the candidate asked to be erased.
   */
  erased: number
}

/** What a run did; plain JSON for the sidebar. */
export interface MemberInputSyncReport {
  message: string
  proposals: MemberInputCounts
  suggestions: MemberInputCounts
  /** More items are waiting: run it again (the schedule will). */
  more: boolean
  /** The proposals waiting for a decision after the run. */
  pending: PendingProposal[]
  /** What staff should know, in their language. */
  notes: string[]
  finishedAt: string
}

/** The last run, as kept in Document Properties. */
interface LastMemberInputSync {
  finishedAt: string
  trigger: 'manual' | 'schedule'
  ok: boolean
  proposals: MemberInputCounts
  suggestions: MemberInputCounts
  notes: SyncNote[]
}

const noCounts = (): MemberInputCounts => ({ received: 0, added: 0, updated: 0, erased: 0 })

// Every column the sync writes; Email sent and staff's other columns are never among them.
const WRITTEN = {
  Proposals: [
    'ID',
    'Event ID',
    'Title',
    'Received at',
    'Proposed by',
    'Email',
    'Language',
    'Why',
    'Suits CROP',
    'Decision',
  ],
  Events: [
    'ID',
    'Title',
    'Start date',
    'End date',
    'City',
    'Country',
    'Sub-region',
    'Category',
    'Format',
    'Status',
    'URL',
    'CROP eligible',
    'Description',
  ],
  Prospects: [
    'ID',
    'Name',
    'Kind',
    'Organization',
    'Country',
    'Programme',
    'Stage',
    'Email',
    'Other contact',
    'Language',
    'Why',
    'Suggested by',
    'Identified on',
    'Notes',
  ],
} as const satisfies Partial<Record<TabName, readonly string[]>>

// Before anything is written: a page half written because a later tab lacks a column would
// leave Events rows without their Proposals rows.
function requireColumns(tab: keyof typeof WRITTEN, content: TabContent): void {
  const present = new Set(content.headers)
  const missing = WRITTEN[tab].filter((header) => !present.has(header))
  if (missing.length > 0)
    throw new WorkbookError('workbook.error.missingColumn', {
      tab,
      headers: quoteHeaders(missing),
    })
}

/** The rows the sync knows, by ID, kept current as it writes. */
interface KnownRows {
  proposals: Map<string, number>
  prospects: Map<string, number>
  /** Events IDs in use, for new IDs to avoid. */
  eventIds: Set<string>
  /** Event IDs a Proposals row points to. */
  referenced: Set<string>
  /**
   * 'proposed' Events rows no Proposals row points to, by ID: the Events half of a page whose
   * Proposals half was never written (a run killed between the two writes). The next run
   * takes such a row for its proposal instead of adding a second one.
   */
  orphans: Map<string, string>
}

function knownRows(proposals: TabContent, events: TabContent, prospects: TabContent): KnownRows {
  const known: KnownRows = {
    proposals: new Map(),
    prospects: new Map(),
    eventIds: new Set(),
    referenced: new Set(),
    orphans: new Map(),
  }
  for (const row of proposals.rows) {
    const id = keyOf(row.cells, 'ID')
    if (id !== '' && !known.proposals.has(id)) known.proposals.set(id, row.rowNumber)
    known.referenced.add(keyOf(row.cells, 'Event ID'))
  }
  for (const row of events.rows) {
    const id = keyOf(row.cells, 'ID')
    if (id === '') continue
    known.eventIds.add(id)
    if (keyOf(row.cells, 'Status') === 'proposed' && !known.referenced.has(id))
      known.orphans.set(id, keyOf(row.cells, 'Title'))
  }
  for (const row of prospects.rows) {
    const id = keyOf(row.cells, 'ID')
    if (id !== '' && !known.prospects.has(id)) known.prospects.set(id, row.rowNumber)
  }
  return known
}

/** The Events ID a new proposal gets: an orphan of its own, else a new unique one. */
function eventIdFor(
  proposal: EventProposal,
  known: KnownRows,
  allocate: (id: string) => string
): { id: string; reused: boolean } {
  const base = deriveEventId(proposal.title, proposal.startDate)
  for (const [id, title] of known.orphans) {
    if (title === proposal.title && (id === base || new RegExp(`^${base}-\\d+$`).test(id))) {
      known.orphans.delete(id)
      return { id, reused: true }
    }
  }
  return { id: allocate(base), reused: false }
}

/** Writes one page of proposals: new Events rows first, then the Proposals rows. */
function writeProposals(
  workbook: Workbook,
  items: readonly EventProposal[],
  known: KnownRows,
  allocate: (id: string) => string,
  counts: MemberInputCounts
): void {
  const events: Record<string, CellValue>[] = []
  const rows = new Map<string, Record<string, CellValue>>()
  const fresh: string[] = []
  let added = 0
  let updated = 0
  let erased = 0
  for (const proposal of items) {
    if (known.proposals.has(proposal.id)) {
      rows.set(proposal.id, { ID: sheetText(proposal.id), ...proposalCells(proposal) })
      if (proposal.erased) erased++
      else updated++
      continue
    }
    const { id, reused } = eventIdFor(proposal, known, allocate)
    if (!reused) events.push(proposedEventRow(proposal, id))
    known.referenced.add(id)
    rows.set(proposal.id, newProposalRow(proposal, id))
    fresh.push(proposal.id)
    added++
  }
  if (events.length > 0) workbook.appendRows('Events', events)
  if (rows.size > 0) {
    const written = workbook.upsertRows('Proposals', 'ID', [...rows.values()])
    fresh.forEach((id, index) => {
      const rowNumber = written.appended[index]
      if (rowNumber !== undefined) known.proposals.set(id, rowNumber)
    })
  }
  counts.added += added
  counts.updated += updated
  counts.erased += erased
}

/**
 * Writes one page of suggestions: one upsert, then the rows of erased candidates deleted (a
 * candidate who asked to be forgotten leaves no row: staff's notes about them go too).
 */
function writeSuggestions(
  host: ActionHost,
  items: readonly CandidateSuggestion[],
  known: KnownRows,
  counts: MemberInputCounts
): void {
  const { workbook } = host
  const timeZone = workbook.spreadsheetTimeZone()
  const rows = new Map<string, Record<string, CellValue>>()
  const fresh: string[] = []
  const removed = new Map<string, number>()
  let updated = 0
  for (const suggestion of items) {
    const rowNumber = known.prospects.get(suggestion.id)
    if (suggestion.erased) {
      // Erased before the sheet ever had it: there is nothing to remove.
      if (rowNumber !== undefined) removed.set(suggestion.id, rowNumber)
      continue
    }
    if (rowNumber !== undefined) {
      rows.set(suggestion.id, { ID: sheetText(suggestion.id), ...prospectCells(suggestion) })
      updated++
    } else {
      rows.set(suggestion.id, newProspectRow(suggestion, { timeZone, locale: host.locale }))
      fresh.push(suggestion.id)
    }
  }
  if (rows.size > 0) {
    const written = workbook.upsertRows('Prospects', 'ID', [...rows.values()])
    fresh.forEach((id, index) => {
      const rowNumber = written.appended[index]
      if (rowNumber !== undefined) known.prospects.set(id, rowNumber)
    })
  }
  if (removed.size > 0) {
    const gone = [...removed.values()]
    workbook.deleteRows('Prospects', gone)
    for (const id of removed.keys()) known.prospects.delete(id)
    // The rows below each deleted one moved up.
    for (const [id, rowNumber] of known.prospects)
      known.prospects.set(id, rowNumber - gone.filter((row) => row < rowNumber).length)
  }
  counts.added += fresh.length
  counts.updated += updated
  counts.erased += removed.size
}

function saveLast(host: ActionHost, last: LastMemberInputSync): void {
  host.properties.document.setProperty(
    LAST_MEMBER_INPUT_SYNC_PROPERTY,
    JSON.stringify({ ...last, notes: last.notes.slice(0, 20) })
  )
}

/**
 * Runs one sync: the proposals feed, then the suggestions feed, each page written in one batch
 * per tab and its cursor saved only after (so a run stopped anywhere is taken up by the next
 * without a row twice), until both are done or the time budget is spent. A second run adds
 * nothing; an item that changed on the Worker rewrites only the Worker's cells of its row.
 * The run is recorded in Document Properties whether it ends well or not. Hold the lock.
 *
 * @example
 * syncMemberInput(host, { trigger: 'manual' }).proposals // { received: 2, added: 2, updated: 0, erased: 0 }
 */
export function syncMemberInput(
  host: ActionHost,
  options: MemberInputSyncOptions
): MemberInputSyncReport {
  const { workbook, locale } = host
  const started = host.now().getTime()
  const budget = options.timeBudgetMs ?? SYNC_TIME_BUDGET_MS
  const timeIsUp = () => host.now().getTime() - started > budget
  const pageSize = options.pageSize ?? MEMBER_INPUT_PAGE_SIZE
  const counts = { proposals: noCounts(), suggestions: noCounts() }
  const notes: SyncNote[] = []
  let pagesWritten = 0
  let more = false
  const record = (ok: boolean, problem: SyncNote[] = []): LastMemberInputSync => {
    const last: LastMemberInputSync = {
      finishedAt: host.now().toISOString(),
      trigger: options.trigger,
      ok,
      proposals: { ...counts.proposals },
      suggestions: { ...counts.suggestions },
      notes: [...problem, ...notes],
    }
    saveLast(host, last)
    return last
  }

  try {
    const client = host.workerClient()
    const proposalsTab = workbook.readTab('Proposals')
    const eventsTab = workbook.readTab('Events')
    const prospectsTab = workbook.readTab('Prospects')
    requireColumns('Proposals', proposalsTab)
    requireColumns('Events', eventsTab)
    requireColumns('Prospects', prospectsTab)
    const known = knownRows(proposalsTab, eventsTab, prospectsTab)
    const allocate = eventIdAllocator(known.eventIds)

    // Follows one feed to its end, or until the time is up; true when it stopped early.
    const follow = <Feed extends MemberInputFeed>(
      feed: Feed,
      write: (items: MemberInputItems[Feed][]) => void
    ): boolean => {
      const property = MEMBER_INPUT_CURSOR_PROPERTIES[feed]
      let cursor = readCursor(host.properties.script, client.address, property)
      for (;;) {
        const page = memberInputPage(client, feed, cursor, pageSize)
        counts[feed].received += page.items.length
        if (page.items.length > 0) write(page.items)
        pagesWritten++
        saveCursor(host.properties.script, client.address, page.nextCursor, property)
        cursor = page.nextCursor
        if (!page.hasMore) return false
        if (timeIsUp()) return true
      }
    }
    more = follow('proposals', (items) =>
      writeProposals(workbook, items, known, allocate, counts.proposals)
    )
    if (!more && !timeIsUp())
      more = follow('suggestions', (items) =>
        writeSuggestions(host, items, known, counts.suggestions)
      )
    else more = true
    if (more) notes.push({ key: 'actions.sync.more', params: {} })

    const pending = readPendingProposals(host)
    const last = record(true)
    const nothing = counts.proposals.received === 0 && counts.suggestions.received === 0
    return {
      message: nothing
        ? t(locale, 'proposals.sync.upToDate', { pending: pending.length })
        : t(locale, 'proposals.sync.done', {
            proposals: counts.proposals.received,
            proposalsAdded: counts.proposals.added,
            proposalsUpdated: counts.proposals.updated,
            proposersErased: counts.proposals.erased,
            suggestions: counts.suggestions.received,
            suggestionsAdded: counts.suggestions.added,
            suggestionsUpdated: counts.suggestions.updated,
            suggestionsRemoved: counts.suggestions.erased,
            pending: pending.length,
          }),
      proposals: counts.proposals,
      suggestions: counts.suggestions,
      more,
      pending,
      notes: last.notes.map((note) => t(locale, note.key, note.params)),
      finishedAt: last.finishedAt,
    }
  } catch (error) {
    throw syncFailure(error, {
      locale,
      record,
      pagesWritten,
      interrupted: 'proposals.sync.interrupted',
      counts: { proposals: counts.proposals.added, suggestions: counts.suggestions.added },
    })
  }
}

/**
 * The sidebar's action: syncMemberInput under the lock, with a toast.
 *
 * @example
 * export function syncMemberInput() { return runSyncMemberInput(appsScriptActionHost()) }
 */
export function runSyncMemberInput(
  host: ActionHost,
  options: Omit<MemberInputSyncOptions, 'trigger'> = {}
): ActionResult<MemberInputSyncReport> {
  return runAction(host, { title: 'proposals.action.sync', lock: true }, () =>
    syncMemberInput(host, { ...options, trigger: 'manual' })
  )
}

/**
 * The 15-minute trigger's run (after the registrations', in the time they left): the same
 * sync, no toast; its outcome is in the last-run record. At least one page of proposals is
 * taken, however little time is left.
 *
 * @example
 * runScheduledMemberInputSync(appsScriptActionHost())
 */
export function runScheduledMemberInputSync(
  host: ActionHost,
  options: Omit<MemberInputSyncOptions, 'trigger'> = {}
): ActionResult<MemberInputSyncReport> {
  return runAction(host, { title: 'proposals.action.sync', lock: true, toast: false }, () =>
    syncMemberInput(host, { ...options, trigger: 'schedule' })
  )
}

function isLastRun(value: unknown): value is LastMemberInputSync {
  const last = value as LastMemberInputSync | null
  return (
    last !== null &&
    typeof last === 'object' &&
    typeof last.finishedAt === 'string' &&
    typeof last.ok === 'boolean' &&
    typeof last.proposals === 'object' &&
    typeof last.suggestions === 'object' &&
    Array.isArray(last.notes)
  )
}

/**
 * The last run in the user's language: a headline, then its notes (what stopped it first).
 *
 * @example
 * lastMemberInputSyncLines(host) // ['Last sync of proposals and suggestions: 1 Mar 2023, 09:00. …']
 */
export function lastMemberInputSyncLines(host: ActionHost): string[] {
  const last = readJsonProperty(host.properties.document, LAST_MEMBER_INPUT_SYNC_PROPERTY)
  if (!isLastRun(last)) return [t(host.locale, 'proposals.sync.never')]
  const time = sheetTime(host, last.finishedAt)
  const headline = last.ok
    ? t(host.locale, 'proposals.sync.lastOk', {
        time,
        proposals: last.proposals.received ?? 0,
        suggestions: last.suggestions.received ?? 0,
      })
    : t(host.locale, 'proposals.sync.lastFailed', { time })
  return [headline, ...noteLines(last, host.locale)]
}

/** The proposals section's data: the pending proposals and the last sync, in the user's language. */
export interface MemberProposalsView {
  message: string
  pending: PendingProposal[]
  lastSync: string[]
}

/**
 * Reads only: what the sidebar's proposals section shows when it opens.
 *
 * @example
 * runMemberProposals(host) // { ok: true, pending: [...], lastSync: ['…'], message: 'Waiting for a decision: 2.' }
 */
export function runMemberProposals(host: ActionHost): ActionResult<MemberProposalsView> {
  return runAction(host, { title: 'proposals.action.title', lock: false, toast: false }, () => {
    const pending = readPendingProposals(host)
    return {
      message: t(host.locale, 'proposals.pending.count', { count: pending.length }),
      pending,
      lastSync: lastMemberInputSyncLines(host),
    }
  })
}
