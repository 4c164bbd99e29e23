// Reading what an action answered: its success, or a failure it explains (code, message, problems).
import type { ActionProblem } from '../actions/action-error'
import type { ActionFailure } from '../actions/run-action'

/**
 * True when the server answered with a failure it explains, rather than a result.
 *
 * @example
 * if (isFailure(result)) status.error(result.message)
 */
export function isFailure(value: unknown): value is ActionFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}

/** The problems of a failure, or none. */
export function failureProblems(value: ActionFailure): ActionProblem[] {
  return Array.isArray(value.problems) ? value.problems : []
}
