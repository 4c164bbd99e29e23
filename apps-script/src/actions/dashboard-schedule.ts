// The daily dashboard rebuild: a time-driven trigger at dawn, switched on and off from the
// sidebar, and the state the sidebar shows (whether it is on, and how the last rebuild went).
import { t } from '../../../shared/i18n/catalogue'
import { readJsonProperty } from '../settings/property-store'
import type { ActionHost } from './action-host'
import { LAST_REBUILD_PROPERTY } from './rebuild-dashboard'
import { type ActionResult, runAction } from './run-action'

/** The entry point the trigger runs (exported by main.ts). */
export const DASHBOARD_HANDLER = 'rebuildDashboardOnSchedule'

/** The hour (in the script's time zone) the daily rebuild runs around. */
export const DASHBOARD_HOUR = 6

/** A trigger, reduced to what the schedule reads. */
export interface DailyTrigger {
  getHandlerFunction(): string
}

/** `ScriptApp`, reduced to daily time-driven triggers. */
export interface DailyScriptApp {
  newTrigger(functionName: string): {
    timeBased(): { everyDays(days: number): { atHour(hour: number): { create(): unknown } } }
  }
  getProjectTriggers(): DailyTrigger[]
  deleteTrigger(trigger: DailyTrigger): void
}

/** The last rebuild, for the sidebar. */
export interface LastRebuild {
  finishedAt: string
  trigger: 'manual' | 'schedule'
  ok: boolean
  message: string
}

/** The schedule's state; plain JSON for the sidebar. */
export interface DashboardSchedule {
  message: string
  scheduled: boolean
  hour: number
  lastRebuild: LastRebuild | null
}

function lastRebuild(host: ActionHost): LastRebuild | null {
  const value = readJsonProperty(host.properties.document, LAST_REBUILD_PROPERTY) as Partial<
    Record<keyof LastRebuild, unknown>
  > | null
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof value.finishedAt !== 'string' ||
    typeof value.ok !== 'boolean' ||
    typeof value.message !== 'string'
  )
    return null
  return {
    finishedAt: value.finishedAt,
    trigger: value.trigger === 'schedule' ? 'schedule' : 'manual',
    ok: value.ok,
    message: value.message,
  }
}

const matching = (app: DailyScriptApp) =>
  app.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === DASHBOARD_HANDLER)

function state(host: ActionHost, app: DailyScriptApp, message: string): DashboardSchedule {
  return {
    message,
    scheduled: matching(app).length > 0,
    hour: DASHBOARD_HOUR,
    lastRebuild: lastRebuild(host),
  }
}

/**
 * Whether the dashboard rebuilds itself each day, and the last rebuild. Reads only.
 *
 * @example
 * runDashboardSchedule(host, ScriptApp) // { ok: true, scheduled: false, hour: 6, lastRebuild: null, message: '' }
 */
export function runDashboardSchedule(
  host: ActionHost,
  app: DailyScriptApp
): ActionResult<DashboardSchedule> {
  return runAction(
    host,
    { title: 'insights.menu.rebuildDashboard', lock: false, toast: false },
    () => state(host, app, '')
  )
}

/**
 * Turns the daily rebuild on (once: a second call changes nothing).
 *
 * @example
 * runInstallDashboardSchedule(host, ScriptApp).scheduled // true
 */
export function runInstallDashboardSchedule(
  host: ActionHost,
  app: DailyScriptApp
): ActionResult<DashboardSchedule> {
  return runAction(host, { title: 'insights.menu.rebuildDashboard', lock: true }, () => {
    const installed = matching(app).length === 0
    if (installed)
      app.newTrigger(DASHBOARD_HANDLER).timeBased().everyDays(1).atHour(DASHBOARD_HOUR).create()
    const key = installed ? 'dashboard.schedule.installed' : 'dashboard.schedule.alreadyOn'
    return state(host, app, t(host.locale, key, { hour: DASHBOARD_HOUR }))
  })
}

/**
 * Turns the daily rebuild off.
 *
 * @example
 * runRemoveDashboardSchedule(host, ScriptApp).scheduled // false
 */
export function runRemoveDashboardSchedule(
  host: ActionHost,
  app: DailyScriptApp
): ActionResult<DashboardSchedule> {
  return runAction(host, { title: 'insights.menu.rebuildDashboard', lock: true }, () => {
    const found = matching(app)
    for (const trigger of found) app.deleteTrigger(trigger)
    const key = found.length > 0 ? 'dashboard.schedule.removed' : 'dashboard.schedule.alreadyOff'
    return state(host, app, t(host.locale, key))
  })
}
