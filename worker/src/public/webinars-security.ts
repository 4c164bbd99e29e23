// Security for the webinar pages: their headers, and the check that a form post came from them.
import type { Context } from 'hono'
import { styleHashSource } from '../security-headers'
import { WEBINARS_CSS } from './webinars-styles'

/** Where Cloudflare Turnstile's script and frame come from, allowed only when it is on. */
export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com'

let styleSource: Promise<string> | undefined

/** What kind of page the headers are for. */
export interface WebinarPageKind {
  /** The page shows the Turnstile widget (its script and frame are allowed). */
  turnstile?: boolean
  /**
   * The URL carries a private token (confirmation, cancellation): no Referer may carry it
   * elsewhere, and no cache may keep the page.
   */
  token?: boolean
  /** The page holds a form or personal data: nothing may keep a copy. */
  noStore?: boolean
}

/**
 * The headers of a webinar page: a CSP that allows its own inline stylesheet (by hash), form
 * posts to itself only, images from itself, no framing, and Turnstile when it is on.
 *
 * @example
 * for (const [name, value] of Object.entries(await webinarPageHeaders({ noStore: true })))
 *   c.header(name, value)
 */
export async function webinarPageHeaders(
  kind: WebinarPageKind = {}
): Promise<Record<string, string>> {
  styleSource ??= styleHashSource(WEBINARS_CSS)
  const directives = [
    "default-src 'none'",
    `style-src ${await styleSource}`,
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ]
  if (kind.turnstile)
    directives.push(`script-src ${TURNSTILE_ORIGIN}`, `frame-src ${TURNSTILE_ORIGIN}`)
  return {
    'Content-Security-Policy': directives.join('; '),
    'Referrer-Policy': kind.token ? 'no-referrer' : 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    ...(kind.token || kind.noStore ? { 'Cache-Control': 'no-store' } : {}),
  }
}

const ALLOWED_FETCH_SITES = ['same-origin', 'none'] as const

/**
 * True when a form post comes from this site's own pages. A browser says where a request
 * comes from twice: Sec-Fetch-Site (same-origin, or none when the person typed or
 * bookmarked it) and Origin. Either one naming another site refuses the post, and one of
 * them must vouch for it. Origin is "null" when the page that posts has Referrer-Policy
 * no-referrer (the token pages), so there Sec-Fetch-Site decides.
 *
 * hono/csrf is not used: it accepts a post when either header passes, even when the other
 * names another site, and its refusal is a bare "Forbidden" that tells a person nothing.
 *
 * @example
 * if (!isSameOriginPost(c)) return refuseCrossSite(c)
 */
export function isSameOriginPost(c: Context): boolean {
  const fetchSite = c.req.header('Sec-Fetch-Site')
  const origin = c.req.header('Origin')
  const ownOrigin = new URL(c.req.url).origin
  const siteOk =
    fetchSite !== undefined && (ALLOWED_FETCH_SITES as readonly string[]).includes(fetchSite)
  const originOk = origin !== undefined && origin === ownOrigin
  if (fetchSite !== undefined && !siteOk) return false
  if (origin !== undefined && origin !== 'null' && !originOk) return false
  return siteOk || originOk
}
