// Empties the tables the admin and calendar tests write, so each test starts from no publish.
import { env } from 'cloudflare:test'
import { feedCache } from '../../worker/src/feed/feed-cache'

/**
 * Deletes every published event, calendar version and admin nonce, and forgets the isolate's
 * rendered feeds and known version (version numbers start again from 1 after this).
 */
export async function resetCalendarTables(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM published_events'),
    env.DB.prepare('DELETE FROM calendar_versions'),
    env.DB.prepare('DELETE FROM admin_nonces'),
  ])
  feedCache.clear()
}
