// The SQL every member input table with a change feed shares: the rate-counted insert that takes
// the next change number, the cursor-paged read of changes, and updates that renumber the rows
// they change (erasure), so that the sync takes every change once.
import {
  countedInsert,
  type RateWindow,
  withinLimitCondition,
  withinLimitValues,
} from './rate-limits'

export type CountedInsertOutcome =
  | { kind: 'stored'; changeSeq: number }
  /** The client had already used up its posts for the window; nothing was stored. */
  | { kind: 'rate-limited' }

/** One page of a change feed: at most the limit asked for, and whether more follow. */
export interface ChangePage<Change> {
  changes: Change[]
  hasMore: boolean
}

/** What a column is given on insert (`toColumns` stores a boolean as 0 or 1). */
export type ColumnValue = string | number | null

/** The queries of one table whose rows carry `arrival`, `change_seq`, `created_at`, `updated_at`. */
export interface ChangeFeedTable<New, Change> {
  /**
   * Stores a row with the next change number and `now` as its creation and update time. With
   * a rate window, the post is counted in the same transaction and the row is stored only
   * while the count is within the limit.
   */
  insert: (
    db: D1Database,
    record: New,
    options: { now: Date; rateWindow?: RateWindow | null }
  ) => Promise<CountedInsertOutcome>
  /**
   * The rows changed after change number `after`, in change order, at most `limit`. A row
   * changed again later appears again later, never twice on a page.
   */
  listChanges: (
    db: D1Database,
    options: { after: number; limit: number }
  ) => Promise<ChangePage<Change>>
  /**
   * An UPDATE that applies `set` to the rows `where` selects and gives each its own new change
   * number, in arrival order; it returns their ids.
   */
  renumberingUpdate: (set: string, where: string) => string
}

/**
 * The change feed queries of the table `name`: a new record is stored as the columns
 * `toColumns` gives, and a row read as `columns` becomes a change by `toChange`.
 *
 * @example
 * const proposals = changeFeedTable({ name: 'event_proposals', toColumns, columns, toChange })
 * await proposals.listChanges(db, { after: 0, limit: 100 }) // { changes: [...], hasMore: false }
 */
export function changeFeedTable<New, Row, Change>(table: {
  name: string
  toColumns: (record: New) => Record<string, ColumnValue>
  columns: string
  toChange: (row: Row) => Change
}): ChangeFeedTable<New, Change> {
  const { name } = table
  // One more than the largest change number. D1 runs one statement at a time, so no two
  // statements can read the same largest number.
  const nextChangeSeq = `(SELECT coalesce(max(change_seq), 0) + 1 FROM ${name})`
  return {
    async insert(db, record, options) {
      const window = options.rateWindow ?? null
      const values = table.toColumns(record)
      const columns = Object.keys(values)
      const at = columns.length + 1
      const insert = db
        .prepare(
          `INSERT INTO ${name} (${columns.join(', ')}, change_seq, created_at, updated_at)
           SELECT ${columns.map((_, index) => `?${index + 1}`).join(', ')},
             ${nextChangeSeq}, ?${at}, ?${at}
           WHERE ${withinLimitCondition(at + 1)}
           RETURNING change_seq`
        )
        .bind(...Object.values(values), options.now.toISOString(), ...withinLimitValues(window))
      const { rows } = await countedInsert<{ change_seq: number }>(db, window, insert)
      const [row] = rows
      return row ? { kind: 'stored', changeSeq: row.change_seq } : { kind: 'rate-limited' }
    },

    async listChanges(db, options) {
      const { results } = await db
        .prepare(
          `SELECT ${table.columns} FROM ${name} WHERE change_seq > ?1 ORDER BY change_seq LIMIT ?2`
        )
        .bind(options.after, options.limit + 1)
        .all<Row>()
      return {
        changes: results.slice(0, options.limit).map(table.toChange),
        hasMore: results.length > options.limit,
      }
    },

    renumberingUpdate(set, where) {
      return `UPDATE ${name} SET ${set}, change_seq = seq.base + changed.rank
        FROM (SELECT coalesce(max(change_seq), 0) AS base FROM ${name}) AS seq,
          (SELECT id, row_number() OVER (ORDER BY arrival) AS rank
           FROM ${name} WHERE ${where}) AS changed
        WHERE ${name}.id = changed.id
        RETURNING ${name}.id`
    },
  }
}
