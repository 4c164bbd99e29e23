// What a column of the LACRALO Dashboard workbook is: its field, header, kind and drop-down.
import { LOCALES } from '../i18n/locales'
import type { SchemaEntity } from '../i18n/messages/schema'
import { REGION_COUNTRY_CODES } from '../reference/countries'
import { SUBREGIONS } from '../reference/subregions'
import { ALS_STATUSES } from '../schemas/als-values'
import {
  CANDIDATE_KINDS,
  OUTREACH_PROGRAMMES,
  PROSPECT_STAGES,
} from '../schemas/candidate-suggestion-values'
import { CROP_TRIP_STATUSES } from '../schemas/crop-values'
import { EVENT_CATEGORIES, EVENT_FORMATS, EVENT_STATUSES } from '../schemas/event-values'
import { PARTICIPATION_KINDS } from '../schemas/participation-values'
import { PROPOSAL_DECISIONS } from '../schemas/proposal-review-values'
import { REGISTRATION_COUNTRIES, REGISTRATION_STATUSES } from '../schemas/registration-values'

/**
 * What a sheet cell holds as Apps Script's `getValues()` returns it: text, a number, a
 * boolean or a Date; an empty cell is ''.
 */
export type CellValue = string | number | boolean | Date

/** The kinds of value a column holds; they decide how a cell converts to a record field. */
export const COLUMN_KINDS = [
  'text',
  'date',
  'time',
  'number',
  'boolean',
  'list',
  'multi-list',
  'url',
  'email',
  'json',
] as const
export type ColumnKind = (typeof COLUMN_KINDS)[number]

/** The value sets a list column's drop-down offers. */
export const DROPDOWN_SOURCES = [
  'countries',
  'registration-countries',
  'subregions',
  'event-categories',
  'event-statuses',
  'event-formats',
  'locales',
  'als-statuses',
  'registration-statuses',
  'participation-kinds',
  'crop-trip-statuses',
  'proposal-decisions',
  'candidate-kinds',
  'outreach-programmes',
  'prospect-stages',
] as const
export type DropdownSource = (typeof DROPDOWN_SOURCES)[number]

// The schemas' own value sets, from their zod-free modules (the add-on bundles no zod for them).
const DROPDOWN_VALUES: Record<DropdownSource, readonly string[]> = {
  countries: REGION_COUNTRY_CODES,
  'registration-countries': REGISTRATION_COUNTRIES,
  subregions: SUBREGIONS,
  'event-categories': EVENT_CATEGORIES,
  'event-statuses': EVENT_STATUSES,
  'event-formats': EVENT_FORMATS,
  locales: LOCALES,
  'als-statuses': ALS_STATUSES,
  'registration-statuses': REGISTRATION_STATUSES,
  'participation-kinds': PARTICIPATION_KINDS,
  'crop-trip-statuses': CROP_TRIP_STATUSES,
  'proposal-decisions': PROPOSAL_DECISIONS,
  'candidate-kinds': CANDIDATE_KINDS,
  'outreach-programmes': OUTREACH_PROGRAMMES,
  'prospect-stages': PROSPECT_STAGES,
}

/**
 * The values a drop-down offers, in order: codes and slugs as the schemas spell them.
 *
 * @example
 * dropdownValues('event-formats') // ['in-person', 'virtual', 'hybrid']
 */
export function dropdownValues(source: DropdownSource): string[] {
  return [...DROPDOWN_VALUES[source]]
}

/** One column of a tab. */
export interface ColumnDefinition {
  /** The schema field it maps to; nested fields dotted ('names.en', 'consent.given'). */
  key: string
  /** The header text in row 1: English, stable, never localized (code finds columns by it). */
  header: string
  kind: ColumnKind
  /** Where a list or multi-list column's values come from; none for free lists. */
  source?: DropdownSource
  /** Column width in pixels, a hint for "Set up this spreadsheet". */
  width: number
  /** The record is incomplete without it (the schema requires the field). */
  required: boolean
  /**
   * What an empty cell becomes: null for a field the schema accepts as null, otherwise it is
   * left out so that the schema's default applies (or the schema reports a required field).
   */
  blank: 'null' | 'omit'
  /** What separates a multi-list's items: ',' (also accepts ';' when reading) or ';' only. */
  separator?: ',' | ';'
  /** Kept in the sheet only (such as Registrations' 'Email sent'); no schema field. */
  sheetOnly?: boolean
}

/** How a tab's rows are laid out. */
export type TabLayout =
  /** One record per row, one field per column. */
  | 'records'
  /** One setting per row: key, value, description. */
  | 'key-value'
  /** Written whole by the add-on (staff read it, the next refresh replaces it). */
  | 'report'

/** One tab of the workbook. */
export interface TabDefinition {
  /** The tab's name in the spreadsheet: a fixed identifier, never localized. */
  name: string
  /** Whose field labels describe its columns (messages/schema.ts), if any. */
  entity: SchemaEntity | null
  layout: TabLayout
  /** The header of the column that identifies a row (the upsert key), if any. */
  keyHeader: string | null
  columns: readonly ColumnDefinition[]
}
