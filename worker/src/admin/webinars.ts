// PUT /admin/webinars publishes the whole set of webinars atomically; GET lists them for staff.
import { Hono } from 'hono'
import * as z from 'zod'
import { t } from '../../../shared/i18n/catalogue'
import { webinarSchema } from '../../../shared/schemas/webinar'
import { listWebinars, publishWebinars } from '../db/webinars'
import type { AppEnv } from '../env'
import { ApiError, type ApiProblem } from '../errors'
import { requestLocale } from '../request-locale'
import { validate } from '../validate'

/** The body of PUT /admin/webinars: every webinar that should be published, join links included. */
const webinarSetSchema = z.object({ webinars: z.array(webinarSchema).max(1000) })

/** Names the webinar a problem is in, from the body as sent: its position, slug and a title. */
function webinarOfProblem(path: readonly PropertyKey[], body: unknown): Record<string, unknown> {
  const [list, index] = path
  if (list !== 'webinars' || typeof index !== 'number') return {}
  const webinars = (body as { webinars?: unknown } | null)?.webinars
  const webinar = Array.isArray(webinars)
    ? (webinars[index] as Record<string, unknown> | null)
    : null
  const titles = webinar?.titles as Record<string, unknown> | undefined
  const title = titles && typeof titles === 'object' ? Object.values(titles)[0] : undefined
  return {
    index,
    slug: typeof webinar?.slug === 'string' ? webinar.slug : null,
    title: typeof title === 'string' ? title : null,
  }
}

/**
 * Mounted by the admin app at /admin/webinars, behind its signature check.
 *
 * PUT: `{ webinars: Webinar[] }` becomes the published set in one transaction; a webinar left
 * out is archived (off the public pages, registrations kept), and grown capacities give seats
 * to the waiting list. Answers `{ webinars, added, changed, unchanged, archived, promoted }`,
 * or 422 with localized problems and nothing changed.
 * GET: every webinar, archived ones too, with join links and seat counts.
 *
 * @example
 * adminApp.route('/webinars', adminWebinarsApp)
 */
export const adminWebinarsApp = new Hono<AppEnv>()
  .put('/', validate('json', webinarSetSchema, { problemContext: webinarOfProblem }), async (c) => {
    const { webinars } = c.req.valid('json')
    const firstIndex = new Map<string, number>()
    const problems: ApiProblem[] = []
    webinars.forEach((webinar, index) => {
      const first = firstIndex.get(webinar.slug)
      if (first === undefined) firstIndex.set(webinar.slug, index)
      else
        problems.push({
          index,
          slug: webinar.slug,
          path: ['webinars', index, 'slug'],
          field: 'slug',
          message: t(requestLocale(c), 'registration.admin.duplicateSlug', {
            slug: webinar.slug,
            first: first + 1,
          }),
        })
    })
    if (problems.length > 0)
      throw new ApiError(422, {
        code: 'invalid_request',
        messageKey: 'error.invalidRequest',
        problems,
      })

    const result = await publishWebinars(c.env.DB, webinars, new Date())
    return c.json({ webinars: webinars.length, ...result })
  })
  .get('/', async (c) => {
    const stored = await listWebinars(c.env.DB, { includeArchived: true })
    return c.json({
      webinars: stored.map(({ webinar, ...status }) => ({ ...webinar, ...status })),
    })
  })
