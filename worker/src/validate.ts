// The Worker's one request validator: a zod schema per target, localized 422s on failure.
import { zValidator } from '@hono/zod-validator'
import type { Context, ValidationTargets } from 'hono'
import type * as z from 'zod'
import type { SchemaEntity } from '../../shared/i18n/messages/schema'
import { describeIssues } from '../../shared/schemas/describe-issue'
import { ApiError, type ApiProblem } from './errors'
import { requestLocale } from './request-locale'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i

export interface ValidateOptions {
  /** The record being checked, so fields get its labels ('Start date' for an event). */
  entity?: SchemaEntity
  /**
   * Extra fields naming where a problem is, from its path and the input as sent
   * (for a list of events: its index, id and title).
   */
  problemContext?: (path: readonly PropertyKey[], input: unknown) => Record<string, unknown>
}

// Hono answers a body that is not JSON with a bare 400; a person needs to hear why.
async function requireJsonBody(c: Context): Promise<void> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? ''
  let parsed = JSON_MEDIA_TYPE.test(mediaType)
  if (parsed) {
    try {
      await c.req.json()
    } catch {
      parsed = false
    }
  }
  if (!parsed) throw new ApiError(422, { code: 'invalid_json', messageKey: 'error.invalidJson' })
}

/**
 * Validates one part of the request with `schema`; on failure throws a 422 ApiError whose
 * problems say, in the request's language, which field is wrong and why. Nothing after it
 * runs, so an invalid request changes nothing. A JSON target must be JSON (else 422 too).
 *
 * @example
 * app.put('/events', validate('json', calendarSnapshotSchema), (c) => {
 *   const snapshot = c.req.valid('json')
 * })
 */
export function validate<Schema extends z.core.$ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: Schema,
  options: ValidateOptions = {}
) {
  const validator = zValidator(target, schema, (result, c) => {
    if (result.success) return
    const locale = requestLocale(c)
    const issues = result.error.issues
    const problems = describeIssues(result.error, locale, {
      entity: options.entity,
      input: result.data,
    }).map(
      (problem, index): ApiProblem => ({
        ...options.problemContext?.(issues[index]?.path ?? [], result.data),
        ...problem,
      })
    )
    throw new ApiError(422, {
      code: 'invalid_request',
      messageKey: 'error.invalidRequest',
      problems,
      cause: result.error,
    })
  })
  const validateMiddleware: typeof validator = async (c, next) => {
    if (target === 'json') await requireJsonBody(c)
    return validator(c, next)
  }
  return validateMiddleware
}
