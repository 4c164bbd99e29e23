// Where the Worker is and the secret that signs for it, kept in Script Properties, never in a
// cell: the secret goes in and never comes back out to the sidebar.
import { ActionError } from '../actions/action-error'
import type { WorkerConnection } from '../worker-client/worker-client'
import { parseWorkerUrl } from '../worker-client/worker-url'
import type { PropertyStore } from './property-store'

/** Script Property keys. */
export const WORKER_URL_PROPERTY = 'LACRALO_WORKER_URL'
export const ADMIN_SECRET_PROPERTY = 'LACRALO_ADMIN_SECRET'

/** The shortest admin secret accepted: a guessable secret would sign anyone's requests. */
export const MIN_SECRET_LENGTH = 16

/** The settings as the sidebar may see them: the URL, and only whether a secret is set. */
export interface WorkerSettingsView {
  workerUrl: string | null
  secretSet: boolean
}

/** What the sidebar sends to save; a field left out (or empty) is left as it is. */
export interface WorkerSettingsInput {
  workerUrl?: string
  secret?: string
}

/**
 * The saved settings, without the secret.
 *
 * @example
 * readWorkerSettings(PropertiesService.getScriptProperties()) // { workerUrl: 'https://…', secretSet: true }
 */
export function readWorkerSettings(store: PropertyStore): WorkerSettingsView {
  return {
    workerUrl: store.getProperty(WORKER_URL_PROPERTY),
    secretSet: (store.getProperty(ADMIN_SECRET_PROPERTY) ?? '') !== '',
  }
}

/**
 * The Worker to talk to; throws a 'not-configured' ActionError while the URL or the secret
 * is missing, so that no request goes out half-configured.
 *
 * @example
 * const client = createWorkerClient({ ...options, connection: workerConnection(store) })
 */
export function workerConnection(store: PropertyStore): WorkerConnection {
  const url = parseWorkerUrl(store.getProperty(WORKER_URL_PROPERTY) ?? '')
  const secret = store.getProperty(ADMIN_SECRET_PROPERTY) ?? ''
  if (!url || secret === '') throw new ActionError('not-configured', 'actions.worker.notConfigured')
  return { url, secret }
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string')
    throw new ActionError('invalid-input', 'actions.input.notText', { field })
  return value.trim() === '' ? undefined : value
}

/**
 * Checks and saves what the sidebar sent: the URL must be a Worker address (parseWorkerUrl),
 * the secret at least MIN_SECRET_LENGTH characters. Nothing is saved unless all of it is
 * valid. A changed URL is stored normalized ('https://x.example', no final slash).
 *
 * @example
 * saveWorkerSettings(store, { workerUrl: 'https://lacralo.example.workers.dev/', secret })
 * // { workerUrl: 'https://lacralo.example.workers.dev', secretSet: true }
 */
export function saveWorkerSettings(store: PropertyStore, input: unknown): WorkerSettingsView {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new ActionError('invalid-input', 'actions.settings.nothingToSave')
  const fields = input as Record<string, unknown>
  const urlText = optionalText(fields.workerUrl, 'workerUrl')
  const secretText = optionalText(fields.secret, 'secret')
  if (urlText === undefined && secretText === undefined)
    throw new ActionError('invalid-input', 'actions.settings.nothingToSave')
  const url = urlText === undefined ? undefined : parseWorkerUrl(urlText)
  if (url === null)
    throw new ActionError('invalid-input', 'actions.settings.badUrl', {
      url: urlText?.trim() ?? '',
    })
  const secret = secretText?.trim()
  if (secret !== undefined && Array.from(secret).length < MIN_SECRET_LENGTH)
    throw new ActionError('invalid-input', 'actions.settings.shortSecret', {
      min: MIN_SECRET_LENGTH,
    })
  if (url) store.setProperty(WORKER_URL_PROPERTY, url.base)
  if (secret !== undefined) store.setProperty(ADMIN_SECRET_PROPERTY, secret)
  return readWorkerSettings(store)
}
