// GET /admin/proposals: the sync's cursor-paged feed of event proposals; DELETE erases a proposer.
import { Hono } from 'hono'
import { eraseProposalsByEmailKey, listProposalChanges } from '../db/proposals'
import type { AppEnv } from '../env'
import { validate } from '../validate'
import { eraseQuerySchema, exportQuerySchema, nextCursor, pageQuery } from './change-feed'

/**
 * Mounted by the admin app at /admin/proposals, behind its signature check.
 *
 * GET `?after=<cursor>&limit=<n>`: proposals changed after the cursor, in change order, every
 * field included (this is the only way a proposer's data leaves the Worker). Answers
 * `{ items, nextCursor, hasMore }` (items as `eventProposalSchema`); save `nextCursor` only
 * once the rows are written, and ask again while `hasMore`. An erased proposer's proposal
 * comes back as a changed row with `erased: true` and no name or email.
 * DELETE `?email=<address>`: erases that proposer (by email comparison key) from every
 * proposal; answers `{ erased }`, the number of proposals changed.
 *
 * @example
 * adminApp.route('/proposals', adminProposalsApp)
 */
export const adminProposalsApp = new Hono<AppEnv>()
  .get('/', validate('query', exportQuerySchema), async (c) => {
    const { after, limit } = pageQuery(c.req.valid('query'))
    const page = await listProposalChanges(c.env.DB, { after, limit })
    return c.json(
      { items: page.changes, nextCursor: nextCursor(page.changes, after), hasMore: page.hasMore },
      200,
      { 'Cache-Control': 'no-store' }
    )
  })
  .delete('/', validate('query', eraseQuerySchema), async (c) => {
    const { email } = c.req.valid('query')
    return c.json(await eraseProposalsByEmailKey(c.env.DB, email.key, new Date()))
  })
