// The four languages of the region that every user-facing string exists in.
export const LOCALES = ['en', 'es', 'pt', 'fr'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** True when `value` is one of the toolkit's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}
