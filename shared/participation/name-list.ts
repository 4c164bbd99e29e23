// Lists names in a sentence ("Ana, Luis and 3 more"), in the reader's language.
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'

const LIST_FORMATS = new Map<Locale, Intl.ListFormat>()

function listFormat(locale: Locale): Intl.ListFormat {
  let format = LIST_FORMATS.get(locale)
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
    LIST_FORMATS.set(locale, format)
  }
  return format
}

/**
 * `names` joined as `locale` writes a list; past `max`, the rest is counted ("and 3 more").
 *
 * @example
 * nameList(['Ana', 'Luis', 'Zoë'], 'es') // 'Ana, Luis y Zoë'
 * nameList(['Ana', 'Luis', 'Zoë'], 'en', 2) // 'Ana, Luis and 1 more'
 */
export function nameList(names: readonly string[], locale: Locale, max = 5): string {
  const shown =
    names.length > max
      ? [...names.slice(0, max), t(locale, 'participation.more', { count: names.length - max })]
      : names
  return listFormat(locale).format(shown)
}
