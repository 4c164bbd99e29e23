// The message catalogue: every user-facing string, in en, es, pt and fr.
import { DEFAULT_LOCALE, type Locale } from './locales'
import { addonMessages } from './messages/addon'
import { addonActionMessages } from './messages/addon-actions'
import { addonDashboardMessages } from './messages/addon-dashboard'
import { addonProposalMessages } from './messages/addon-proposals'
import { addonProspectMessages } from './messages/addon-prospects'
import { adminMessages } from './messages/admin'
import { cliMessages } from './messages/cli'
import { commonMessages } from './messages/common'
import { cropMessages } from './messages/crop'
import { emailMessages } from './messages/email'
import { embedMessages } from './messages/embed'
import { feedMessages } from './messages/feed'
import { importMessages } from './messages/import'
import { memberInputMessages } from './messages/member-input'
import { registrationMessages } from './messages/registration'
import { schemaMessages } from './messages/schema'
import { sidebarMessages } from './messages/sidebar'
import { webinarPageMessages } from './messages/webinar-pages'
import { workbookMessages } from './messages/workbook'

// Each surface keeps its messages in its own module; they are merged here.
const GROUPS = [
  commonMessages,
  schemaMessages,
  emailMessages,
  importMessages,
  cliMessages,
  adminMessages,
  feedMessages,
  embedMessages,
  addonMessages,
  addonActionMessages,
  sidebarMessages,
  registrationMessages,
  webinarPageMessages,
  workbookMessages,
  cropMessages,
  addonDashboardMessages,
  memberInputMessages,
  addonProposalMessages,
  addonProspectMessages,
] as const

type Group = (typeof GROUPS)[number]
type KeysOf<G> = G extends Record<Locale, Record<infer K, string>> ? K : never
export type MessageKey = KeysOf<Group>

export const CATALOGUE: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...GROUPS.map((g) => g.en)),
  es: Object.assign({}, ...GROUPS.map((g) => g.es)),
  pt: Object.assign({}, ...GROUPS.map((g) => g.pt)),
  fr: Object.assign({}, ...GROUPS.map((g) => g.fr)),
}

export type MessageParams = Record<string, string | number>

// A template split once into its text and placeholder names: [text, name, text, name, text].
const compiled = new Map<string, string[]>()

function parts(template: string): string[] {
  let split = compiled.get(template)
  if (!split) {
    split = template.split(/\{(\w+)\}/)
    compiled.set(template, split)
  }
  return split
}

/**
 * Looks a message up and fills its `{placeholders}` (an unknown one stays visible as written).
 * Templates are parsed once: reports that say thousands of sentences stay fast.
 *
 * @example
 * t('es', 'import.date.dayFirst', { row: 17, value: '25/5/23' })
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGUE[locale]?.[key] ?? CATALOGUE[DEFAULT_LOCALE][key] ?? key
  const split = parts(template)
  if (split.length === 1) return template
  let text = split[0] ?? ''
  for (let i = 1; i < split.length; i += 2) {
    const name = split[i] as string
    text += (name in params ? String(params[name]) : `{${name}}`) + (split[i + 1] ?? '')
  }
  return text
}

/** A translator bound to one locale, for code that renders a whole page or report. */
export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(locale, key, params)
}
