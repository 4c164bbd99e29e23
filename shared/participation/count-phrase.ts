// A number with its noun in the reader's language, singular or plural: "1 week", "3 semanas".
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'

/** The nouns counted in the participation, dashboard and CROP sentences. */
export const COUNTED_NOUNS = ['week', 'day', 'trip', 'contribution'] as const
export type CountedNoun = (typeof COUNTED_NOUNS)[number]

const RULES = new Map<Locale, Intl.PluralRules>()

function phrase(locale: Locale, noun: CountedNoun, count: number): string {
  let rules = RULES.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    RULES.set(locale, rules)
  }
  return rules.select(count) === 'one'
    ? t(locale, `participation.count.${noun}.one`, { count })
    : t(locale, `participation.count.${noun}.other`, { count })
}

// A shortlist says "1 CROP trip" or "2 contributions" thousands of times, and choosing the
// plural asks Intl each time: a phrase for a small whole number is made once per language.
const SMALL_COUNTS = 1000
const PHRASES = new Map<Locale, Map<CountedNoun, string[]>>()

/**
 * `count` and its noun, by the language's plural rule (French says "0 jour", English "0 days").
 *
 * @example
 * countPhrase('en', 'week', 1) // '1 week'
 * countPhrase('fr', 'trip', 3) // '3 voyages CROP'
 */
export function countPhrase(locale: Locale, noun: CountedNoun, count: number): string {
  if (!Number.isInteger(count) || count < 0 || count >= SMALL_COUNTS)
    return phrase(locale, noun, count)
  let nouns = PHRASES.get(locale)
  if (!nouns) {
    nouns = new Map()
    PHRASES.set(locale, nouns)
  }
  let phrases = nouns.get(noun)
  if (!phrases) {
    phrases = []
    nouns.set(noun, phrases)
  }
  let text = phrases[count]
  if (text === undefined) {
    text = phrase(locale, noun, count)
    phrases[count] = text
  }
  return text
}
