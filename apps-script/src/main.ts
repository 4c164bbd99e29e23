// The add-on's entry points: the build declares a global function for every export here,
// so export only functions Apps Script should call (triggers, menu items, google.script.run).
/// <reference types="google-apps-script" />
import { installAddonMenu } from './menu'
import { appsScriptServices } from './services'
import { showAddonSidebar } from './sidebar'

type TriggerEvent = Partial<GoogleAppsScript.Events.AppsScriptEvent>

/** Simple trigger, run when the spreadsheet opens (in any auth mode): adds the add-on menu. */
export function onOpen(_event?: TriggerEvent): void {
  installAddonMenu(appsScriptServices())
}

/** Run once when a user installs the add-on, so the menu appears without reopening the file. */
export function onInstall(event?: TriggerEvent): void {
  onOpen(event)
}

/** Menu item "Open sidebar". */
export function openSidebar(): void {
  showAddonSidebar(appsScriptServices())
}
