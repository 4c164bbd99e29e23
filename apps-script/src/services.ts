// The one place the add-on touches Apps Script services; the rest of it is plain functions.
/// <reference types="google-apps-script" />

/** One menu entry: the label the user sees and the global function Apps Script runs. */
export interface MenuItem {
  label: string
  functionName: string
}

/** A sidebar to show: its title bar text and its HTML page. */
export interface Sidebar {
  title: string
  html: string
}

/** What the add-on's logic may ask of its host, in plain data. */
export interface AddonServices {
  /** The user's language setting as Apps Script reports it, such as 'es' or 'pt_BR'. */
  userLocale(): string
  /** Puts the add-on's menu (under Extensions) in the spreadsheet's menu bar. */
  showAddonMenu(items: readonly MenuItem[]): void
  /** Opens a sidebar beside the spreadsheet. */
  showSidebar(sidebar: Sidebar): void
  /**
   * The text of one of the project's HTML files, by its Apps Script name ('insights' for
   * insights.html); throws when the project has no such file.
   */
  readProjectFile(name: string): string
}

/** A menu as Apps Script builds it (`Menu`), reduced to the methods the add-on calls. */
export interface HostMenu {
  addItem(caption: string, functionName: string): HostMenu
  addSeparator(): HostMenu
  addToUi(): void
}

/** An `HtmlOutput`, reduced to the methods the add-on calls. */
export interface HostHtmlOutput {
  setTitle(title: string): HostHtmlOutput
  getContent(): string
}

/** The spreadsheet's `Ui`, reduced to the methods the add-on calls. */
export interface HostUi {
  createAddonMenu(): HostMenu
  showSidebar(output: HostHtmlOutput): void
}

/**
 * The slice of Apps Script's global services the adapter uses. The real globals fit it, and so
 * does the in-memory fake in `testing/fake-apps-script.ts`.
 */
export interface AppsScriptHost {
  SpreadsheetApp: { getUi(): HostUi }
  Session: { getActiveUserLocale(): string }
  HtmlService: {
    createHtmlOutput(html: string): HostHtmlOutput
    createHtmlOutputFromFile(filename: string): HostHtmlOutput
  }
}

/**
 * Adapts Apps Script services (real or fake) to the plain-data interface the logic uses.
 *
 * @example
 * const services = createServices(createFakeAppsScript({ locale: 'es' }).globals)
 * services.showAddonMenu([{ label: 'Abrir panel lateral', functionName: 'openSidebar' }])
 */
export function createServices(host: AppsScriptHost): AddonServices {
  return {
    userLocale: () => host.Session.getActiveUserLocale(),
    showAddonMenu(items) {
      const menu = host.SpreadsheetApp.getUi().createAddonMenu()
      for (const item of items) menu.addItem(item.label, item.functionName)
      menu.addToUi()
    },
    showSidebar(sidebar) {
      const output = host.HtmlService.createHtmlOutput(sidebar.html).setTitle(sidebar.title)
      host.SpreadsheetApp.getUi().showSidebar(output)
    },
    readProjectFile: (name) => host.HtmlService.createHtmlOutputFromFile(name).getContent(),
  }
}

/**
 * The services of the Apps Script runtime the add-on is running in. Call it inside an entry
 * point, never at load time: the globals exist only in Apps Script.
 *
 * @example
 * export function openSidebar(): void {
 *   showAddonSidebar(appsScriptServices())
 * }
 */
export function appsScriptServices(): AddonServices {
  return createServices({ SpreadsheetApp, Session, HtmlService })
}
