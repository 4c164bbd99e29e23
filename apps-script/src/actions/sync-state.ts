// What the registration sync remembers between runs: its cursor (Script Properties) and a
// record of the last run (Document Properties) that the sidebar shows.
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { type PropertyStore, readJsonProperty } from '../settings/property-store'

export const SYNC_CURSOR_PROPERTY = 'LACRALO_SYNC_CURSOR'
export const LAST_SYNC_PROPERTY = 'LACRALO_LAST_SYNC'

// A cursor belongs to one Worker: another Worker's change numbers mean nothing here.
interface StoredCursor {
  workerUrl: string
  cursor: string
}

/**
 * The change number the last sync from `workerUrl` got to; '0' when none has run against it.
 * `property` names the feed's cursor: the registrations' unless given.
 *
 * @example
 * readCursor(scriptProperties, 'https://lacralo.example.workers.dev') // '1287'
 */
export function readCursor(
  store: PropertyStore,
  workerUrl: string,
  property: string = SYNC_CURSOR_PROPERTY
): string {
  const stored = readJsonProperty(store, property) as Partial<StoredCursor> | null
  if (stored?.workerUrl !== workerUrl || typeof stored.cursor !== 'string') return '0'
  return /^\d{1,15}$/.test(stored.cursor) ? stored.cursor : '0'
}

/**
 * Saves the cursor (of the feed `property` names; the registrations' unless given); call it
 * only once the rows up to it are written.
 *
 * @example
 * saveCursor(scriptProperties, client.address, page.nextCursor)
 */
export function saveCursor(
  store: PropertyStore,
  workerUrl: string,
  cursor: string,
  property: string = SYNC_CURSOR_PROPERTY
): void {
  const stored: StoredCursor = { workerUrl, cursor }
  store.setProperty(property, JSON.stringify(stored))
}

/** A message to show later, in whatever language the reader has then. */
export interface SyncNote {
  key: MessageKey
  params: MessageParams
}

export interface SyncCounts {
  /** Changes the Worker sent. */
  received: number
  /** Registrations new to the sheet. */
  added: number
  /** Registrations already in the sheet whose row changed (cancelled, promoted, ...). */
  updated: number
  /** Registrations erased at the person's request: their personal cells blanked. */
  erased: number
  emailsSent: number
  emailsFailed: number
}

/** The last run, as kept in Document Properties. */
export interface LastSync {
  finishedAt: string
  trigger: 'manual' | 'schedule'
  ok: boolean
  counts: SyncCounts
  /** More changes were waiting when the run stopped. */
  more: boolean
  /** What went wrong (when not ok), then what staff should know. */
  notes: SyncNote[]
}

// Document Properties keep 9 KB a value; a run's notes are few, but a cap keeps it safe.
const MAX_NOTES = 20

/**
 * Records the run for the sidebar.
 *
 * @example
 * saveLastSync(documentProperties, { finishedAt, trigger: 'manual', ok: true, counts, more: false, notes: [] })
 */
export function saveLastSync(store: PropertyStore, record: LastSync): void {
  store.setProperty(
    LAST_SYNC_PROPERTY,
    JSON.stringify({ ...record, notes: record.notes.slice(0, MAX_NOTES) })
  )
}

function isLastSync(value: unknown): value is LastSync {
  const record = value as LastSync | null
  return (
    record !== null &&
    typeof record === 'object' &&
    typeof record.finishedAt === 'string' &&
    typeof record.ok === 'boolean' &&
    record.counts !== null &&
    typeof record.counts === 'object' &&
    Array.isArray(record.notes)
  )
}

/**
 * The last run, or null when none is recorded.
 *
 * @example
 * readLastSync(documentProperties)?.counts.received // 12
 */
export function readLastSync(store: PropertyStore): LastSync | null {
  const value = readJsonProperty(store, LAST_SYNC_PROPERTY)
  return isLastSync(value) ? value : null
}

/**
 * The run's notes in `locale`.
 *
 * @example
 * noteLines(lastSync, 'es') // ['No se pudieron enviar 2 correos de confirmación: …']
 */
export function noteLines(record: Pick<LastSync, 'notes'>, locale: Locale): string[] {
  return record.notes
    .filter((note) => typeof note?.key === 'string')
    .map((note) => t(locale, note.key, note.params ?? {}))
}
