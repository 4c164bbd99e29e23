// The sidebar's strings in the user's language, from the sidebar's own message group only
// (bundled into Sidebar.html; the rest of the catalogue stays out of the page).
import type { Locale } from '../../../shared/i18n/locales'
import { sidebarMessages } from '../../../shared/i18n/messages/sidebar'

/** A key of the sidebar's message group. */
export type SidebarMessageKey = keyof (typeof sidebarMessages)['en']

/** Looks up a sidebar message in one language and fills its `{placeholders}`. */
export type SidebarText = (
  key: SidebarMessageKey,
  params?: Record<string, string | number>
) => string

/**
 * A lookup of the sidebar's messages in `locale`; numbers in the parameters are written the
 * way the language writes them (12 345 in French, 12.345 in Spanish and Portuguese).
 *
 * @example
 * const text = sidebarText('es')
 * text('sidebar.problem.more', { shown: 500, count: 12345 })
 * // 'Aquí se muestran los primeros 500 de 12.345 problemas; todos están marcados en la hoja.'
 */
export function sidebarText(locale: Locale): SidebarText {
  const messages = sidebarMessages[locale]
  const numbers = new Intl.NumberFormat(locale)
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? numbers.format(value) : value
    })
}
