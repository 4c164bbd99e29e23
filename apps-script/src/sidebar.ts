// The add-on's sidebar: the built page (dist/Sidebar.html) served with the user's language in it.
/// <reference types="google-apps-script" />
import { t } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import type { AddonServices, Sidebar } from './services'
import { resolveUserLocale } from './user-locale'

/** The HTML file clasp pushes beside Code.js (dist/Sidebar.html), by its Apps Script name. */
export const SIDEBAR_FILE = 'Sidebar'

/**
 * What the built page holds, in its JSON data block, where the server puts the boot data.
 * It is valid JSON itself, so the page opened without a server still starts (in English).
 */
export const SIDEBAR_BOOT_MARKER = '{"boot":"LACRALO_SIDEBAR_BOOT"}'

/** What the server tells the page when it opens it: plain JSON. */
export interface SidebarBoot {
  locale: Locale
  /** The sidebar's title in that language (the page's title and its heading). */
  title: string
}

/** The slice of HtmlService that reads a pushed HTML file. */
export interface SidebarFileHost {
  HtmlService: { createHtmlOutputFromFile(filename: string): { getContent(): string } }
}

/**
 * The boot data as the content of a `<script type="application/json">` element: `<` is
 * escaped, so no value can close the element or open a comment.
 *
 * @example
 * sidebarBootJson({ locale: 'es', title: 'Herramientas de difusión de LACRALO' })
 * // '{"locale":"es","title":"Herramientas de difusión de LACRALO"}'
 */
export function sidebarBootJson(boot: SidebarBoot): string {
  return JSON.stringify(boot).replace(/</g, '\\u003c')
}

/**
 * The sidebar in `locale`, from the built page: its title, and the page with the boot data
 * (the locale and the title) in place of the marker. The page carries its other strings in
 * every language.
 *
 * @example
 * addonSidebar('fr', sidebarPage).title // 'Outils de sensibilisation de LACRALO'
 */
export function addonSidebar(locale: Locale, page: string): Sidebar {
  if (!page.includes(SIDEBAR_BOOT_MARKER)) {
    throw new Error(
      `${SIDEBAR_FILE}.html is not the toolkit's built sidebar (it has no boot marker): run \`npm run build:addon\` and push again.`
    )
  }
  const title = t(locale, 'addon.sidebar.title')
  // A function replacement, so that no '$&' in the data is read as a pattern.
  const html = page.replace(SIDEBAR_BOOT_MARKER, () => sidebarBootJson({ locale, title }))
  return { title, html }
}

/**
 * Opens the sidebar in the user's language.
 *
 * @example
 * export function openSidebar(): void {
 *   showAddonSidebar(appsScriptServices())
 * }
 */
export function showAddonSidebar(
  services: AddonServices,
  host: SidebarFileHost = { HtmlService }
): void {
  const page = host.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).getContent()
  services.showSidebar(addonSidebar(resolveUserLocale(services.userLocale()), page))
}
