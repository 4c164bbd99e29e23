// The strings of the dashboard, participation and CROP sections ('panel.*' and the few other
// keys they show), from their own message group, in the user's language.
import type { Locale } from '../../../shared/i18n/locales'
import { addonDashboardMessages } from '../../../shared/i18n/messages/addon-dashboard'
import { type MessageLookup, messageLookup } from './message-lookup'

/** A key of the dashboard, participation and CROP messages. */
export type InsightsMessageKey = keyof (typeof addonDashboardMessages)['en']

/** Looks up one of those messages and fills its `{placeholders}`. */
export type InsightsText = MessageLookup<InsightsMessageKey>

/**
 * A lookup in `locale`; numbers in the parameters are written the language's way.
 *
 * @example
 * insightsText('es')('panel.participation.unmatchedHeading', { count: 3 }) // 'Sin identificar (3)'
 */
export function insightsText(locale: Locale): InsightsText {
  return messageLookup(addonDashboardMessages, locale)
}
