// A set-up workbook, a fake Worker behind the fake UrlFetchApp and a clock the test moves: the
// ground every action test stands on.
import type { CellValue } from '../../../shared/workbook/columns'
import { recordToRow, type TabName } from '../../../shared/workbook/tabs'
import { type ActionHost, createActionHost } from '../actions/action-host'
import { ADMIN_SECRET_PROPERTY, WORKER_URL_PROPERTY } from '../settings/worker-settings'
import { setUpWorkbook } from '../workbook/setup'
import { createSheetWorkbook } from '../workbook/sheet-workbook'
import { createFakeAdminWorker, type FakeAdminWorker } from './fake-admin-worker'
import { createFakeAppsScript, type FakeAppsScript } from './fake-apps-script'

/** A webinar as staff define it in the Webinars tab (it starts on 24 April 2023). */
export const DNSSEC_WEBINAR = {
  slug: 'dnssec-2023',
  titles: { en: 'DNSSEC in Latin America', es: 'DNSSEC en América Latina' },
  descriptions: { es: 'Cómo firmar una zona.' },
  start: '2023-04-24T18:00:00-05:00',
  timeZone: 'America/Bogota',
  durationMinutes: 90,
  capacity: 300,
  registrationOpens: '2023-03-01T00:00:00Z',
  registrationCloses: '2023-04-24T17:00:00-05:00',
  joinUrl: 'https://icann.zoom.us/j/123456789',
}

/** The fake Worker's admin secret in every testbed. */
export const TEST_ADMIN_SECRET = 'lacralo-test-admin-secret-0123456789'

export interface TestbedOptions {
  /** The user's language setting; 'en' unless given. */
  locale?: string
  /** Run "Set up this spreadsheet" first (default true). */
  setUp?: boolean
  /** Save the Worker URL and secret in Script Properties (default true). */
  configured?: boolean
  /** The time the test starts at; 1 March 2023 noon UTC unless given. */
  start?: Date
  /** Where the fake Worker answers. */
  workerUrl?: string
  /**
   * The folder of the project's HTML files (a build's output), for tests that run the built
   * Code.js over the testbed's services.
   */
  htmlDir?: string
}

export interface Testbed {
  fake: FakeAppsScript
  worker: FakeAdminWorker
  host: ActionHost
  /** A new host, as a new execution (another menu click) would have. */
  newHost(): ActionHost
  now(): Date
  /** Moves the clock on. */
  advance(milliseconds: number): void
  /** Writes rows into a tab (set up already) as records, through recordToRow. */
  fill(tab: TabName, records: Record<string, unknown>[]): void
  /** The tab's values as the sheet holds them, header first. */
  values(tab: string): CellValue[][]
}

/**
 * A fresh testbed. The call log is reset once it is ready, so tests count only their own calls.
 *
 * @example
 * const bed = createTestbed({ locale: 'es' })
 * bed.fill('Events', [{ id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26' }])
 * runPublishCalendar(bed.host)
 */
export function createTestbed(options: TestbedOptions = {}): Testbed {
  const fake = createFakeAppsScript({
    locale: options.locale ?? 'en',
    timeZone: 'America/Montevideo',
    htmlDir: options.htmlDir,
  })
  let clock = (options.start ?? new Date('2023-03-01T12:00:00Z')).getTime()
  const now = () => new Date(clock)
  const worker = createFakeAdminWorker({
    secret: TEST_ADMIN_SECRET,
    now: () => Math.floor(clock / 1000),
    ...(options.workerUrl ? { baseUrl: options.workerUrl } : {}),
  })
  fake.network.setHandler(worker.handler)
  const workbook = createSheetWorkbook(fake.globals)
  if (options.setUp !== false) setUpWorkbook(workbook, { locale: 'en' })
  if (options.configured !== false) {
    const script = fake.globals.PropertiesService.getScriptProperties()
    script.setProperty(WORKER_URL_PROPERTY, worker.baseUrl)
    script.setProperty(ADMIN_SECRET_PROPERTY, TEST_ADMIN_SECRET)
  }
  fake.calls.reset()
  const newHost = () => createActionHost(fake.globals, { now })
  return {
    fake,
    worker,
    host: newHost(),
    newHost,
    now,
    advance(milliseconds) {
      clock += milliseconds
    },
    fill(tab, records) {
      const rows = records.map((record) => recordToRow(tab, record))
      workbook.appendRows(tab, rows)
      fake.calls.reset()
    },
    values: (tab) => fake.spreadsheet.values(tab),
  }
}
