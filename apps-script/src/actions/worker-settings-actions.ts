// The sidebar's Settings panel: read and save the Worker URL and admin secret, test them.
import { t } from '../../../shared/i18n/catalogue'
import { type ConnectionReport, testWorkerConnection } from '../settings/test-connection'
import {
  readWorkerSettings,
  saveWorkerSettings,
  type WorkerSettingsView,
} from '../settings/worker-settings'
import type { ActionHost } from './action-host'
import { type ActionResult, runAction } from './run-action'

/** The settings as the sidebar sees them; the secret never leaves the script's properties. */
export interface SettingsReport extends WorkerSettingsView {
  message: string
}

/**
 * The saved Worker URL and whether a secret is set.
 *
 * @example
 * runGetWorkerSettings(host) // { ok: true, workerUrl: null, secretSet: false, message: '' }
 */
export function runGetWorkerSettings(host: ActionHost): ActionResult<SettingsReport> {
  return runAction(host, { title: 'actions.menu.settings', lock: false, toast: false }, () => ({
    message: '',
    ...readWorkerSettings(host.properties.script),
  }))
}

/**
 * Saves what the sidebar sent ({ workerUrl?, secret? }); nothing is saved when any of it is
 * invalid, and the answer says whether a secret is set, never what it is.
 *
 * @example
 * runSaveWorkerSettings(host, { workerUrl: 'https://lacralo.example.workers.dev', secret })
 */
export function runSaveWorkerSettings(
  host: ActionHost,
  input: unknown
): ActionResult<SettingsReport> {
  return runAction(host, { title: 'actions.menu.settings', lock: true }, () => ({
    ...saveWorkerSettings(host.properties.script, input),
    message: t(host.locale, 'actions.settings.saved'),
  }))
}

/**
 * "Test connection": one signed GET to the saved Worker.
 *
 * @example
 * runTestConnection(host).message // 'Connected to https://…'
 */
export function runTestConnection(host: ActionHost): ActionResult<ConnectionReport> {
  return runAction(host, { title: 'actions.menu.testConnection', lock: false }, () =>
    testWorkerConnection(host.workerClient(), host.locale)
  )
}
