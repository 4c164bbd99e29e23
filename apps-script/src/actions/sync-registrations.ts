// "Sync webinar registrations": the Worker's change feed, page by page, upserted into the
// Registrations tab by registration ID, with a confirmation email for each new seat.
import { t } from '../../../shared/i18n/catalogue'
import { isLocale, type Locale } from '../../../shared/i18n/locales'
import { type Webinar, webinarEndsAt } from '../../../shared/schemas/webinar'
import { sheetText } from '../../../shared/workbook/sheet-text'
import { rowToRecord } from '../../../shared/workbook/tabs'
import { confirmationEmail, webinarPaths } from '../mail/confirmation-email'
import { type CellUpdate, type CellValue, WorkbookError } from '../workbook/workbook'
import type { WorkerClient } from '../worker-client/worker-client'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import {
  parseRegistrationPage,
  type RegistrationChange,
  registrationRow,
} from './registration-changes'
import { type ActionResult, runAction } from './run-action'
import { sheetTime } from './sheet-time'
import { syncFailure } from './sync-failure'
import {
  type LastSync,
  noteLines,
  readCursor,
  readLastSync,
  type SyncCounts,
  type SyncNote,
  saveCursor,
  saveLastSync,
} from './sync-state'
import { checkRecords } from './tab-check'

/** Registrations asked for per page; the Worker allows up to 1,000. */
export const SYNC_PAGE_SIZE = 500

/**
 * How long a run may keep fetching pages and sending mail. Apps Script stops a run after six
 * minutes; what is left waits for the next run, and the cursor says where to go on from.
 */
export const SYNC_TIME_BUDGET_MS = 4.5 * 60_000

const EMAIL_SENT = 'Email sent'

export interface SyncOptions {
  trigger: 'manual' | 'schedule'
  pageSize?: number
  timeBudgetMs?: number
}

/** What a run did; plain JSON for the sidebar. */
export interface SyncReport extends SyncCounts {
  message: string
  /** More changes are waiting: run the sync again (the schedule will). */
  more: boolean
  /** The change number the sheet is now up to. */
  cursor: string
  /** What staff should know, in their language: emails not sent, unknown webinars. */
  notes: string[]
  finishedAt: string
}

/** What the sheet holds for a registration the sync knows about. */
interface KnownRow {
  rowNumber: number
  emailMarked: boolean
}

/** Someone to send a confirmation to, and the row whose mark says it went out. */
interface Confirmation {
  id: string
  webinarSlug: string
  name: string
  email: string
  language: Locale
}

function markText(value: CellValue | undefined): boolean {
  return value !== undefined && String(value).trim() !== ''
}

/** The webinars staff defined, valid ones only, by slug: the emails are written from them. */
function readWebinars(host: ActionHost, notes: SyncNote[]): Map<string, Webinar> {
  try {
    const content = host.workbook.readTab('Webinars')
    const check = checkRecords('Webinars', content, {
      timeZone: host.workbook.spreadsheetTimeZone(),
      locale: host.locale,
    })
    return new Map(check.records.map(({ record }) => [record.slug, record]))
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error
    notes.push({ key: 'actions.sync.noWebinarsTab', params: {} })
    return new Map()
  }
}

interface Mailing {
  /** Ids whose email went out. */
  sent: string[]
  /** Ids whose email did not go out; their marks must be cleared. */
  unsent: string[]
}

/**
 * Sends the confirmations, fetching each webinar's .ics once per language. Stops sending when
 * the time is up: those people are "unsent", and a later run sends to them.
 */
function createMailer(host: ActionHost, client: WorkerClient, webinars: Map<string, Webinar>) {
  const calendars = new Map<string, string | null>()
  const failures = new Map<string, number>()
  return {
    failures,
    send(people: readonly Confirmation[], timeIsUp: () => boolean): Mailing {
      const mailing: Mailing = { sent: [], unsent: [] }
      for (const person of people) {
        const webinar = webinars.get(person.webinarSlug)
        if (!webinar || timeIsUp()) {
          mailing.unsent.push(person.id)
          continue
        }
        const calendarKey = `${webinar.slug}|${person.language}`
        if (!calendars.has(calendarKey))
          calendars.set(
            calendarKey,
            client.publicText(webinarPaths(webinar.slug, person.language).ics)
          )
        try {
          host.mailer.send(
            confirmationEmail({
              registrant: person,
              webinar,
              workerUrl: client.address,
              ics: calendars.get(calendarKey) ?? null,
            })
          )
          mailing.sent.push(person.id)
        } catch (error) {
          const reason = (error instanceof Error ? error.message : String(error)).replace(
            /^Exception:\s*/,
            ''
          )
          failures.set(reason, (failures.get(reason) ?? 0) + 1)
          mailing.unsent.push(person.id)
        }
      }
      return mailing
    },
  }
}

/**
 * Runs one sync. Each page of changes is written with one upsert (new rows appended, changed
 * rows updated in place, by ID), its confirmation marks in the same write; the page's emails
 * go out next, only for rows not yet marked (a mark whose email could not be sent is cleared
 * again, and the next run retries it); the cursor is saved last. A run that stops anywhere is
 * taken up again by the next without a registration appearing twice or anyone getting a
 * second email. (A run killed between writing a page and sending its emails leaves those
 * marked and unsent: no one gets two emails, at the price of, rarely, none.)
 * The run is recorded in Document Properties whether it ends well or not. Hold the lock.
 *
 * @example
 * syncRegistrations(host, { trigger: 'manual' }) // { received: 12, added: 10, updated: 2, ... }
 */
export function syncRegistrations(host: ActionHost, options: SyncOptions): SyncReport {
  const { workbook, locale } = host
  const started = host.now().getTime()
  const budget = options.timeBudgetMs ?? SYNC_TIME_BUDGET_MS
  const timeIsUp = () => host.now().getTime() - started > budget
  const counts: SyncCounts = {
    received: 0,
    added: 0,
    updated: 0,
    erased: 0,
    emailsSent: 0,
    emailsFailed: 0,
  }
  const notes: SyncNote[] = []
  let more = false
  let pagesWritten = 0
  let cursor = '0'
  const record = (ok: boolean, error: SyncNote[] = []): LastSync => {
    const last: LastSync = {
      finishedAt: host.now().toISOString(),
      trigger: options.trigger,
      ok,
      counts: { ...counts },
      more,
      notes: [...error, ...notes],
    }
    saveLastSync(host.properties.document, last)
    return last
  }

  try {
    const client = host.workerClient()
    cursor = readCursor(host.properties.script, client.address)
    const timeZone = workbook.spreadsheetTimeZone()
    const content = workbook.readTab('Registrations')
    const webinars = readWebinars(host, notes)
    const mailer = createMailer(host, client, webinars)
    const now = () => host.now().toISOString()
    const upcoming = (slug: string) => {
      const webinar = webinars.get(slug)
      return webinar !== undefined && webinarEndsAt(webinar) > host.now().getTime()
    }
    const known = new Map<string, KnownRow>()
    const unknownWebinars = new Map<string, number>()
    const wantsEmail = (id: string, slug: string, status: string, email: string | null) => {
      if (status !== 'registered' || !email || known.get(id)?.emailMarked) return false
      if (!webinars.has(slug)) unknownWebinars.set(slug, (unknownWebinars.get(slug) ?? 0) + 1)
      return upcoming(slug)
    }

    const pending: Confirmation[] = []
    for (const row of content.rows) {
      const id = String(row.cells.ID ?? '').trim()
      if (id === '' || known.has(id)) continue
      known.set(id, { rowNumber: row.rowNumber, emailMarked: markText(row.cells[EMAIL_SENT]) })
      // A seat whose email did not go out in an earlier run (or whose mark staff cleared).
      const person = rowToRecord('Registrations', row.cells, { timeZone })
      if (
        wantsEmail(
          id,
          String(person.webinarSlug ?? ''),
          String(person.status ?? ''),
          (person.email as string) ?? null
        )
      )
        pending.push({
          id,
          webinarSlug: String(person.webinarSlug),
          name: String(person.name ?? ''),
          email: String(person.email),
          language: isLocale(person.language) ? person.language : 'en',
        })
    }

    const clearMarks = (ids: readonly string[]) => {
      const updates: CellUpdate[] = []
      for (const id of ids) {
        const row = known.get(id)
        if (!row) continue
        row.emailMarked = false
        updates.push({ rowNumber: row.rowNumber, header: EMAIL_SENT, value: '' })
      }
      if (updates.length > 0) workbook.writeCells('Registrations', updates)
    }
    const mail = (people: Confirmation[]) => {
      if (people.length === 0) return
      const { sent, unsent } = mailer.send(people, timeIsUp)
      counts.emailsSent += sent.length
      counts.emailsFailed += unsent.length
      clearMarks(unsent)
    }

    if (pending.length > 0) {
      const marked = now()
      workbook.writeCells(
        'Registrations',
        pending.map((person) => ({
          rowNumber: (known.get(person.id) as KnownRow).rowNumber,
          header: EMAIL_SENT,
          value: sheetText(marked),
        }))
      )
      for (const person of pending) (known.get(person.id) as KnownRow).emailMarked = true
      mail(pending)
    }

    const pageSize = options.pageSize ?? SYNC_PAGE_SIZE
    for (;;) {
      const answer = client.admin('GET', `/admin/registrations?after=${cursor}&limit=${pageSize}`)
      const page = parseRegistrationPage(answer)
      if (!page)
        throw new ActionError('unexpected-answer', 'actions.worker.unexpected', {
          status: 200,
          url: client.address,
        })
      const rows = new Map<string, Record<string, CellValue>>()
      const toMail = new Map<string, Confirmation>()
      const marked = now()
      let erased = 0
      for (const change of page.registrations) {
        counts.received++
        if (change.erased) {
          // Someone erased before the sheet ever had them: there is nothing to blank.
          if (!known.has(change.id) && !rows.has(change.id)) continue
          toMail.delete(change.id)
          rows.set(
            change.id,
            registrationRow(change, { erasedName: t(locale, 'actions.sync.erasedName') })
          )
          erased++
          continue
        }
        const email = wantsEmail(change.id, change.webinarSlug, change.status, change.email)
        rows.set(
          change.id,
          registrationRow(change, {
            erasedName: '',
            ...(email ? { emailSent: marked } : {}),
          })
        )
        if (email) toMail.set(change.id, confirmationOf(change))
        else toMail.delete(change.id)
      }
      if (rows.size > 0) {
        const ids = [...rows.keys()]
        const fresh = ids.filter((id) => !known.has(id))
        const written = workbook.upsertRows('Registrations', 'ID', [...rows.values()])
        fresh.forEach((id, index) => {
          const rowNumber = written.appended[index]
          if (rowNumber !== undefined) known.set(id, { rowNumber, emailMarked: false })
        })
        for (const id of toMail.keys()) (known.get(id) as KnownRow).emailMarked = true
        counts.added += written.appended.length
        counts.erased += erased
        counts.updated += written.updated.length - Math.min(erased, written.updated.length)
      }
      pagesWritten++
      // Before the cursor: should saving it fail, the next run fetches the page again, finds
      // the marks, and sends no one a second email.
      mail([...toMail.values()])
      saveCursor(host.properties.script, client.address, page.nextCursor)
      cursor = page.nextCursor
      if (!page.hasMore) break
      if (timeIsUp()) {
        more = true
        notes.push({ key: 'actions.sync.more', params: {} })
        break
      }
    }

    for (const [reason, count] of mailer.failures)
      notes.push({ key: 'actions.sync.emailFailed', params: { count, reason } })
    const deferred = counts.emailsFailed - [...mailer.failures.values()].reduce((a, b) => a + b, 0)
    for (const [slug, count] of unknownWebinars)
      notes.push({ key: 'actions.sync.unknownWebinar', params: { slug, count } })
    if (deferred > 0) notes.push({ key: 'actions.sync.emailDeferred', params: { count: deferred } })
    const last = record(true)
    const nothing = counts.received === 0 && counts.emailsSent === 0 && counts.emailsFailed === 0
    return {
      message: nothing
        ? t(locale, 'actions.sync.upToDate')
        : t(locale, 'actions.sync.done', {
            received: counts.received,
            added: counts.added,
            updated: counts.updated,
            erased: counts.erased,
            sent: counts.emailsSent,
          }),
      ...counts,
      more,
      cursor,
      notes: noteLines(last, locale),
      finishedAt: last.finishedAt,
    }
  } catch (error) {
    throw syncFailure(error, {
      locale,
      record,
      pagesWritten,
      interrupted: 'actions.sync.interrupted',
      counts: { added: counts.added, updated: counts.updated },
    })
  }
}

function confirmationOf(change: RegistrationChange): Confirmation {
  return {
    id: change.id,
    webinarSlug: change.webinarSlug,
    name: change.name ?? '',
    email: change.email ?? '',
    language: change.language,
  }
}

/**
 * The menu and sidebar action: syncRegistrations under the lock, with a toast.
 *
 * @example
 * export function syncRegistrations() { return runSyncRegistrations(appsScriptActionHost()) }
 */
export function runSyncRegistrations(
  host: ActionHost,
  options: Omit<SyncOptions, 'trigger'> = {}
): ActionResult<SyncReport> {
  return runAction(host, { title: 'actions.menu.syncRegistrations', lock: true }, () =>
    syncRegistrations(host, { ...options, trigger: 'manual' })
  )
}

/**
 * The time-driven trigger's run: the same sync, with no toast (nobody is watching); its
 * outcome is in the last-sync record.
 *
 * @example
 * export function syncRegistrationsOnSchedule() { runScheduledSync(appsScriptActionHost()) }
 */
export function runScheduledSync(host: ActionHost): ActionResult<SyncReport> {
  return runAction(
    host,
    { title: 'actions.menu.syncRegistrations', lock: true, toast: false },
    () => syncRegistrations(host, { trigger: 'schedule' })
  )
}

/** The last run as the sidebar shows it. */
export interface LastSyncView extends LastSync {
  /** A headline, then the notes, in the user's language. */
  lines: string[]
}

/**
 * The last-sync record in the user's language, or null before the first run.
 *
 * @example
 * lastSyncView(host)?.lines[0] // 'Última sincronización: …'
 */
export function lastSyncView(host: ActionHost): LastSyncView | null {
  const last = readLastSync(host.properties.document)
  if (!last) return null
  const headline = t(host.locale, last.ok ? 'actions.sync.lastOk' : 'actions.sync.lastFailed', {
    time: sheetTime(host, last.finishedAt),
    received: last.counts.received ?? 0,
    sent: last.counts.emailsSent ?? 0,
  })
  return { ...last, lines: [headline, ...noteLines(last, host.locale)] }
}
