// One message group's lookup in one language, for the sidebar page (which bundles only the
// groups it shows, not the whole catalogue).
import type { Locale } from '../../../shared/i18n/locales'

/** Looks up a message of the group and fills its `{placeholders}`. */
export type MessageLookup<K extends string> = (
  key: K,
  params?: Record<string, string | number>
) => string

/**
 * A lookup of `group`'s messages in `locale`; numbers in the parameters are written the way
 * the language writes them (12 345 in French, 12.345 in Spanish and Portuguese).
 *
 * @example
 * const text = messageLookup(sidebarMessages, 'es')
 * text('sidebar.problem.more', { shown: 500, count: 12345 })
 */
export function messageLookup<K extends string>(
  group: Record<Locale, Record<K, string>>,
  locale: Locale
): MessageLookup<K> {
  const messages = group[locale]
  const numbers = new Intl.NumberFormat(locale)
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? numbers.format(value) : value
    })
}
