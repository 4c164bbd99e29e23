// In-memory fake of the Apps Script services the add-on uses, for unit tests and as the
// globals of a Node `vm` context that runs the built bundle. Each service lives in its own
// module (fake-ui.ts, fake-spreadsheet.ts, fake-properties-service.ts, ...); they are joined here.
import type { AppsScriptHost } from '../services'
import { type CallLog, createCallLog } from './call-log'
import './fake-charts'
import { type FakeDailyScriptApp, withDailyTriggers } from './fake-daily-triggers'
import { createFakeGmailApp, type FakeGmailApp, type FakeMailbox } from './fake-gmail'
import {
  createFakeHtmlService,
  type FakeHtmlFiles,
  type FakeHtmlService,
  type FakeHtmlServiceOptions,
} from './fake-html-service'
import {
  createFakeLockService,
  type FakeLockControl,
  type FakeLockService,
} from './fake-lock-service'
import { createFakePropertiesService, type FakePropertiesService } from './fake-properties-service'
import { createFakeScriptApp, type FakeTriggerRecord } from './fake-script-app-triggers'
import './fake-sheet-formats'
import {
  createFakeSpreadsheetApp,
  FakeSpreadsheet,
  type FakeSpreadsheetApp,
  type FakeSpreadsheetOptions,
} from './fake-spreadsheet'
import { createFakeUi, type FakeUi, type FakeUiRecord } from './fake-ui'
import { createFakeUrlFetchApp, type FakeNetwork, type FakeUrlFetchApp } from './fake-url-fetch'
import { createFakeUtilities, type FakeUtilities } from './fake-utilities'

export interface FakeAppsScriptOptions extends FakeSpreadsheetOptions, FakeHtmlServiceOptions {
  /** What `Session.getActiveUserLocale()` returns; 'en' unless given. */
  locale?: string
}

/** The fake globals, named as Apps Script names them. */
export interface FakeAppsScriptGlobals extends AppsScriptHost {
  SpreadsheetApp: FakeSpreadsheetApp & { getUi(): FakeUi }
  Session: { getActiveUserLocale(): string }
  HtmlService: FakeHtmlService
  PropertiesService: FakePropertiesService
  LockService: FakeLockService
  UrlFetchApp: FakeUrlFetchApp
  Utilities: FakeUtilities
  GmailApp: FakeGmailApp
  ScriptApp: FakeDailyScriptApp
}

export interface FakeAppsScript {
  /** Pass to `createServices`, or spread into `vm.createContext({ ...globals })`. */
  globals: FakeAppsScriptGlobals
  /** What the code under test showed the user. */
  ui: FakeUiRecord
  /** The active spreadsheet, with inspection helpers that are not counted as calls. */
  spreadsheet: FakeSpreadsheet
  /** Every spreadsheet call the code under test made. */
  calls: CallLog
  /** Holds a lock as another execution would. */
  locks: FakeLockControl
  /** Requests sent through UrlFetchApp, and the handler that answers them. */
  network: FakeNetwork
  /** Emails sent through GmailApp. */
  mailbox: FakeMailbox
  /** The project's HTML files HtmlService read (from `htmlDir`). */
  htmlFiles: FakeHtmlFiles
  /** Triggers installed through ScriptApp. */
  triggers: FakeTriggerRecord
  /** Changes the user's language setting, as if another user opened the file. */
  setLocale(locale: string): void
}

/**
 * Creates a fresh fake Apps Script environment.
 *
 * @example
 * const fake = createFakeAppsScript({ locale: 'es', sheets: { Events: [['ID', 'Title']] } })
 * installAddonMenu(createServices(fake.globals))
 * fake.ui.menus[0]?.entries // [{ kind: 'item', label: 'Abrir panel lateral', ... }]
 */
export function createFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  let locale = options.locale ?? 'en'
  const { ui, record } = createFakeUi()
  const calls = createCallLog()
  const spreadsheet = new FakeSpreadsheet(calls, options)
  const locks = createFakeLockService()
  const urlFetch = createFakeUrlFetchApp()
  const gmail = createFakeGmailApp()
  const scriptApp = createFakeScriptApp()
  const html = createFakeHtmlService({ htmlDir: options.htmlDir })
  return {
    globals: {
      SpreadsheetApp: { ...createFakeSpreadsheetApp(spreadsheet, calls), getUi: () => ui },
      Session: { getActiveUserLocale: () => locale },
      HtmlService: html.service,
      PropertiesService: createFakePropertiesService(),
      LockService: locks.service,
      UrlFetchApp: urlFetch.service,
      Utilities: createFakeUtilities(),
      GmailApp: gmail.service,
      ScriptApp: withDailyTriggers(scriptApp.service),
    },
    ui: record,
    spreadsheet,
    calls,
    locks: locks.control,
    network: urlFetch.network,
    mailbox: gmail.mailbox,
    htmlFiles: html.files,
    triggers: scriptApp.triggers,
    setLocale(newLocale) {
      locale = newLocale
    },
  }
}
