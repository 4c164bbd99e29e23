// How the public form pages answer: a whole document with its security headers, a problem
// page, the size limit of a post and the reading of a posted form.
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { JSX } from 'hono/jsx/jsx-runtime'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Locale } from '../../../shared/i18n/locales'
import type { AppEnv } from '../env'
import { requestLocale } from '../request-locale'
import { type PageAddress, ProblemPage, type SiteLink } from './webinars-layout'
import { type WebinarPageKind, webinarPageHeaders } from './webinars-security'

/**
 * The page as the reader asked for it, for the language switcher's links.
 *
 * @example
 * <WebinarDocument address={addressOf(c)} …>
 */
export function addressOf(c: Context): PageAddress {
  const url = new URL(c.req.url)
  const query = new URLSearchParams(url.search)
  query.delete('lang')
  return { path: url.pathname, query }
}

/**
 * Answers with `page` as a whole HTML document and the headers of its kind (CSP, no-store...).
 *
 * @example
 * return sendPage(c, <WebinarListPage … />, { noStore: true })
 */
export async function sendPage(
  c: Context<AppEnv>,
  page: JSX.Element,
  options: WebinarPageKind & { status?: ContentfulStatusCode } = {}
): Promise<Response> {
  for (const [name, value] of Object.entries(await webinarPageHeaders(options)))
    c.header(name, value)
  // The language may come from Accept-Language, so shared caches must keep one copy per language.
  c.header('Vary', 'Accept-Language')
  return c.html(`<!DOCTYPE html>${await page.toString()}`, options.status ?? 200)
}

/** What a problem page says, and where it sends the reader (the webinars unless given). */
export interface ProblemMessage {
  heading: string
  text: string
  site?: SiteLink
  back?: { href: string; text: string }
}

/**
 * A page that says what went wrong, with `status`, never kept by a cache.
 *
 * @example
 * return problemPage(c, 'es', { heading, text }, 429)
 */
export function problemPage(
  c: Context<AppEnv>,
  locale: Locale,
  message: ProblemMessage,
  status: ContentfulStatusCode
): Promise<Response> {
  return sendPage(c, <ProblemPage locale={locale} address={addressOf(c)} {...message} />, {
    status,
    noStore: true,
  })
}

/**
 * Refuses a post larger than `maxSize` bytes with a 413 page saying so, before its body is
 * read (hono's body limit counts the bytes as they stream in).
 *
 * @example
 * app.post('/propose-event', formBodyLimit({ maxSize, message: (locale) => ({ heading, text }) }), …)
 */
export function formBodyLimit(options: {
  maxSize: number
  message: (locale: Locale) => ProblemMessage
}): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: options.maxSize,
    onError: (c) => {
      const locale = requestLocale(c)
      return problemPage(c, locale, options.message(locale), 413)
    },
  })
}

/**
 * The posted form's text fields (a file field is dropped), or null when the body cannot be
 * read as a form (a broken multipart boundary, say): the sender's fault, not a 500.
 *
 * @example
 * const input = await readFormBody(c)
 * if (!input) return problem(c, locale, 'badForm', 400)
 */
export async function readFormBody(c: Context<AppEnv>): Promise<Record<string, string> | null> {
  const body = await c.req.parseBody().catch(() => null)
  if (!body) return null
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
}
