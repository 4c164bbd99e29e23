// "Test connection": one signed GET that proves the address, the secret and the clock are right.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { ActionError } from '../actions/action-error'
import type { WorkerClient } from '../worker-client/worker-client'

/** What the test found: the Worker answered a signed request, and how many webinars it has. */
export interface ConnectionReport {
  message: string
  workerUrl: string
  webinars: number
}

/**
 * Sends a signed GET /admin/webinars (it changes nothing on the Worker) and reports what it
 * found. A wrong secret, address or network throws the ActionError that says which.
 *
 * @example
 * testWorkerConnection(client, 'es').message
 * // 'Conexión correcta con https://…: el secreto de administración es válido; …'
 */
export function testWorkerConnection(client: WorkerClient, locale: Locale): ConnectionReport {
  const answer = client.admin('GET', '/admin/webinars') as { webinars?: unknown } | null
  if (!answer || typeof answer !== 'object' || !Array.isArray(answer.webinars))
    throw new ActionError('unexpected-answer', 'actions.worker.unexpected', {
      status: 200,
      url: client.address,
    })
  const webinars = answer.webinars.length
  return {
    message: t(locale, 'actions.settings.connected', { url: client.address, webinars }),
    workerUrl: client.address,
    webinars,
  }
}
