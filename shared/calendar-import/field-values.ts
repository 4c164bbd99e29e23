// Reads the cells of the calendar's choice columns (Status, Category, Format, Languages, CROP).
import { CATALOGUE } from '../i18n/catalogue'
import { LOCALES, type Locale } from '../i18n/locales'
import {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  type EventCategory,
  type EventFormat,
  type EventStatus,
} from '../schemas/event'
import { foldText } from './fold-text'

// Words accepted for each value besides the value itself, folded, in the four languages.
const STATUS_WORDS: Record<EventStatus, readonly string[]> = {
  confirmed: ['confirmado', 'confirmada', 'confirme', 'confirmee'],
  tentative: [
    'tentativo',
    'tentativa',
    'provisional',
    'provisorio',
    'provisoire',
    'por confirmar',
    'a confirmar',
    'a confirmer',
    'pending',
    'pendiente',
    'pendente',
    'tbc',
    'tbd',
  ],
  cancelled: ['canceled', 'cancelado', 'cancelada', 'annule', 'annulee', 'suspendido', 'suspenso'],
  proposed: ['propuesto', 'propuesta', 'proposto', 'proposta', 'propose', 'proposee'],
}

const CATEGORY_WORDS: Record<EventCategory, readonly string[]> = {
  'icann-meeting': ['icann', 'reunion de icann', 'reuniao da icann', 'reunion de l icann'],
  'lacralo-meeting': ['lacralo', 'reunion de lacralo', 'reuniao do lacralo', 'reunion du lacralo'],
  webinar: ['webinario', 'seminario web', 'webinaire'],
  'capacity-building': [
    'capacity development',
    'desarrollo de capacidades',
    'fortalecimiento de capacidades',
    'capacitacion',
    'capacitacao',
    'renforcement des capacites',
  ],
  roadshow: [],
  'technical-community': [
    'technical',
    'comunidad tecnica',
    'comunidade tecnica',
    'communaute technique',
  ],
  'governance-forum': [
    'internet governance',
    'igf',
    'foro de gobernanza',
    'forum de governanca',
    'forum sur la gouvernance',
  ],
  'telecom-policy': [
    'telecom',
    'telecommunications',
    'politica de telecomunicaciones',
    'politica de telecomunicacoes',
    'politique des telecommunications',
  ],
  other: ['otro', 'otra', 'outro', 'autre'],
}

const FORMAT_WORDS: Record<EventFormat, readonly string[]> = {
  'in-person': ['presencial', 'en persona', 'presentiel', 'face to face', 'onsite', 'on site'],
  virtual: ['online', 'en linea', 'remote', 'remoto', 'en ligne', 'a distance', 'virtuel'],
  hybrid: ['hibrido', 'hibrida', 'hybride', 'mixed', 'mixto'],
}

function choiceReader<T extends string>(values: readonly T[], words: Record<T, readonly string[]>) {
  const byWord = new Map<string, T>()
  for (const value of values) {
    byWord.set(foldText(value), value)
    for (const word of words[value]) byWord.set(word, value)
  }
  return (text: string): T | null => byWord.get(foldText(text)) ?? null
}

/**
 * A Status cell: the value or its word in one of the four languages, or null if not one.
 *
 * @example
 * readStatus('Por confirmar') // 'tentative'
 */
export const readStatus = choiceReader(EVENT_STATUSES, STATUS_WORDS)

/**
 * A Category cell ('ICANN meeting', 'Webinario', 'technical-community' ...), or null.
 *
 * @example
 * readCategory('Seminario web') // 'webinar'
 */
export const readCategory = choiceReader(EVENT_CATEGORIES, CATEGORY_WORDS)

/**
 * A Format cell ('Presencial', 'online', 'hybrid' ...), or null.
 *
 * @example
 * readFormat('En línea') // 'virtual'
 */
export const readFormat = choiceReader(EVENT_FORMATS, FORMAT_WORDS)

// A language by its code or its name in any of the toolkit's languages (from the catalogue),
// built at first use, not on load: the add-on decodes its messages only when it needs them.
let languageByWord: Map<string, Locale> | undefined

function languageOfWord(word: string): Locale | undefined {
  languageByWord ??= new Map(
    LOCALES.flatMap((language) => [
      [language, language] as const,
      ...LOCALES.map(
        (locale) => [foldText(CATALOGUE[locale][`language.${language}`]), language] as const
      ),
    ])
  )
  return languageByWord.get(word)
}

/**
 * A Languages cell: codes or names separated by commas, semicolons, slashes or 'and'.
 * Returns the languages in the toolkit's order, or null when one of them is not known.
 *
 * @example
 * readLanguages('Español, English') // ['en', 'es']
 * readLanguages('es/pt') // ['es', 'pt']
 */
export function readLanguages(text: string): Locale[] | null {
  const words = text
    .split(/[,;/|+&]|\s(?:and|y|e|et)\s/i)
    .map((word) => foldText(word))
    .filter((word) => word !== '')
  const languages = new Set<Locale>()
  for (const word of words) {
    const language = languageOfWord(word)
    if (language === undefined) return null
    languages.add(language)
  }
  return LOCALES.filter((locale) => languages.has(locale))
}

const YES = new Set([
  'yes',
  'y',
  'si',
  'sim',
  'oui',
  'true',
  'verdadero',
  'verdadeiro',
  'vrai',
  'x',
  '1',
])
const NO = new Set(['no', 'n', 'nao', 'non', 'false', 'falso', 'faux', '0'])

/**
 * A yes/no cell (CROP eligible): a checkbox's boolean, or yes/no words; empty is no.
 *
 * @example
 * readYesNo('Sí') // true
 * readYesNo('') // false
 * readYesNo('maybe') // null
 */
export function readYesNo(cell: string | number | boolean | Date | undefined): boolean | null {
  if (typeof cell === 'boolean') return cell
  if (cell === undefined || cell instanceof Date) return cell === undefined ? false : null
  if (/^\s*[✓✔☑]\s*$/u.test(String(cell))) return true
  const word = foldText(String(cell))
  if (word === '') return false
  return YES.has(word) ? true : NO.has(word) ? false : null
}
