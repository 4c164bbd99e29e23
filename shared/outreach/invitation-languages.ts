// Which two languages an invitation to a prospect is written in.
import type { Locale } from '../i18n/locales'

/** Why those languages: the prospect's own, or Spanish because theirs is unknown or English. */
export const INVITATION_LANGUAGE_REASONS = ['their-language', 'unknown', 'english'] as const
export type InvitationLanguageReason = (typeof INVITATION_LANGUAGE_REASONS)[number]

/** The languages, the prospect's first, English second; and why. */
export interface InvitationLanguages {
  languages: [Exclude<Locale, 'en'>, 'en']
  reason: InvitationLanguageReason
}

/**
 * An invitation is bilingual: the prospect's language first and English second. When their
 * language is unknown, or is English, Spanish (the language most of the region reads) goes
 * first: every invitation is readable in the region's main language and in ICANN's.
 *
 * @example
 * invitationLanguages('pt') // { languages: ['pt', 'en'], reason: 'their-language' }
 * invitationLanguages(null) // { languages: ['es', 'en'], reason: 'unknown' }
 */
export function invitationLanguages(language: Locale | null): InvitationLanguages {
  if (language === null) return { languages: ['es', 'en'], reason: 'unknown' }
  if (language === 'en') return { languages: ['es', 'en'], reason: 'english' }
  return { languages: [language, 'en'], reason: 'their-language' }
}
