// The add-on's menu: the actions that exist, named in the user's language.
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type * as entryPoints from './main'
import type { AddonServices, MenuItem } from './services'
import { resolveUserLocale } from './user-locale'

/** The name of a global function the build exposes (an export of main.ts). */
export type EntryPointName = keyof typeof entryPoints

/** A menu item whose function is, by its type, one the bundle declares globally. */
export interface AddonMenuItem extends MenuItem {
  functionName: EntryPointName
}

/**
 * The add-on menu's items in `locale`: the sidebar, set-up, then the actions (the sidebar
 * offers the same ones, and the settings and schedule besides).
 *
 * @example
 * addonMenuItems('es')[0] // { label: 'Abrir panel lateral', functionName: 'openSidebar' }
 */
export function addonMenuItems(locale: Locale): AddonMenuItem[] {
  return [
    { label: t(locale, 'addon.menu.openSidebar'), functionName: 'openSidebar' },
    { label: t(locale, 'addon.menu.setUpSpreadsheet'), functionName: 'setUpSpreadsheet' },
    { label: t(locale, 'actions.menu.validate'), functionName: 'validateSpreadsheet' },
    { label: t(locale, 'actions.menu.importEvents'), functionName: 'importEvents' },
    { label: t(locale, 'actions.menu.publishCalendar'), functionName: 'publishCalendar' },
    { label: t(locale, 'actions.menu.publishWebinars'), functionName: 'publishWebinars' },
    { label: t(locale, 'actions.menu.syncRegistrations'), functionName: 'syncRegistrations' },
    { label: t(locale, 'insights.menu.rebuildDashboard'), functionName: 'rebuildDashboard' },
    { label: t(locale, 'actions.menu.testConnection'), functionName: 'testConnection' },
  ]
}

/**
 * Builds the add-on menu in the user's language. It needs no authorization beyond the
 * user's locale, so it works in every auth mode onOpen runs in, including NONE.
 */
export function installAddonMenu(services: AddonServices): void {
  services.showAddonMenu(addonMenuItems(resolveUserLocale(services.userLocale())))
}
