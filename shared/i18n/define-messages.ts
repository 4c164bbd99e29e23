// Typed helper for one module of the message catalogue.
import type { Locale } from './locales'

/**
 * Declares a group of messages in all four languages. The type makes a key missing from
 * (or extra in) any language a compile error; `catalogue.test.ts` checks the same at run time.
 *
 * @example
 * export const commonMessages = defineMessages({
 *   en: { 'common.save': 'Save' },
 *   es: { 'common.save': 'Guardar' },
 *   pt: { 'common.save': 'Salvar' },
 *   fr: { 'common.save': 'Enregistrer' },
 * })
 */
export function defineMessages<const K extends string>(
  messages: Record<Locale, Record<K, string>>
): Record<Locale, Record<K, string>> {
  return messages
}
