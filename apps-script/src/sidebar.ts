// The add-on's sidebar page.
import { translator } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'
import { escapeHtml } from './html-escape'
import type { AddonServices, Sidebar } from './services'
import { resolveUserLocale } from './user-locale'

const STYLE = 'body{font-family:Arial,sans-serif;font-size:13px;line-height:1.5;margin:12px}'

/**
 * The sidebar in `locale`: title and HTML, every message escaped.
 *
 * @example
 * addonSidebar('fr').title // 'Outils de sensibilisation de LACRALO'
 */
export function addonSidebar(locale: Locale): Sidebar {
  const message = translator(locale)
  const paragraphs = [message('addon.sidebar.intro'), message('addon.sidebar.upcoming')]
  const html = [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<base target="_top"><style>${STYLE}</style></head><body><main>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    '</main></body></html>',
  ].join('')
  return { title: message('addon.sidebar.title'), html }
}

/** Opens the sidebar in the user's language. */
export function showAddonSidebar(services: AddonServices): void {
  services.showSidebar(addonSidebar(resolveUserLocale(services.userLocale())))
}
