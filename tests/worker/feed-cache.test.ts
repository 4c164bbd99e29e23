// The feed cache on its own: one render per version and key, bounded memory, ETag matching.
import { describe, expect, it } from 'vitest'
import type { PublishedCalendar } from '../../shared/schemas/event'
import { createFeedCache, etagMatches, strongEtag } from '../../worker/src/feed/feed-cache'

const v1 = { version: 1, publishedAt: '2026-01-01T00:00:00.000Z' }
const v2 = { version: 2, publishedAt: '2026-01-02T00:00:00.000Z' }

function counter(body: string) {
  const render = () => {
    render.calls += 1
    return body
  }
  render.calls = 0
  return render
}

describe('strongEtag', () => {
  it('is a quoted SHA-256 that changes with any byte of the body', async () => {
    const etag = await strongEtag('BEGIN:VCALENDAR')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect(await strongEtag('BEGIN:VCALENDAR')).toBe(etag)
    expect(await strongEtag('BEGIN:VCALENDAr')).not.toBe(etag)
  })
})

describe('etagMatches', () => {
  it('matches a listed tag, a weak form of it, or *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true)
    expect(etagMatches('W/"b"', '"b"')).toBe(true)
    expect(etagMatches('*', '"b"')).toBe(true)
    expect(etagMatches('"a"', '"b"')).toBe(false)
    expect(etagMatches(null, '"b"')).toBe(false)
  })
})

describe('createFeedCache', () => {
  it('asks D1 for the version at most once per TTL, and sees its own publish at once', async () => {
    let clock = 0
    const cache = createFeedCache({ versionTtlMs: 2000, now: () => clock })
    let reads = 0
    let stored = v1
    const load = async () => {
      reads += 1
      return stored
    }
    expect(await cache.currentVersion(load)).toEqual(v1)
    clock = 1999
    expect(await cache.currentVersion(load)).toEqual(v1)
    expect(reads).toBe(1)

    // Another isolate publishes: seen once the TTL has passed.
    stored = v2
    clock = 2000
    expect(await cache.currentVersion(load)).toEqual(v2)
    expect(reads).toBe(2)

    // This isolate publishes: seen at once, without a read.
    const v3 = { version: 3, publishedAt: '2026-01-03T00:00:00.000Z' }
    cache.noteVersion(v3)
    expect(await cache.currentVersion(load)).toEqual(v3)
    expect(reads).toBe(2)
  })

  it('renders once per version and key, then serves from memory', async () => {
    const cache = createFeedCache()
    const render = counter('body')
    const first = await cache.rendered(v1, 'ics|en|', render)
    const second = await cache.rendered(v1, 'ics|en|', render)
    expect(render.calls).toBe(1)
    expect(second).toEqual(first)
    await cache.rendered(v1, 'ics|es|', render)
    expect(render.calls).toBe(2)
  })

  it('renders again for a new version and drops the old version’s bodies', async () => {
    const cache = createFeedCache()
    await cache.rendered(v1, 'k', () => 'old')
    await cache.rendered(v1, 'other', () => 'old too')
    const fresh = await cache.rendered(v2, 'k', () => 'new')
    expect(fresh.body).toBe('new')
    expect(cache.stats()).toMatchObject({ entries: 1, newestVersion: 2 })
  })

  it('shares one render among concurrent requests for the same key', async () => {
    const cache = createFeedCache()
    let calls = 0
    const slow = async () => {
      calls += 1
      await new Promise((resolve) => setTimeout(resolve, 10))
      return 'body'
    }
    const results = await Promise.all([1, 2, 3].map(() => cache.rendered(v1, 'k', slow)))
    expect(calls).toBe(1)
    expect(new Set(results.map((result) => result.etag)).size).toBe(1)
  })

  it('keeps no more than its entry and byte limits, least recently used out first', async () => {
    const cache = createFeedCache({ maxEntries: 2, maxBytes: 1000 })
    await cache.rendered(v1, 'a', () => 'A')
    await cache.rendered(v1, 'b', () => 'B')
    await cache.rendered(v1, 'a', () => 'A') // 'a' is now the most recently used
    await cache.rendered(v1, 'c', () => 'C')
    const b = counter('B')
    const a = counter('A')
    await cache.rendered(v1, 'a', a)
    expect(a.calls).toBe(0)
    await cache.rendered(v1, 'b', b)
    expect(b.calls).toBe(1)

    await cache.rendered(v1, 'big', () => 'x'.repeat(400)) // 800 bytes in memory
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000)
    const huge = counter('y'.repeat(600)) // 1200 bytes: never kept
    await cache.rendered(v1, 'huge', huge)
    await cache.rendered(v1, 'huge', huge)
    expect(huge.calls).toBe(2)
  })

  it('keeps nothing from a render that fails', async () => {
    const cache = createFeedCache()
    await expect(
      cache.rendered(v1, 'k', () => {
        throw new Error('no such event')
      })
    ).rejects.toThrow('no such event')
    expect((await cache.rendered(v1, 'k', () => 'ok')).body).toBe('ok')
  })

  it('does not mistake a reused version number (tables emptied) for the same snapshot', async () => {
    const cache = createFeedCache()
    await cache.rendered(v1, 'k', () => 'first snapshot')
    const again = await cache.rendered(
      { ...v1, publishedAt: '2026-03-01T00:00:00.000Z' },
      'k',
      () => 'second'
    )
    expect(again.body).toBe('second')
  })

  it('loads the published calendar once per version', async () => {
    const cache = createFeedCache()
    let loads = 0
    const load = (calendar: PublishedCalendar) => async () => {
      loads += 1
      return calendar
    }
    const one = { ...v1, events: [] }
    expect(await cache.calendar(v1, load(one))).toBe(one)
    expect(await cache.calendar(v1, load(one))).toBe(one)
    expect(loads).toBe(1)
    const two = { ...v2, events: [] }
    expect(await cache.calendar(v2, load(two))).toBe(two)
    expect(loads).toBe(2)
  })
})
