// Reads the boot data the server put into the sidebar page: the user's language and the title.
import { DEFAULT_LOCALE, isLocale } from '../../../shared/i18n/locales'
import type { SidebarBoot } from '../sidebar'

/**
 * The boot data from the text of the page's JSON data block. A page opened without the server
 * (the marker still in place, or nothing usable) starts in English, with the title it was
 * built with (null here), rather than not at all.
 *
 * @example
 * readBoot('{"locale":"es","title":"Herramientas de difusión de LACRALO"}') // { locale: 'es', title: '…' }
 * readBoot('{"boot":"LACRALO_SIDEBAR_BOOT"}') // { locale: 'en', title: null }
 */
export function readBoot(text: string | null | undefined): {
  locale: SidebarBoot['locale']
  title: string | null
} {
  let data: unknown
  try {
    data = JSON.parse(text ?? '')
  } catch {
    data = null
  }
  const { locale, title } =
    typeof data === 'object' && data !== null
      ? (data as Partial<Record<keyof SidebarBoot, unknown>>)
      : {}
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    title: typeof title === 'string' && title.trim() !== '' ? title : null,
  }
}
