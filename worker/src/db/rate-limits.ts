// Queries on the rate-limit counters: one fixed-window count per bucket, bumped atomically.

/** One client's window for one webinar or form: where its posts are counted, and the limit. */
export interface RateWindow {
  /** Hex SHA-256 naming the webinar (or form) and the client. */
  bucket: string
  /** Unix seconds. */
  windowStart: number
  windowEnd: number
  now: number
  /** Posts allowed in the window. */
  limit: number
}

/**
 * The two statements that count one post: forget windows that have ended (which keeps the
 * table small), then bump this window's count in one upsert, answering the new count. Put
 * them first in a batch whose later statements read the count.
 *
 * @example
 * const [, counted] = await db.batch(countPostStatements(db, window))
 */
export function countPostStatements(db: D1Database, window: RateWindow): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM registration_rate_limits WHERE window_end <= ?1').bind(window.now),
    db
      .prepare(
        `INSERT INTO registration_rate_limits (bucket, window_start, window_end, posts)
         VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET posts = posts + 1
         RETURNING posts`
      )
      .bind(window.bucket, window.windowStart, window.windowEnd),
  ]
}

/**
 * Counts one more post in the window and answers the window's count, this post included.
 * The count is one upsert, so simultaneous posts are all counted.
 *
 * @example
 * const posts = await countPost(db, window)
 * if (posts > window.limit) // refuse
 */
export async function countPost(db: D1Database, window: RateWindow): Promise<number> {
  const [, counted] = await db.batch<{ posts: number }>(countPostStatements(db, window))
  return counted?.results[0]?.posts ?? 1
}

/**
 * An SQL condition that holds while `window`'s count is within its limit, or when there is
 * no window: the guard of an insert that runs after `countPostStatements` in one batch. Its
 * parameters are ?first, ?first+1 and ?first+2; bind `withinLimitValues(window)` there.
 *
 * @example
 * db.prepare(`INSERT INTO t (a) SELECT ?1 WHERE ${withinLimitCondition(2)}`)
 *   .bind(a, ...withinLimitValues(window))
 */
export function withinLimitCondition(first: number): string {
  const [bucket, start, limit] = [first, first + 1, first + 2].map((index) => `?${index}`)
  return `(${bucket} IS NULL OR (SELECT posts FROM registration_rate_limits
            WHERE bucket = ${bucket} AND window_start = ${start}) <= ${limit})`
}

/** The values of `withinLimitCondition`'s three parameters, all null without a window. */
export function withinLimitValues(
  window: RateWindow | null
): [string | null, number | null, number | null] {
  return [window?.bucket ?? null, window?.windowStart ?? null, window?.limit ?? null]
}

/**
 * Counts the post and runs `insert` (guarded by `withinLimitCondition`) in one transaction,
 * so a post is stored only while its client is within the limit, with one round trip.
 * Answers the insert's RETURNING rows and whether this post went over the limit.
 *
 * @example
 * const { rows, overLimit } = await countedInsert<{ id: string }>(db, window, insert)
 */
export async function countedInsert<Row>(
  db: D1Database,
  window: RateWindow | null,
  insert: D1PreparedStatement
): Promise<{ rows: Row[]; overLimit: boolean }> {
  const results = await db.batch<Row & { posts?: number }>([
    ...(window ? countPostStatements(db, window) : []),
    insert,
  ])
  const posts = window ? results[1]?.results[0]?.posts : undefined
  return {
    rows: (results.at(-1)?.results ?? []) as Row[],
    overLimit: window !== null && posts !== undefined && posts > window.limit,
  }
}
