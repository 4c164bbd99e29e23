// The per-client limit on public form posts: a fixed window per form (or webinar) and client, in D1.
import { countPost, type RateWindow } from '../db/rate-limits'
import type { Bindings } from '../env'

export const DEFAULT_RATE_LIMIT = 10
export const DEFAULT_RATE_WINDOW_SECONDS = 600

export interface RateLimitSettings {
  /** Posts allowed per window; 0 means no limit. */
  limit: number
  windowSeconds: number
}

function wholeNumber(value: string | undefined, fallback: number, minimum: number): number {
  const parsed = Number(value?.trim())
  return value !== undefined && value.trim() !== '' && Number.isInteger(parsed) && parsed >= minimum
    ? parsed
    : fallback
}

/**
 * The limit from REGISTRATION_RATE_LIMIT and REGISTRATION_RATE_WINDOW_SECONDS; a missing or
 * malformed value keeps its default (10 posts per 600 s), so a typo never turns the limit off.
 *
 * @example
 * rateLimitSettings({ REGISTRATION_RATE_LIMIT: '3' }) // { limit: 3, windowSeconds: 600 }
 */
export function rateLimitSettings(
  env: Pick<Bindings, 'REGISTRATION_RATE_LIMIT' | 'REGISTRATION_RATE_WINDOW_SECONDS'>
): RateLimitSettings {
  return {
    limit: wholeNumber(env.REGISTRATION_RATE_LIMIT, DEFAULT_RATE_LIMIT, 0),
    windowSeconds: wholeNumber(
      env.REGISTRATION_RATE_WINDOW_SECONDS,
      DEFAULT_RATE_WINDOW_SECONDS,
      1
    ),
  }
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The window this post is counted in, or null when the limit is off. `scope` says what the
 * posts are for: a webinar's slug, or a form's own name such as 'form:propose-event' (a
 * colon never appears in a slug, so the two never share a bucket). Every scope has its own
 * limit, with the same settings. The bucket is a hash: the table needs to tell clients
 * apart, not to know their addresses.
 *
 * @example
 * const window = await rateWindow(env, { scope: webinarSlug, clientKey, now: new Date() })
 */
export async function rateWindow(
  env: Bindings,
  request: { scope: string; clientKey: string; now: Date }
): Promise<RateWindow | null> {
  const { limit, windowSeconds } = rateLimitSettings(env)
  if (limit === 0) return null
  const now = Math.floor(request.now.getTime() / 1000)
  const windowStart = now - (now % windowSeconds)
  return {
    bucket: await sha256Hex(`registration\n${request.scope}\n${request.clientKey}`),
    windowStart,
    windowEnd: windowStart + windowSeconds,
    now,
    limit,
  }
}

/**
 * Seconds until `window` ends, for Retry-After (at least 1).
 *
 * @example
 * c.header('Retry-After', String(retryAfterSeconds(window)))
 */
export function retryAfterSeconds(window: RateWindow): number {
  return Math.max(1, window.windowEnd - window.now)
}

/**
 * Counts a post that will not be stored (invalid, or caught by the honeypot) and answers
 * whether it was still within the limit. Refused posts count too, so hammering does not
 * reopen the window early. A post that may be stored is counted in the same transaction as
 * its insert (see `countedInsert`).
 *
 * @example
 * if (window && !(await countRefusedPost(env, window))) return rateLimited(window)
 */
export async function countRefusedPost(env: Bindings, window: RateWindow | null): Promise<boolean> {
  if (!window) return true
  return (await countPost(env.DB, window)) <= window.limit
}
