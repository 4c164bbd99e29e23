// `lacralo events publish <file.csv> --url <worker-url>`: import the calendar, then publish it signed.
import { publishResultSchema } from '../../shared/calendar/publish-result'
import { type MessageKey, type MessageParams, t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import { signedFetch } from './admin-client'
import type { CliCommand } from './cli-command'
import { CliError, oneFileArgument } from './cli-error'
import type { CliIo } from './cli-io'
import { hasErrors, runEventsImport } from './events-import'
import { renderImportReport } from './import-report'

/** The CLI's io, plus the fetch to reach the Worker with (tests may pass their own). */
export type PublishIo = CliIo & { fetch?: typeof fetch }

/** Exit codes: published; refused (the calendar has errors or the Worker said no); bad usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const

interface RemoteProblem {
  index?: number
  id?: string | null
  field?: string
  message?: string
}

/**
 * Publishes a calendar file: imports it exactly as `events import` does, refuses when the
 * import found errors (warnings never block), then sends the events to the Worker's
 * PUT /admin/events signed with LACRALO_ADMIN_SECRET and reports the version and counts.
 * Resolves to the exit code; throws a CliError (exit 2) for a file it cannot read.
 *
 * @example
 * await publishCalendar({ file: 'calendar.csv', url: 'https://lacralo.example', locale: 'es', io })
 */
export async function publishCalendar(options: {
  file: string
  url: string
  secret: string
  locale: Locale
  io: PublishIo
}): Promise<number> {
  const { file, url, secret, locale, io } = options
  const say = (key: MessageKey, params?: MessageParams) =>
    io.stdout.write(`${t(locale, key, params)}\n`)
  const warn = (key: MessageKey, params?: MessageParams) =>
    io.stderr.write(`${t(locale, key, params)}\n`)

  const result = await runEventsImport({ file, locale, io })
  if (result.problems.length > 0) {
    const color = io.stderr.isTTY === true && !io.env.NO_COLOR
    io.stderr.write(renderImportReport(result, { file, locale, color, width: io.stderr.columns }))
  }
  if (hasErrors(result)) {
    const count = result.problems.filter((problem) => problem.severity === 'error').length
    warn('admin.cli.publish.refused', { count })
    return EXIT.refused
  }

  say('admin.cli.publish.sending', { events: result.events.length, url })
  let response: Response
  try {
    response = await signedFetch({
      baseUrl: url,
      secret,
      method: 'PUT',
      path: '/admin/events',
      body: { events: result.events },
      locale,
      fetch: io.fetch,
    })
  } catch (error) {
    const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
    warn('admin.cli.publish.unreachable', { url, reason })
    return EXIT.refused
  }

  const answer: unknown = await response.json().catch(() => null)
  if (response.ok) {
    const published = publishResultSchema.safeParse(answer)
    if (!published.success) {
      warn('admin.cli.publish.unexpected', { status: response.status })
      return EXIT.refused
    }
    const { version, counts, added, changed, removed } = published.data
    say('admin.cli.publish.done', { version, ...counts })
    if (added.length > 0) say('admin.cli.publish.added', { ids: added.join(', ') })
    if (changed.length > 0) say('admin.cli.publish.changed', { ids: changed.join(', ') })
    if (removed.length > 0) say('admin.cli.publish.removed', { ids: removed.join(', ') })
    return EXIT.ok
  }

  const error = (answer as { error?: { message?: unknown; problems?: RemoteProblem[] } } | null)
    ?.error
  if (typeof error?.message !== 'string') {
    warn('admin.cli.publish.unexpected', { status: response.status })
    return EXIT.refused
  }
  warn('admin.cli.publish.rejected', { status: response.status, message: error.message })
  for (const problem of Array.isArray(error.problems) ? error.problems : []) {
    const params = { field: problem.field ?? '', message: problem.message ?? '' }
    if (typeof problem.index === 'number')
      warn('admin.cli.publish.eventProblem', {
        ...params,
        position: problem.index + 1,
        id: problem.id ?? '',
      })
    else warn('admin.cli.publish.problem', params)
  }
  return EXIT.refused
}

export const eventsPublishCommand: CliCommand = {
  words: ['events', 'publish'],
  synopsis: 'admin.cli.publish.synopsis',
  summary: 'admin.cli.publish.summary',
  details: 'admin.cli.publish.details',
  options: { url: { type: 'string', help: 'admin.cli.option.url' } },
  async run({ args, values, locale, io }) {
    const file = oneFileArgument(args, locale)
    const url = values.url
    if (typeof url !== 'string')
      throw new CliError(t(locale, 'admin.cli.publish.missingUrl'), { showHelp: true })
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
      throw new CliError(t(locale, 'admin.cli.publish.badUrl', { url }), { showHelp: true })
    const secret = io.env.LACRALO_ADMIN_SECRET
    if (!secret) throw new CliError(t(locale, 'admin.cli.publish.missingSecret'))
    return publishCalendar({ file, url, secret, locale, io: io as PublishIo })
  },
}

/**
 * `lacralo events publish` as `main` runs it (help, --lang, exit codes): `args` are what
 * follows the two command words. Resolves to the exit code; messages go to `io`.
 *
 * @example
 * process.exitCode = await runEventsPublish(['calendar.csv', '--url', 'https://lacralo.example'], processIo())
 */
export async function runEventsPublish(args: readonly string[], io: PublishIo): Promise<number> {
  // Loaded when called: main.ts lists this module's command, so a static import would be a cycle.
  const { main } = await import('./main')
  return main(['events', 'publish', ...args], io)
}
