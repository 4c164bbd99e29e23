// Publishes a calendar to a local Worker through the CLI's own path: import, then signed PUT.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { signedFetch } from '../../cli/src/admin-client'
import { type PublishResult, publishResultSchema } from '../../shared/calendar/publish-result'
import { importCalendar } from '../../shared/calendar-import/import-calendar'
import type { OutreachEventInput } from '../../shared/schemas/event'
import { REPO_ROOT } from './local-worker'

/** The real 2023 Outreach Calendar, with its real defects (all warnings, no errors). */
export const FIXTURE_CALENDAR = path.join(REPO_ROOT, 'tests/fixtures/outreach-calendar-2023.csv')

/**
 * The events of a calendar CSV as the CLI imports them; throws when the import finds errors
 * (the CLI would refuse to publish them too).
 *
 * @example
 * const { events, warnings } = importCalendarFile(FIXTURE_CALENDAR)
 */
export function importCalendarFile(file: string): {
  events: OutreachEventInput[]
  warnings: number
} {
  const { events, problems } = importCalendar(readFileSync(file, 'utf8'), { locale: 'en' })
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0)
    throw new Error(
      `${file} has ${errors.length} error(s):\n${errors.map((e) => e.message).join('\n')}`
    )
  return { events, warnings: problems.length }
}

/**
 * Publishes `events` as the whole calendar with a signed PUT /admin/events, as
 * `lacralo events publish` does; throws with the Worker's answer when it refuses.
 *
 * @example
 * const result = await publishEvents({ baseUrl, secret, events })
 * console.log(result.version, result.counts.events)
 */
export async function publishEvents(options: {
  baseUrl: string
  secret: string
  events: OutreachEventInput[]
}): Promise<PublishResult> {
  const response = await signedFetch({
    baseUrl: options.baseUrl,
    secret: options.secret,
    method: 'PUT',
    path: '/admin/events',
    body: { events: options.events },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`PUT /admin/events answered ${response.status}: ${text}`)
  return publishResultSchema.parse(JSON.parse(text))
}

/** A new random admin secret: 32 bytes as hex. */
export function newAdminSecret(): string {
  return randomBytes(32).toString('hex')
}

/**
 * The ADMIN_SECRET of a `.dev.vars` file, created with a random one when the file or the
 * line is missing. An existing secret is never changed.
 *
 * @example
 * const { secret, created } = ensureDevVarsSecret(path.join(REPO_ROOT, '.dev.vars'))
 */
export function ensureDevVarsSecret(file: string): { secret: string; created: boolean } {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const line = /^\s*ADMIN_SECRET\s*=\s*"?([^"\r\n]*?)"?\s*$/m.exec(text)
  if (line?.[1]) return { secret: line[1], created: false }
  const secret = newAdminSecret()
  const separator = text === '' || text.endsWith('\n') ? '' : '\n'
  writeFileSync(file, `${text}${separator}ADMIN_SECRET=${secret}\n`, { mode: 0o600 })
  return { secret, created: true }
}
