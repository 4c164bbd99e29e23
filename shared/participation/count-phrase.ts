// A number with its noun in the reader's language, singular or plural: "1 week", "3 semanas".
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'

/** The nouns counted in the participation, dashboard and CROP sentences. */
export const COUNTED_NOUNS = ['week', 'day', 'trip', 'contribution'] as const
export type CountedNoun = (typeof COUNTED_NOUNS)[number]

const RULES = new Map<Locale, Intl.PluralRules>()

/**
 * `count` and its noun, by the language's plural rule (French says "0 jour", English "0 days").
 *
 * @example
 * countPhrase('en', 'week', 1) // '1 week'
 * countPhrase('fr', 'trip', 3) // '3 voyages CROP'
 */
export function countPhrase(locale: Locale, noun: CountedNoun, count: number): string {
  let rules = RULES.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    RULES.set(locale, rules)
  }
  return rules.select(count) === 'one'
    ? t(locale, `participation.count.${noun}.one`, { count })
    : t(locale, `participation.count.${noun}.other`, { count })
}
