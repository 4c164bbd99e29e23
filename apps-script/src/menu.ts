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
 * The add-on menu's items in `locale`. An action is listed only once it works; later
 * versions add validate, import, publish and sync here.
 *
 * @example
 * addonMenuItems('es') // [{ label: 'Abrir panel lateral', functionName: 'openSidebar' }]
 */
export function addonMenuItems(locale: Locale): AddonMenuItem[] {
  return [{ label: t(locale, 'addon.menu.openSidebar'), functionName: 'openSidebar' }]
}

/**
 * Builds the add-on menu in the user's language. It needs no authorization beyond the
 * user's locale, so it works in every auth mode onOpen runs in, including NONE.
 */
export function installAddonMenu(services: AddonServices): void {
  services.showAddonMenu(addonMenuItems(resolveUserLocale(services.userLocale())))
}
