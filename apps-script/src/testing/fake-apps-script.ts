// In-memory fake of the Apps Script services the add-on uses, for unit tests and as the
// globals of a Node `vm` context that runs the built bundle. Each service lives in its own
// module (fake-ui.ts, fake-html-service.ts); a spreadsheet fake joins them here later.
import type { AppsScriptHost } from '../services'
import { createFakeHtmlService, type FakeHtmlService } from './fake-html-service'
import { createFakeUi, type FakeUi, type FakeUiRecord } from './fake-ui'

export interface FakeAppsScriptOptions {
  /** What `Session.getActiveUserLocale()` returns; 'en' unless given. */
  locale?: string
}

/** The fake globals, named as Apps Script names them. */
export interface FakeAppsScriptGlobals extends AppsScriptHost {
  SpreadsheetApp: { getUi(): FakeUi }
  Session: { getActiveUserLocale(): string }
  HtmlService: FakeHtmlService
}

export interface FakeAppsScript {
  /** Pass to `createServices`, or spread into `vm.createContext({ ...globals })`. */
  globals: FakeAppsScriptGlobals
  /** What the code under test showed the user. */
  ui: FakeUiRecord
  /** Changes the user's language setting, as if another user opened the file. */
  setLocale(locale: string): void
}

/**
 * Creates a fresh fake Apps Script environment.
 *
 * @example
 * const fake = createFakeAppsScript({ locale: 'es' })
 * installAddonMenu(createServices(fake.globals))
 * fake.ui.menus[0]?.entries // [{ kind: 'item', label: 'Abrir panel lateral', ... }]
 */
export function createFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  let locale = options.locale ?? 'en'
  const { ui, record } = createFakeUi()
  return {
    globals: {
      SpreadsheetApp: { getUi: () => ui },
      Session: { getActiveUserLocale: () => locale },
      HtmlService: createFakeHtmlService(),
    },
    ui: record,
    setLocale(newLocale) {
      locale = newLocale
    },
  }
}
