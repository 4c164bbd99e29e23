// Publishes the demo webinars to a local Worker with a signed PUT /admin/webinars (for `npm start`).
import { signedFetch } from '../../cli/src/admin-client'
import { demoWebinars } from './demo-webinars'

/**
 * Makes the demo webinars (dated around `now`) the Worker's published set and answers a few
 * lines for the terminal: each webinar's page and whether its registration is open. Any
 * other webinar on that Worker is archived (its registrations stay). Throws with the
 * Worker's answer when it refuses.
 *
 * @example
 * say(await publishDemoWebinars({ baseUrl: 'http://127.0.0.1:8787', secret }))
 */
export async function publishDemoWebinars(options: {
  baseUrl: string
  secret: string
  now?: Date
}): Promise<string> {
  const now = options.now ?? new Date()
  const webinars = demoWebinars(now)
  const response = await signedFetch({
    baseUrl: options.baseUrl,
    secret: options.secret,
    method: 'PUT',
    path: '/admin/webinars',
    body: { webinars },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`PUT /admin/webinars answered ${response.status}: ${text}`)
  const base = options.baseUrl.replace(/\/+$/, '')
  const lines = webinars.map((webinar) => {
    const opens = Date.parse(webinar.registrationOpens)
    const closes = Date.parse(webinar.registrationCloses)
    const state =
      now.getTime() < opens
        ? `registration opens ${webinar.registrationOpens.slice(0, 10)}`
        : now.getTime() >= closes
          ? 'registration closed'
          : `registration open, ${webinar.capacity} seats`
    return `  ${base}/webinars/${webinar.slug}   (${state})`
  })
  return [`\nPublished ${webinars.length} demo webinars:`, ...lines].join('\n')
}
