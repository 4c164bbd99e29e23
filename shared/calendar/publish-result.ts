// What PUT /admin/events answers after a publish; the CLI and the add-on parse it with this.
import * as z from 'zod/mini'
import { eventId } from '../schemas/event'
import { isoInstant } from '../schemas/primitives'

/**
 * The published version, when, how many events it holds and which ids it added, changed
 * (sequence + 1) and removed.
 *
 * @example
 * const result = publishResultSchema.parse(await response.json())
 * console.log(`version ${result.version}: ${result.counts.added} added`)
 */
export const publishResultSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  publishedAt: isoInstant,
  counts: z.object({
    events: z.number().check(z.int(), z.nonnegative()),
    added: z.number().check(z.int(), z.nonnegative()),
    changed: z.number().check(z.int(), z.nonnegative()),
    removed: z.number().check(z.int(), z.nonnegative()),
  }),
  added: z.array(eventId),
  changed: z.array(eventId),
  removed: z.array(eventId),
})
export type PublishResult = z.infer<typeof publishResultSchema>
