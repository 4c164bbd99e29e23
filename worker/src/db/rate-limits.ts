// Queries on the rate-limit counters: one fixed-window count per bucket, bumped atomically.

/** One client's window for one webinar: where its posts are counted, and the limit. */
export interface RateWindow {
  /** Hex SHA-256 naming the webinar and the client. */
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
