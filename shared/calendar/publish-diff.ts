// What a publish changes: compares the new snapshot with the published one, event by event.
import type { OutreachEvent, PublishedEvent } from '../schemas/event'

/** The published events after a publish, and the ids it added, changed and removed. */
export interface CalendarDiff {
  /** The new snapshot, in the order given, each with its sequence and lastModified. */
  events: PublishedEvent[]
  added: string[]
  changed: string[]
  removed: string[]
}

/** Thrown when a snapshot holds the same event id twice: it cannot be published as is. */
export class DuplicateEventIdError extends Error {
  constructor(readonly duplicates: DuplicateEventId[]) {
    super(`duplicate event ids: ${[...new Set(duplicates.map((d) => d.id))].join(', ')}`)
    this.name = 'DuplicateEventIdError'
  }
}

/** An event whose id an earlier event of the same snapshot already has. */
export interface DuplicateEventId {
  id: string
  /** Position of the repeated event in the snapshot (0-based). */
  index: number
  /** Position of the first event with that id. */
  firstIndex: number
}

/**
 * The events of a snapshot that repeat an earlier event's id (each repeat, not the first).
 *
 * @example
 * findDuplicateEventIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }])
 * // [{ id: 'a', index: 2, firstIndex: 0 }]
 */
export function findDuplicateEventIds(events: readonly { id: string }[]): DuplicateEventId[] {
  const firstIndexById = new Map<string, number>()
  const duplicates: DuplicateEventId[] = []
  events.forEach((event, index) => {
    const firstIndex = firstIndexById.get(event.id)
    if (firstIndex === undefined) firstIndexById.set(event.id, index)
    else duplicates.push({ id: event.id, index, firstIndex })
  })
  return duplicates
}

/**
 * Compares the next snapshot with the published events by id. A new event gets sequence 0;
 * an event whose fields differ (compared canonically, whatever the key order) gets its
 * sequence + 1; both get `lastModified = now`. An unchanged event keeps both.
 * Throws DuplicateEventIdError when `next` repeats an id.
 *
 * @example
 * const diff = diffCalendar(current?.events ?? [], snapshot.events, new Date().toISOString())
 * diff.changed // ids whose sequence went up
 */
export function diffCalendar(
  previous: readonly PublishedEvent[],
  next: readonly OutreachEvent[],
  now: string
): CalendarDiff {
  const duplicates = findDuplicateEventIds(next)
  if (duplicates.length > 0) throw new DuplicateEventIdError(duplicates)

  const previousById = new Map(previous.map((event) => [event.id, event]))
  const nextIds = new Set(next.map((event) => event.id))
  const added: string[] = []
  const changed: string[] = []

  const events = next.map((event): PublishedEvent => {
    const outreachEvent = withoutRevision(event)
    const before = previousById.get(event.id)
    if (!before) {
      added.push(event.id)
      return { ...outreachEvent, sequence: 0, lastModified: now }
    }
    if (canonicalJson(withoutRevision(before)) === canonicalJson(outreachEvent)) {
      return { ...outreachEvent, sequence: before.sequence, lastModified: before.lastModified }
    }
    changed.push(event.id)
    return { ...outreachEvent, sequence: before.sequence + 1, lastModified: now }
  })

  const removed = previous.filter((event) => !nextIds.has(event.id)).map((event) => event.id)
  return { events, added, changed, removed }
}

// A snapshot may arrive with revision fields (a round-tripped feed); they are never content.
function withoutRevision(event: OutreachEvent | PublishedEvent): OutreachEvent {
  const {
    sequence: _sequence,
    lastModified: _lastModified,
    ...outreachEvent
  } = event as PublishedEvent
  return outreachEvent
}

/** JSON with object keys sorted and absent values (null, undefined) left out. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value))
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize)
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => [key, canonicalize(field)])
    return Object.fromEntries(entries)
  }
  return value
}
