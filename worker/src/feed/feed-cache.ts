// Rendered feed bodies kept in the isolate's memory, keyed by calendar version, with strong ETags.
import type { PublishedCalendar } from '../../../shared/schemas/event'

/** Which published snapshot a body was rendered from. */
export interface CalendarVersion {
  version: number
  publishedAt: string
}

/** A rendered feed body and its strong ETag (quoted SHA-256 of the body). */
export interface RenderedFeed {
  body: string
  etag: string
}

export interface FeedCacheOptions {
  /** At most this many bodies are kept (least recently used go first). */
  maxEntries?: number
  /** At most about this many bytes of bodies are kept (a body alone over it is not kept). */
  maxBytes?: number
  /** How long the current version, once read from D1, is trusted without asking again. */
  versionTtlMs?: number
  /** The clock, for tests. */
  now?: () => number
}

/**
 * A strong ETag for a body: the quoted, base64url SHA-256 of its UTF-8 bytes, so equal
 * bodies share it in every isolate and any change to a body changes it.
 *
 * @example
 * await strongEtag('ok') // '"…43 characters…"'
 */
export async function strongEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))
  let binary = ''
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
  const base64url = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `"${base64url}"`
}

/**
 * True when an If-None-Match header names this ETag (or is `*`). The comparison is the
 * weak one RFC 9110 prescribes for If-None-Match, so a `W/` prefix added by a proxy that
 * compressed the body still matches.
 *
 * @example
 * etagMatches('W/"abc", "def"', '"def"') // true
 */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/**
 * A bounded in-memory cache of rendered feeds for one isolate. Each key names the calendar
 * version it was rendered from, so a republish can never be answered with an old body; the
 * bodies of older versions are dropped as soon as a newer version is seen. It also keeps
 * the latest published calendar, so rendering another filter does not read D1 again.
 *
 * @example
 * const cache = createFeedCache({ maxEntries: 50 })
 * const feed = await cache.rendered(current, 'ics|es|subregion=caribbean', () => renderIcs(…))
 */
export function createFeedCache(options: FeedCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 100
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024
  const versionTtlMs = options.versionTtlMs ?? 2000
  const now = options.now ?? Date.now
  let knownVersion: { value: CalendarVersion | null; readAt: number } | null = null
  let versionRead: Promise<CalendarVersion | null> | null = null
  const bodies = new Map<string, RenderedFeed & { version: number; bytes: number }>()
  const pending = new Map<string, Promise<RenderedFeed>>()
  let newestVersion = 0
  let totalBytes = 0
  let calendar: PublishedCalendar | null = null

  function drop(key: string) {
    const entry = bodies.get(key)
    if (!entry) return
    bodies.delete(key)
    totalBytes -= entry.bytes
  }

  function observeVersion(version: number) {
    if (version <= newestVersion) return
    newestVersion = version
    for (const [key, entry] of bodies) if (entry.version < version) drop(key)
    if (calendar && calendar.version < version) calendar = null
  }

  function store(key: string, version: number, feed: RenderedFeed) {
    // JavaScript strings take two bytes per UTF-16 unit; that is what the isolate holds.
    const bytes = feed.body.length * 2
    if (version < newestVersion || bytes > maxBytes) return
    drop(key)
    bodies.set(key, { ...feed, version, bytes })
    totalBytes += bytes
    for (const oldest of bodies.keys()) {
      if (bodies.size <= maxEntries && totalBytes <= maxBytes) break
      drop(oldest)
    }
  }

  return {
    /**
     * The current calendar version. Asking D1 on every request would cost each cached
     * answer a query, so the answer is trusted for `versionTtlMs` (2 s): a publish made
     * through another isolate shows up within that time, while this isolate's own publishes
     * (`noteVersion`) show up at once. Feeds are cacheable for minutes anyway.
     */
    async currentVersion(
      load: () => Promise<CalendarVersion | null>
    ): Promise<CalendarVersion | null> {
      if (knownVersion && now() - knownVersion.readAt < versionTtlMs) return knownVersion.value
      versionRead ??= load()
        .then((value) => {
          knownVersion = { value, readAt: now() }
          return value
        })
        .finally(() => {
          versionRead = null
        })
      return versionRead
    },

    /** Records a version this isolate has just published, so it serves it at once. */
    noteVersion(current: CalendarVersion) {
      knownVersion = { value: current, readAt: now() }
      observeVersion(current.version)
    },

    /**
     * The body for `key` rendered from calendar `version`: from memory when this isolate
     * has it, else rendered once (concurrent requests for the same key share one render).
     */
    async rendered(
      current: CalendarVersion | null,
      key: string,
      render: () => string | Promise<string>
    ): Promise<RenderedFeed> {
      const version = current?.version ?? 0
      observeVersion(version)
      // The publish time is part of the key too: a version number is never reused in
      // production, but a test that empties the tables starts again from version 1.
      const fullKey = `${version}|${current?.publishedAt ?? ''}|${key}`
      const hit = bodies.get(fullKey)
      if (hit) {
        // Re-inserting marks the entry as the most recently used.
        bodies.delete(fullKey)
        bodies.set(fullKey, hit)
        return { body: hit.body, etag: hit.etag }
      }
      const inFlight = pending.get(fullKey)
      if (inFlight) return inFlight
      const job = (async () => {
        const body = await render()
        const feed = { body, etag: await strongEtag(body) }
        store(fullKey, version, feed)
        return feed
      })()
      pending.set(fullKey, job)
      try {
        return await job
      } finally {
        pending.delete(fullKey)
      }
    },

    /**
     * The published calendar of `version`, loading it with `load` unless this isolate
     * already holds it. A load that returns another version (a publish landed in between)
     * is kept only if it is the newest seen.
     */
    async calendar(
      current: CalendarVersion,
      load: () => Promise<PublishedCalendar | null>
    ): Promise<PublishedCalendar | null> {
      observeVersion(current.version)
      if (calendar?.version === current.version && calendar.publishedAt === current.publishedAt)
        return calendar
      const loaded = await load()
      if (loaded) {
        observeVersion(loaded.version)
        if (loaded.version >= newestVersion) calendar = loaded
      }
      return loaded
    },

    /** What the cache holds, for tests and diagnostics. */
    stats() {
      return { entries: bodies.size, bytes: totalBytes, newestVersion }
    },

    /** Forgets everything (tests that empty the tables, so version numbers start again). */
    clear() {
      knownVersion = null
      bodies.clear()
      totalBytes = 0
      newestVersion = 0
      calendar = null
    },
  }
}

export type FeedCache = ReturnType<typeof createFeedCache>

/** The isolate's feed cache, shared by the JSON and iCalendar routes. */
export const feedCache = createFeedCache()
