// Looks a registration up by its private cancellation token, for the registrant's own pages.
import type { Locale } from '../../../shared/i18n/locales'
import type { RegistrationStatus } from '../../../shared/schemas/registration'
import { findByTokenHash } from '../db/registrations'
import type { Bindings } from '../env'
import { hashCancelToken, isCancelTokenShaped } from './cancel-token'

/** What the holder of a token may see: their own registration's public fields. */
export interface OwnRegistration {
  id: string
  webinarSlug: string
  name: string
  language: Locale
  status: RegistrationStatus
  createdAt: string
}

/**
 * The registration `token` belongs to, as it stands now (a waiting person may have been
 * promoted since), or null for a malformed, unknown or erased token. Never the email.
 *
 * @example
 * const own = await findRegistrationByCancelToken(c.env, c.req.param('token'))
 * if (own?.status === 'waitlisted') // show the waiting-list notice
 */
export async function findRegistrationByCancelToken(
  env: Bindings,
  token: string
): Promise<OwnRegistration | null> {
  if (!isCancelTokenShaped(token)) return null
  const found = await findByTokenHash(env.DB, await hashCancelToken(token))
  if (!found || found.name === null) return null
  return {
    id: found.id,
    webinarSlug: found.webinarSlug,
    name: found.name,
    language: found.language,
    status: found.status,
    createdAt: found.createdAt,
  }
}
