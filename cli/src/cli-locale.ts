// The language of the CLI's messages: --lang, else the LANG environment variable, else English.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales'

/**
 * The locale LANG names (es_AR.UTF-8 is es, pt_BR is pt, fr_CA is fr), else English.
 *
 * @example
 * localeFromEnv({ LANG: 'es_AR.UTF-8' }) // 'es'
 * localeFromEnv({ LANG: 'C' }) // 'en'
 */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const language = /^([a-z]{2})(?:[_.@-]|$)/i.exec(env.LANG ?? '')?.[1]?.toLowerCase()
  return isLocale(language) ? language : DEFAULT_LOCALE
}
