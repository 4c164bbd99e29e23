// The /admin route group: size-limited, signed requests only, then each admin sub-app.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { adminEventsApp } from './events'
import { adminProposalsApp } from './proposals'
import { adminRegistrationsApp } from './registrations'
import { adminSuggestionsApp } from './suggestions'
import { verifySignature } from './verify-signature'
import { adminWebinarsApp } from './webinars'

/** The largest admin request body; a calendar snapshot of a few thousand events fits well. */
export const ADMIN_BODY_LIMIT_BYTES = 5 * 1024 * 1024

/**
 * Mount with `app.route('/admin', adminApp)`; add further admin routes with
 * `adminApp.route('/webinars', adminWebinarsApp)` so they sit behind the same checks.
 *
 * @example
 * app.route('/admin', adminApp)
 */
export const adminApp = new Hono<AppEnv>()

// The size check comes first: the signature check reads the whole body to hash it.
adminApp.use(
  '*',
  bodyLimit({
    maxSize: ADMIN_BODY_LIMIT_BYTES,
    onError: () => {
      throw new ApiError(413, {
        code: 'payload_too_large',
        messageKey: 'admin.payloadTooLarge',
        params: { limit: ADMIN_BODY_LIMIT_BYTES / (1024 * 1024) },
      })
    },
  })
)
adminApp.use('*', verifySignature())
adminApp.route('/events', adminEventsApp)
adminApp.route('/webinars', adminWebinarsApp)
adminApp.route('/registrations', adminRegistrationsApp)
adminApp.route('/proposals', adminProposalsApp)
adminApp.route('/suggestions', adminSuggestionsApp)
