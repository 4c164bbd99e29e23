// GET /admin/registrations: the sync's cursor-paged change feed; DELETE erases a person's data.
import { Hono } from 'hono'
import { eraseRegistrationsByEmailKey, listRegistrationChanges } from '../db/registrations'
import type { AppEnv } from '../env'
import { validate } from '../validate'
import { eraseQuerySchema, exportQuerySchema, nextCursor, pageQuery } from './change-feed'

export { EXPORT_DEFAULT_LIMIT, EXPORT_MAX_LIMIT } from './change-feed'

/**
 * Mounted by the admin app at /admin/registrations, behind its signature check.
 *
 * GET `?after=<cursor>&limit=<n>`: registrations changed after the cursor, in change order,
 * every field included (this is the only way personal data leaves the Worker). Answers
 * `{ registrations, nextCursor, hasMore }`; save `nextCursor` only once the rows are written,
 * and ask again while `hasMore`. Cancellations, promotions and erasures come back as changed
 * rows; an erased row has `erased: true` and no personal data.
 * DELETE `?email=<address>`: erases that person (by email comparison key) in every webinar;
 * answers `{ erased }`.
 *
 * @example
 * adminApp.route('/registrations', adminRegistrationsApp)
 */
export const adminRegistrationsApp = new Hono<AppEnv>()
  .get('/', validate('query', exportQuerySchema), async (c) => {
    const { after, limit } = pageQuery(c.req.valid('query'))
    const page = await listRegistrationChanges(c.env.DB, { after, limit })
    return c.json(
      {
        registrations: page.changes,
        nextCursor: nextCursor(page.changes, after),
        hasMore: page.hasMore,
      },
      200,
      { 'Cache-Control': 'no-store' }
    )
  })
  .delete('/', validate('query', eraseQuerySchema), async (c) => {
    const { email } = c.req.valid('query')
    const { erased } = await eraseRegistrationsByEmailKey(c.env.DB, email.key, new Date())
    return c.json({ erased })
  })
