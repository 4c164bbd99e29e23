// Everything an action may use, built once per call from Apps Script's globals (or the fake's):
// the workbook, properties, the Worker client, mail, triggers, the clock and the user's language.
/// <reference types="google-apps-script" />
import type { Locale } from '../../../shared/i18n/locales'
import { createGmailMailer, type HostGmailApp, type Mailer } from '../mail/mailer'
import type { PropertyStore, PropertyStores } from '../settings/property-store'
import { workerConnection } from '../settings/worker-settings'
import { resolveUserLocale } from '../user-locale'
import { createSheetWorkbook } from '../workbook/sheet-workbook'
import type { HostSpreadsheetApp, WorkbookHost } from '../workbook/spreadsheet-host'
import type { Workbook } from '../workbook/workbook'
import type { HostUrlFetchApp, HostUtilities } from '../worker-client/apps-script-http'
import { createSigningCrypto } from '../worker-client/signing'
import { createWorkerClient, type WorkerClient } from '../worker-client/worker-client'
import {
  type CellSelector,
  createCellSelector,
  type SelectionSpreadsheetApp,
} from './cell-selector'
import { createTriggerService, type HostScriptApp, type TriggerService } from './sync-triggers'

/** The Apps Script globals the actions use; the real ones fit, and so do the fake's. */
export interface ActionGlobals extends WorkbookHost {
  SpreadsheetApp: HostSpreadsheetApp & SelectionSpreadsheetApp
  Session: { getActiveUserLocale(): string }
  PropertiesService: {
    getScriptProperties(): PropertyStore
    getDocumentProperties(): PropertyStore
  }
  UrlFetchApp: HostUrlFetchApp
  Utilities: HostUtilities
  GmailApp: HostGmailApp
  ScriptApp: HostScriptApp
}

/** What an action works with, all plain interfaces. */
export interface ActionHost {
  /** The user's language: every message the action returns is in it. */
  readonly locale: Locale
  readonly workbook: Workbook
  readonly properties: PropertyStores
  readonly cells: CellSelector
  readonly mailer: Mailer
  readonly triggers: TriggerService
  now(): Date
  /** A client for the Worker in the settings; throws 'not-configured' while they are missing. */
  workerClient(): WorkerClient
}

export interface ActionHostOptions {
  /** The clock; the system's unless given (tests fix it). */
  now?: () => Date
}

/**
 * The host over `globals`. Each service is reached only when an action first uses it, so
 * checking the spreadsheet never touches Gmail or the network.
 *
 * @example
 * const fake = createFakeAppsScript({ locale: 'es' })
 * runValidation(createActionHost(fake.globals))
 */
export function createActionHost(
  globals: ActionGlobals,
  options: ActionHostOptions = {}
): ActionHost {
  const now = options.now ?? (() => new Date())
  let workbook: Workbook | undefined
  let mailer: Mailer | undefined
  let triggers: TriggerService | undefined
  let properties: PropertyStores | undefined
  const stores = (): PropertyStores => {
    properties ??= {
      script: globals.PropertiesService.getScriptProperties(),
      document: globals.PropertiesService.getDocumentProperties(),
    }
    return properties
  }
  const locale = resolveUserLocale(globals.Session.getActiveUserLocale() ?? '')
  return {
    locale,
    get workbook() {
      workbook ??= createSheetWorkbook(globals)
      return workbook
    },
    get properties() {
      return stores()
    },
    get cells() {
      return createCellSelector(globals.SpreadsheetApp)
    },
    get mailer() {
      mailer ??= createGmailMailer(globals.GmailApp, globals.Utilities)
      return mailer
    },
    get triggers() {
      triggers ??= createTriggerService(globals.ScriptApp)
      return triggers
    },
    now,
    workerClient: () =>
      createWorkerClient({
        urlFetch: globals.UrlFetchApp,
        crypto: createSigningCrypto(globals.Utilities),
        connection: workerConnection(stores().script),
        locale,
        now,
      }),
  }
}

/**
 * The host of the Apps Script run the add-on is in. Call it inside an entry point: the
 * globals exist only in Apps Script.
 *
 * @example
 * export function publishCalendar() { return runPublishCalendar(appsScriptActionHost()) }
 */
export function appsScriptActionHost(): ActionHost {
  return createActionHost({
    SpreadsheetApp,
    LockService,
    Session,
    PropertiesService,
    UrlFetchApp,
    Utilities,
    GmailApp,
    ScriptApp,
  })
}
