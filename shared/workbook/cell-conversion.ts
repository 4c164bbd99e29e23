// Converts between a sheet row (cells by header) and a record in its schema's shape, by column kind.
import { LOCALES } from '../i18n/locales'
import { type ValueSet, valueLabel } from '../i18n/messages/schema'
import { countryByName } from '../reference/countries'
import {
  type CellValue,
  type ColumnDefinition,
  type DropdownSource,
  dropdownValues,
  type TabDefinition,
} from './columns'
import { sheetText } from './sheet-text'
import { clockTimeInZone, isDate, isoDateInZone, isoInstantInZone } from './zoned-date'

export interface RowOptions {
  /** The spreadsheet's time zone (IANA), in which its Date cells are read. */
  timeZone: string
}

const BLANK = Symbol('blank')
type Read = unknown | typeof BLANK

const VALUE_SETS_BY_SOURCE: Partial<Record<DropdownSource, ValueSet>> = {
  subregions: 'subregion',
  'event-categories': 'eventCategory',
  'event-statuses': 'eventStatus',
  'event-formats': 'eventFormat',
  locales: 'language',
  'als-statuses': 'alsStatus',
  'registration-statuses': 'registrationStatus',
  'participation-kinds': 'participationKind',
  'crop-trip-statuses': 'cropTripStatus',
  'proposal-decisions': 'proposalDecision',
  'candidate-kinds': 'candidateKind',
  'outreach-programmes': 'outreachProgramme',
  'prospect-stages': 'prospectStage',
}

function comparable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

// Values by their value or label in any of the four languages, built once per set.
const LABEL_LOOKUPS = new Map<ValueSet, Map<string, string>>()

function labelLookup(source: DropdownSource, set: ValueSet): Map<string, string> {
  let lookup = LABEL_LOOKUPS.get(set)
  if (!lookup) {
    lookup = new Map()
    for (const value of dropdownValues(source)) {
      lookup.set(comparable(value), value)
      for (const locale of LOCALES) {
        const key = comparable(valueLabel(set, value as never, locale))
        if (!lookup.has(key)) lookup.set(key, value)
      }
    }
    LABEL_LOOKUPS.set(set, lookup)
  }
  return lookup
}

// Staff pick from the drop-down, but may type a label in their language or a country's name.
function listValue(source: DropdownSource | undefined, text: string): string {
  if (!source) return text
  if (source === 'countries' || source === 'registration-countries') {
    return text.length > 2 ? (countryByName(text)?.code ?? text) : text
  }
  const set = VALUE_SETS_BY_SOURCE[source]
  return set ? (labelLookup(source, set).get(comparable(text)) ?? text) : text
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'si', 'sí', 'sim', 'oui', 'x', '1'])
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nao', 'não', 'non', '0'])

function asText(value: CellValue, timeZone: string): string {
  if (isDate(value)) return isoInstantInZone(value, timeZone)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return String(value)
}

function splitItems(text: string, separator: ',' | ';'): string[] {
  return text
    .split(separator === ';' ? ';' : /[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function readCell(
  column: ColumnDefinition,
  raw: CellValue | null | undefined,
  timeZone: string
): Read {
  if (raw === null || raw === undefined) return BLANK
  if (typeof raw === 'string' && raw.trim() === '') return BLANK
  if (isDate(raw) && Number.isNaN(raw.getTime())) return BLANK
  switch (column.kind) {
    case 'date':
      return isDate(raw) ? isoDateInZone(raw, timeZone) : asText(raw, timeZone).trim()
    case 'time':
      return isDate(raw) ? clockTimeInZone(raw, timeZone) : asText(raw, timeZone).trim()
    case 'number': {
      if (typeof raw === 'number') return raw
      const text = asText(raw, timeZone).trim()
      return NUMBER.test(text) ? Number(text) : text
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw
      const text = asText(raw, timeZone).trim()
      const word = text.toLowerCase()
      if (TRUE_WORDS.has(word)) return true
      if (FALSE_WORDS.has(word)) return false
      return text
    }
    case 'list':
      return listValue(column.source, asText(raw, timeZone).trim())
    case 'multi-list':
      return splitItems(asText(raw, timeZone), column.separator ?? ',').map((item) =>
        listValue(column.source, item)
      )
    case 'json': {
      const text = asText(raw, timeZone).trim()
      try {
        return JSON.parse(text)
      } catch {
        // Left as text: the schema then reports the field as malformed.
        return text
      }
    }
    default:
      // Spaces around a cell's text are never meant (the schemas trim names the same way).
      return asText(raw, timeZone).trim()
  }
}

function setAtPath(record: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.')
  let target = record
  for (const part of parts.slice(0, -1)) {
    const next = target[part]
    if (next === null || typeof next !== 'object') target[part] = {}
    target = target[part] as Record<string, unknown>
  }
  target[parts[parts.length - 1] as string] = value
}

function getAtPath(record: Readonly<Record<string, unknown>>, key: string): unknown {
  let current: unknown = record
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/**
 * The record a row holds, in its schema's input shape (see `rowToRecord` in tabs.ts).
 *
 * @example
 * recordFromCells(tabDefinition('CROP'), cells, { timeZone: 'America/Lima' })
 */
export function recordFromCells(
  tab: TabDefinition,
  cells: Readonly<Record<string, CellValue | null | undefined>>,
  options: RowOptions
): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const column of tab.columns) {
    const value = readCell(column, cells[column.header], options.timeZone)
    if (value !== BLANK) setAtPath(record, column.key, value)
    else if (column.blank === 'null') setAtPath(record, column.key, null)
  }
  return record
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const CLOCK_TIME = /^\d{2}:\d{2}$/

function writeCell(column: ColumnDefinition, value: unknown): CellValue {
  if (value === null) return ''
  if (isDate(value)) return value
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  if (column.kind === 'json') return sheetText(JSON.stringify(value))
  if (Array.isArray(value)) {
    const joiner = column.separator === ';' ? '; ' : ', '
    return sheetText(value.map(String).join(joiner))
  }
  if (typeof value === 'object') return sheetText(JSON.stringify(value))
  const text = String(value)
  // Dates and times go in as typed, so that Sheets stores a real date or time.
  if (column.kind === 'date' && ISO_DATE.test(text)) return text
  if (column.kind === 'time' && CLOCK_TIME.test(text)) return text
  return sheetText(text)
}

/**
 * The cells, by header, that hold a record (see `recordToRow` in tabs.ts).
 *
 * @example
 * recordToCells(tabDefinition('CROP'), trip) // { 'Member ID': 'm-0042', ... }
 */
export function recordToCells(
  tab: TabDefinition,
  record: Readonly<Record<string, unknown>>
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {}
  for (const column of tab.columns) {
    const value = getAtPath(record, column.key)
    if (value !== undefined) cells[column.header] = writeCell(column, value)
  }
  return cells
}
