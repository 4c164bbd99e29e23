// Cancelling a registration with its private token; the freed seat goes to the waiting list.
import type { Locale } from '../../../shared/i18n/locales'
import { cancelByTokenHash } from '../db/registrations'
import type { Bindings } from '../env'
import { hashCancelToken, isCancelTokenShaped } from './cancel-token'

export type CancelResult =
  | {
      ok: true
      /** True when it had been cancelled before (the link was used twice). */
      alreadyCancelled: boolean
      registration: { id: string; webinarSlug: string; language: Locale; status: 'cancelled' }
      /** How many people on the waiting list got a seat (0 or 1). Not for public answers. */
      promoted: number
    }
  | { ok: false; kind: 'not-found' }

/**
 * Cancels the registration `token` belongs to. Cancelling frees the seat and gives it to the
 * first person waiting, atomically; cancelling twice is harmless. A token of the wrong shape,
 * unknown, or of an erased registration is 'not-found'.
 *
 * @example
 * const result = await cancelRegistration(c.env, c.req.param('token'), { now: new Date() })
 * if (!result.ok) throw new ApiError(404, { code: 'not_found', messageKey: 'registration.cancel.notFound' })
 */
export async function cancelRegistration(
  env: Bindings,
  token: string,
  options: { now?: Date } = {}
): Promise<CancelResult> {
  if (!isCancelTokenShaped(token)) return { ok: false, kind: 'not-found' }
  const outcome = await cancelByTokenHash(
    env.DB,
    await hashCancelToken(token),
    options.now ?? new Date()
  )
  if (outcome.kind === 'not-found') return { ok: false, kind: 'not-found' }
  const { id, webinarSlug, language } = outcome.registration
  return {
    ok: true,
    alreadyCancelled: outcome.kind === 'already-cancelled',
    registration: { id, webinarSlug, language, status: 'cancelled' },
    promoted: outcome.kind === 'cancelled' ? outcome.promoted : 0,
  }
}
