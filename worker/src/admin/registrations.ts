// GET /admin/registrations: the sync's cursor-paged change feed; DELETE erases a person's data.
import { Hono } from 'hono'
import * as z from 'zod'
import { emailAddressSchema } from '../../../shared/email/email-schema'
import { eraseRegistrationsByEmailKey, listRegistrationChanges } from '../db/registrations'
import type { AppEnv } from '../env'
import { validate } from '../validate'

export const EXPORT_DEFAULT_LIMIT = 100
export const EXPORT_MAX_LIMIT = 1000

const cursor = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number)

const exportQuerySchema = z.object({
  /** The last change number the caller has saved; everything after it comes back. */
  after: cursor.optional(),
  limit: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(EXPORT_MAX_LIMIT))
    .optional(),
})

const eraseQuerySchema = z.object({ email: emailAddressSchema })

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
    const query = c.req.valid('query')
    const after = query.after ?? 0
    const page = await listRegistrationChanges(c.env.DB, {
      after,
      limit: query.limit ?? EXPORT_DEFAULT_LIMIT,
    })
    const last = page.changes.at(-1)
    return c.json(
      {
        registrations: page.changes,
        nextCursor: String(last?.changeSeq ?? after),
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
