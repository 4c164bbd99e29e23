// Which of the toolkit's languages to speak to the spreadsheet's user.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales'

/**
 * Maps the language setting Apps Script reports (`Session.getActiveUserLocale()`: 'es',
 * 'pt_BR', 'fr-CA', sometimes '') to a toolkit locale; any other language gets English.
 *
 * @example
 * resolveUserLocale('pt_BR') // 'pt'
 * resolveUserLocale('de') // 'en'
 */
export function resolveUserLocale(userLocale: string): Locale {
  const language = userLocale.trim().split(/[-_]/)[0]?.toLowerCase()
  return isLocale(language) ? language : DEFAULT_LOCALE
}
