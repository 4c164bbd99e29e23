// The sidebar's strings in the user's language, from the sidebar's own message group only
// (bundled into Sidebar.html; the rest of the catalogue stays out of the page).
import type { Locale } from '../../../shared/i18n/locales'
import { sidebarMessages } from '../../../shared/i18n/messages/sidebar'
import { type MessageLookup, messageLookup } from './message-lookup'

/** A key of the sidebar's message group. */
export type SidebarMessageKey = keyof (typeof sidebarMessages)['en']

/** Looks up a sidebar message in one language and fills its `{placeholders}`. */
export type SidebarText = MessageLookup<SidebarMessageKey>

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
  return messageLookup(sidebarMessages, locale)
}
