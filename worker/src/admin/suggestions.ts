// GET /admin/suggestions: the sync's cursor-paged feed of candidate suggestions; DELETE erases.
import { Hono } from 'hono'
import * as z from 'zod'
import { emailAddressSchema } from '../../../shared/email/email-schema'
import {
  eraseSuggestionById,
  eraseSuggestionsByEmailKey,
  listSuggestionChanges,
} from '../db/suggestions'
import type { AppEnv } from '../env'
import { validate } from '../validate'
import { exportQuerySchema, nextCursor, pageQuery } from './change-feed'

// By email (the candidate's or the suggester's), or by id for a candidate without one.
const eraseQuerySchema = z.union([
  z.object({ email: emailAddressSchema }),
  z.object({ id: z.uuid() }),
])

/**
 * Mounted by the admin app at /admin/suggestions, behind its signature check.
 *
 * GET `?after=<cursor>&limit=<n>`: suggestions changed after the cursor, in change order,
 * every field included (the only way they leave the Worker). Answers
 * `{ items, nextCursor, hasMore }` (items as `candidateSuggestionSchema`), paged like
 * /admin/registrations.
 * DELETE `?email=<address>`: erases that person, by email comparison key: a suggestion about
 * them is emptied of everything personal, and where they made the suggestion only their
 * name and email go; answers `{ erased, suggesterErased }`. DELETE `?id=<uuid>` empties one
 * suggestion (a candidate reached without email); answers `{ erased }`.
 *
 * @example
 * adminApp.route('/suggestions', adminSuggestionsApp)
 */
export const adminSuggestionsApp = new Hono<AppEnv>()
  .get('/', validate('query', exportQuerySchema), async (c) => {
    const { after, limit } = pageQuery(c.req.valid('query'))
    const page = await listSuggestionChanges(c.env.DB, { after, limit })
    return c.json(
      { items: page.changes, nextCursor: nextCursor(page.changes, after), hasMore: page.hasMore },
      200,
      { 'Cache-Control': 'no-store' }
    )
  })
  .delete('/', validate('query', eraseQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const now = new Date()
    if ('email' in query)
      return c.json(await eraseSuggestionsByEmailKey(c.env.DB, query.email.key, now))
    return c.json(await eraseSuggestionById(c.env.DB, query.id, now))
  })
