// PUT /admin/events: publishes the whole calendar snapshot, atomically, and says what changed.
import { Hono } from 'hono'
import { diffCalendar, findDuplicateEventIds } from '../../../shared/calendar/publish-diff'
import type { PublishResult } from '../../../shared/calendar/publish-result'
import { t } from '../../../shared/i18n/catalogue'
import { fieldLabel } from '../../../shared/i18n/messages/schema'
import { calendarSnapshotSchema } from '../../../shared/schemas/event'
import { getPublishedCalendar, replaceCalendar } from '../db/calendar'
import type { AppEnv } from '../env'
import { ApiError, type ApiProblem } from '../errors'
import { feedCache } from '../feed/feed-cache'
import { requestLocale } from '../request-locale'
import { validate } from '../validate'

/**
 * Names the event a problem is in, from the body as sent: its position and, when the
 * body has them, its id and title, so a person can find the row.
 */
function eventOfProblem(path: readonly PropertyKey[], body: unknown): Record<string, unknown> {
  const [list, index] = path
  if (list !== 'events' || typeof index !== 'number') return {}
  const events = (body as { events?: unknown } | null)?.events
  const event = Array.isArray(events) ? (events[index] as Record<string, unknown> | null) : null
  return {
    index,
    id: typeof event?.id === 'string' ? event.id : null,
    title: typeof event?.title === 'string' ? event.title : null,
  }
}

export const adminEventsApp = new Hono<AppEnv>().put(
  '/',
  validate('json', calendarSnapshotSchema, { entity: 'event', problemContext: eventOfProblem }),
  async (c) => {
    const snapshot = c.req.valid('json')
    const duplicates = findDuplicateEventIds(snapshot.events)
    if (duplicates.length > 0) {
      const locale = requestLocale(c)
      const problems = duplicates.map(
        ({ id, index, firstIndex }): ApiProblem => ({
          index,
          id,
          title: snapshot.events[index]?.title ?? null,
          path: `events.${index}.id`,
          field: fieldLabel('event', 'id', locale),
          message: t(locale, 'issue.sentence', {
            field: fieldLabel('event', 'id', locale),
            problem: t(locale, 'admin.publish.duplicateId', { id, first: firstIndex + 1 }),
          }),
        })
      )
      throw new ApiError(422, {
        code: 'invalid_request',
        messageKey: 'error.invalidRequest',
        problems,
      })
    }

    const current = await getPublishedCalendar(c.env.DB)
    const publishedAt = new Date().toISOString()
    const diff = diffCalendar(current?.events ?? [], snapshot.events, publishedAt)
    const version = (current?.version ?? 0) + 1
    try {
      await replaceCalendar(
        c.env.DB,
        { version, publishedAt, events: diff.events },
        { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length }
      )
    } catch (cause) {
      // Two publishes read the same version; the second's version row breaks the primary key.
      if (String(cause).includes('UNIQUE constraint failed: calendar_versions.version'))
        throw new ApiError(409, { code: 'conflict', messageKey: 'admin.publish.conflict', cause })
      throw cause
    }
    feedCache.noteVersion({ version, publishedAt })

    const result: PublishResult = {
      version,
      publishedAt,
      counts: {
        events: diff.events.length,
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
      },
      added: diff.added,
      changed: diff.changed,
      removed: diff.removed,
    }
    return c.json(result)
  }
)
