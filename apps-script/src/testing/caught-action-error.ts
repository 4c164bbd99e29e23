// For tests of what fails: the ActionError an action throws, or a failed test when it throws
// none (or something else).
import { ActionError } from '../actions/action-error'

/**
 * Runs `action` and gives back the ActionError it throws.
 *
 * @example
 * expect(caughtActionError(() => workerConnection(properties)).code).toBe('not-configured')
 */
export function caughtActionError(action: () => unknown): ActionError {
  try {
    action()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}
