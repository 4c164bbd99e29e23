// PUT /admin/events: publishes the whole calendar snapshot, atomically, and says what changed.
// A snapshot holding a member's proposal (status 'proposed') is refused: proposals are never public.
import { Hono } from 'hono'
import { diffCalendar, findDuplicateEventIds } from '../../../shared/calendar/publish-diff'
import type { PublishResult } from '../../../shared/calendar/publish-result'
import { t } from '../../../shared/i18n/catalogue'
import { fieldLabel, valueLabel } from '../../../shared/i18n/messages/schema'
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
    const locale = requestLocale(c)
    const statusLabel = fieldLabel('event', 'status', locale)
    const duplicates = findDuplicateEventIds(snapshot.events).map(
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
    // A member's proposal stays in the workbook until staff review it; the feeds never carry it.
    const proposals = snapshot.events.flatMap((event, index): ApiProblem[] =>
      event.status === 'proposed'
        ? [
            {
              index,
              id: event.id,
              title: event.title,
              path: `events.${index}.status`,
              field: statusLabel,
              message: t(locale, 'issue.sentence', {
                field: statusLabel,
                problem: t(locale, 'memberInput.publish.proposed', {
                  confirmed: valueLabel('eventStatus', 'confirmed', locale),
                  tentative: valueLabel('eventStatus', 'tentative', locale),
                }),
              }),
            },
          ]
        : []
    )
    const problems = [...duplicates, ...proposals].sort((a, b) => Number(a.index) - Number(b.index))
    if (problems.length > 0)
      throw new ApiError(422, {
        code: 'invalid_request',
        messageKey: 'error.invalidRequest',
        problems,
      })

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
