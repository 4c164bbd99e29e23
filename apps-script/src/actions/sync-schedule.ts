// The automatic registration sync: a time-driven trigger every 15 minutes, switched on and off
// from the sidebar, and the status the sidebar shows (schedule and last run).
//
// A script bound to the spreadsheet may run a trigger every 15 minutes. An add-on published on
// the Google Workspace Marketplace is limited to one run an hour: a Marketplace build must set
// SYNC_EVERY_MINUTES to 60 (ScriptApp's everyHours(1)).
import { t } from '../../../shared/i18n/catalogue'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'
import { type LastSyncView, lastSyncView } from './sync-registrations'

/** The entry point the trigger runs (exported by main.ts). */
export const SYNC_HANDLER = 'syncRegistrationsOnSchedule'

export const SYNC_EVERY_MINUTES = 15

/** The sync's state for the sidebar. */
export interface SyncStatus {
  message: string
  /** The automatic sync is on. */
  scheduled: boolean
  everyMinutes: number
  lastSync: LastSyncView | null
}

function status(host: ActionHost, message: string): SyncStatus {
  return {
    message,
    scheduled: host.triggers.has(SYNC_HANDLER),
    everyMinutes: SYNC_EVERY_MINUTES,
    lastSync: lastSyncView(host),
  }
}

/**
 * Whether the sync runs by itself, and how the last run went. Reads only.
 *
 * @example
 * runSyncStatus(host) // { ok: true, scheduled: false, everyMinutes: 15, lastSync: null, message: '' }
 */
export function runSyncStatus(host: ActionHost): ActionResult<SyncStatus> {
  return runAction(
    host,
    { title: 'actions.menu.syncRegistrations', lock: false, toast: false },
    () => status(host, '')
  )
}

/**
 * Turns the automatic sync on (once: a second call changes nothing).
 *
 * @example
 * runInstallSchedule(host).scheduled // true
 */
export function runInstallSchedule(host: ActionHost): ActionResult<SyncStatus> {
  return runAction(host, { title: 'actions.menu.syncRegistrations', lock: true }, () => {
    const installed = host.triggers.install(SYNC_HANDLER, SYNC_EVERY_MINUTES)
    const key = installed ? 'actions.schedule.installed' : 'actions.schedule.alreadyOn'
    return status(host, t(host.locale, key, { minutes: SYNC_EVERY_MINUTES }))
  })
}

/**
 * Turns the automatic sync off.
 *
 * @example
 * runRemoveSchedule(host).scheduled // false
 */
export function runRemoveSchedule(host: ActionHost): ActionResult<SyncStatus> {
  return runAction(host, { title: 'actions.menu.syncRegistrations', lock: true }, () => {
    const removed = host.triggers.remove(SYNC_HANDLER)
    const key = removed > 0 ? 'actions.schedule.removed' : 'actions.schedule.alreadyOff'
    return status(host, t(host.locale, key))
  })
}
