// The query and answer of the admin change feeds (registrations, proposals, suggestions).
import * as z from 'zod'
import { emailAddressSchema } from '../../../shared/email/email-schema'

export const EXPORT_DEFAULT_LIMIT = 100
export const EXPORT_MAX_LIMIT = 1000

const cursor = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number)

/**
 * `?after=<cursor>&limit=<n>`: the last change number the caller has saved (everything
 * after it comes back), and how many at most (1 to 1000, 100 by default).
 *
 * @example
 * .get('/', validate('query', exportQuerySchema), async (c) => pageQuery(c.req.valid('query')))
 */
export const exportQuerySchema = z.object({
  after: cursor.optional(),
  limit: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(EXPORT_MAX_LIMIT))
    .optional(),
})

/** `?email=<address>`: whose data to erase, by the address's comparison key. */
export const eraseQuerySchema = z.object({ email: emailAddressSchema })

/**
 * The cursor and page size a valid export query asks for, defaults filled in.
 *
 * @example
 * pageQuery({}) // { after: 0, limit: 100 }
 */
export function pageQuery(query: z.infer<typeof exportQuerySchema>): {
  after: number
  limit: number
} {
  return { after: query.after ?? 0, limit: query.limit ?? EXPORT_DEFAULT_LIMIT }
}

/**
 * The cursor to save after a page: the last change number in it, or `after` for an empty page.
 *
 * @example
 * nextCursor(page.changes, after) // '42'
 */
export function nextCursor(changes: readonly { changeSeq: number }[], after: number): string {
  return String(changes.at(-1)?.changeSeq ?? after)
}
