// Security headers for the Worker's HTML pages: a strict CSP and who may frame a page.

/**
 * A CSP source for a `<style>` element: `'sha256-…'` of its exact text, so the page needs
 * neither 'unsafe-inline' nor a nonce.
 *
 * @example
 * const source = await styleHashSource('body{margin:0}') // "'sha256-…'"
 */
export async function styleHashSource(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))
  let binary = ''
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
  return `'sha256-${btoa(binary)}'`
}

// A host source such as https://community.icann.org, https://*.example.org or
// http://localhost:8080, or a scheme source such as https:. Anything else (a stray `;`,
// a path, a quote) could change the policy's meaning, so it is dropped.
const HOST_SOURCE = /^(https?:\/\/)(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i
const KEYWORD_SOURCES = ["'self'", "'none'"] as const

/**
 * The `frame-ancestors` value from the Worker's space-separated EMBED_FRAME_ANCESTORS.
 * Unset, empty or with no valid source, it is `'none'`: nobody may frame the page.
 *
 * @example
 * frameAncestorsSource('https://community.icann.org') // 'https://community.icann.org'
 */
export function frameAncestorsSource(configured: string | undefined): string {
  const sources = (configured ?? '')
    .split(/\s+/)
    .filter(
      (source) =>
        HOST_SOURCE.test(source) ||
        /^https?:$/.test(source) ||
        (KEYWORD_SOURCES as readonly string[]).includes(source)
    )
  if (sources.length === 0 || sources.includes("'none'")) return "'none'"
  return sources.join(' ')
}

/**
 * Headers for a page that loads nothing but its own inline `<style>` (by hash) and may be
 * framed by `frameAncestors` only. There is deliberately no X-Frame-Options: DENY or
 * SAMEORIGIN would stop the community wiki from framing the page, and frame-ancestors
 * supersedes it in every current browser.
 *
 * @example
 * const headers = pageSecurityHeaders({ styleSources: [hash], frameAncestors: "'none'" })
 */
export function pageSecurityHeaders(options: {
  styleSources: string[]
  frameAncestors: string
}): Record<string, string> {
  const policy = [
    "default-src 'none'",
    `style-src ${options.styleSources.join(' ') || "'none'"}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${options.frameAncestors}`,
  ].join('; ')
  return {
    'Content-Security-Policy': policy,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  }
}
