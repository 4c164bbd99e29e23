// Queries on the published calendar: read the current snapshot, replace it whole.
import type {
  OutreachEvent,
  PublishedCalendar,
  PublishedEvent,
} from '../../../shared/schemas/event'

interface PublishedEventRow {
  id: string
  sequence: number
  last_modified: string
  start_date: string | null
  title: string
  event_json: string
}

interface CalendarVersionRow {
  version: number
  published_at: string
}

/** How many events a publish added, changed and removed (kept with each version). */
export interface PublishCounts {
  added: number
  changed: number
  removed: number
}

// D1 binds at most 100 parameters per statement; each event row binds this many.
const EVENT_COLUMNS = ['id', 'sequence', 'last_modified', 'start_date', 'title', 'event_json']
const D1_MAX_BOUND_PARAMETERS = 100
const EVENTS_PER_INSERT = Math.floor(D1_MAX_BOUND_PARAMETERS / EVENT_COLUMNS.length)

// Titles are Unicode: accented letters sort with their base letter, not after 'z'.
const titleCollator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true })

const LATEST_VERSION_SQL =
  'SELECT version, published_at FROM calendar_versions ORDER BY version DESC LIMIT 1'

/**
 * The version and publish time of the current snapshot, in one cheap query; null before
 * the first publish. Caches key rendered feeds on it.
 *
 * @example
 * const current = await getCalendarVersion(c.env.DB)
 * const etag = current ? `"calendar-${current.version}"` : '"calendar-0"'
 */
export async function getCalendarVersion(
  db: D1Database
): Promise<{ version: number; publishedAt: string } | null> {
  const row = await db.prepare(LATEST_VERSION_SQL).first<CalendarVersionRow>()
  return row ? { version: row.version, publishedAt: row.published_at } : null
}

/**
 * The published calendar, or null before the first publish. Events come ordered by start
 * date, undated last, then by title (then id, so the order is stable).
 *
 * @example
 * const calendar = await getPublishedCalendar(c.env.DB)
 * if (!calendar) return c.json({ version: 0, events: [] })
 */
export async function getPublishedCalendar(db: D1Database): Promise<PublishedCalendar | null> {
  // One batch is one transaction: the version and the events always belong together.
  const [versionResult, eventsResult] = await db.batch<CalendarVersionRow | PublishedEventRow>([
    db.prepare(LATEST_VERSION_SQL),
    db.prepare(
      `SELECT ${EVENT_COLUMNS.join(', ')} FROM published_events
       ORDER BY start_date IS NULL, start_date, title, id`
    ),
  ])
  const versionRow = versionResult?.results[0] as CalendarVersionRow | undefined
  if (!versionRow) return null
  const events = ((eventsResult?.results ?? []) as PublishedEventRow[]).map(toPublishedEvent)
  events.sort(compareForFeeds)
  return { version: versionRow.version, publishedAt: versionRow.published_at, events }
}

/**
 * Replaces the published snapshot with `calendar` atomically: the delete, the inserts and
 * the version row run in one D1 batch, so a failure leaves the previous snapshot serving.
 * `calendar.version` must be new: if another publish took that number first, the batch
 * fails on the version's primary key and nothing changes.
 *
 * @example
 * await replaceCalendar(db, { version: 2, publishedAt: now, events }, { added: 1, changed: 0, removed: 0 })
 */
export async function replaceCalendar(
  db: D1Database,
  calendar: PublishedCalendar,
  counts: PublishCounts
): Promise<void> {
  const statements: D1PreparedStatement[] = [db.prepare('DELETE FROM published_events')]
  const rowPlaceholders = `(${EVENT_COLUMNS.map(() => '?').join(', ')})`
  for (let start = 0; start < calendar.events.length; start += EVENTS_PER_INSERT) {
    const chunk = calendar.events.slice(start, start + EVENTS_PER_INSERT)
    statements.push(
      db
        .prepare(
          `INSERT INTO published_events (${EVENT_COLUMNS.join(', ')}) VALUES ${chunk
            .map(() => rowPlaceholders)
            .join(', ')}`
        )
        .bind(...chunk.flatMap(toRowValues))
    )
  }
  statements.push(
    db
      .prepare(
        `INSERT INTO calendar_versions (version, published_at, added, changed, removed, event_count)
         VALUES (?, ?, ?, ?, ?, ?)`
      )
      .bind(
        calendar.version,
        calendar.publishedAt,
        counts.added,
        counts.changed,
        counts.removed,
        calendar.events.length
      )
  )
  await db.batch(statements)
}

function toRowValues(event: PublishedEvent): (string | number | null)[] {
  const { sequence, lastModified, ...outreachEvent } = event
  return [
    event.id,
    sequence,
    lastModified,
    event.startDate,
    event.title,
    JSON.stringify(outreachEvent),
  ]
}

function toPublishedEvent(row: PublishedEventRow): PublishedEvent {
  const outreachEvent = JSON.parse(row.event_json) as OutreachEvent
  return { ...outreachEvent, sequence: row.sequence, lastModified: row.last_modified }
}

function compareForFeeds(a: PublishedEvent, b: PublishedEvent): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1
    if (b.startDate === null) return -1
    return a.startDate < b.startDate ? -1 : 1
  }
  return titleCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
