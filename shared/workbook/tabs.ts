// The LACRALO Dashboard workbook, defined once: its tabs and their columns, in order. The add-on's
// "Set up this spreadsheet" and the CLI's `lacralo sheet init` both build the sheet from it.
import { t } from '../i18n/catalogue'
import { isLocale, LOCALES, type Locale } from '../i18n/locales'
import { findFieldLabel } from '../i18n/messages/schema'
import { type RowOptions, recordFromCells, recordToCells } from './cell-conversion'
import type {
  CellValue,
  ColumnDefinition,
  ColumnKind,
  DropdownSource,
  TabDefinition,
} from './columns'

/** The tabs, in the order "Set up this spreadsheet" creates them. */
export const TAB_NAMES = [
  'Events',
  'ALS',
  'Members',
  'Participation',
  'Countries',
  'Webinars',
  'Registrations',
  'Proposals',
  'Prospects',
  'CROP',
  'Settings',
  'Dashboard',
] as const
export type TabName = (typeof TAB_NAMES)[number]

/** A tab of this workbook. */
export interface WorkbookTab extends TabDefinition {
  name: TabName
}

interface ColumnOptions {
  required?: boolean
  /** The schema field accepts null: an empty cell reads as null (otherwise it is left out). */
  nullable?: boolean
  source?: DropdownSource
  separator?: ',' | ';'
  sheetOnly?: boolean
}

function column(
  key: string,
  header: string,
  kind: ColumnKind,
  width: number,
  options: ColumnOptions = {}
): ColumnDefinition {
  return {
    key,
    header,
    kind,
    width,
    required: options.required ?? false,
    blank: options.nullable ? 'null' : 'omit',
    ...(options.source ? { source: options.source } : {}),
    ...(options.separator ? { separator: options.separator } : {}),
    ...(options.sheetOnly ? { sheetOnly: true } : {}),
  }
}

const required = { required: true } as const
const nullable = { nullable: true } as const

// One column per language for text the schemas keep per locale ({ en, es, pt, fr }).
function perLanguage(
  key: string,
  header: string,
  width: number,
  options: ColumnOptions = {}
): ColumnDefinition[] {
  return LOCALES.map((locale) =>
    column(`${key}.${locale}`, `${header} (${locale.toUpperCase()})`, 'text', width, options)
  )
}

const TABS: readonly WorkbookTab[] = [
  {
    name: 'Events',
    entity: 'event',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 150, required),
      column('title', 'Title', 'text', 280, required),
      column('startDate', 'Start date', 'date', 110, nullable),
      column('endDate', 'End date', 'date', 110, nullable),
      column('startTime', 'Start time', 'time', 90, nullable),
      column('endTime', 'End time', 'time', 90, nullable),
      column('timeZone', 'Time zone', 'text', 170, nullable),
      column('city', 'City', 'text', 140, nullable),
      column('country', 'Country', 'list', 90, { nullable: true, source: 'countries' }),
      column('subregion', 'Sub-region', 'list', 180, { nullable: true, source: 'subregions' }),
      column('category', 'Category', 'list', 170, { source: 'event-categories' }),
      column('format', 'Format', 'list', 100, { source: 'event-formats' }),
      column('status', 'Status', 'list', 100, { source: 'event-statuses' }),
      column('url', 'URL', 'url', 240, nullable),
      column('languages', 'Languages', 'multi-list', 110, { source: 'locales' }),
      column('cropEligible', 'CROP eligible', 'boolean', 110),
      column('description', 'Description', 'text', 320, nullable),
    ],
  },
  {
    name: 'ALS',
    entity: 'als',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 120, required),
      column('name', 'Name', 'text', 300, required),
      column('country', 'Country', 'list', 90, { required: true, source: 'countries' }),
      column('status', 'Status', 'list', 120, { required: true, source: 'als-statuses' }),
      column('accreditationDate', 'Accreditation date', 'date', 140, nullable),
      column('website', 'Website', 'url', 240, nullable),
      column('representatives', 'Representatives', 'multi-list', 200),
    ],
  },
  {
    name: 'Members',
    entity: 'member',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 110, required),
      column('name', 'Name', 'text', 220, required),
      column('email', 'Email', 'email', 240, nullable),
      column('country', 'Country', 'list', 90, { required: true, source: 'countries' }),
      column('alsId', 'ALS ID', 'text', 120, nullable),
      column('languages', 'Languages', 'multi-list', 110, { source: 'locales' }),
      column('gender', 'Gender', 'text', 120, nullable),
      column('expertise', 'Expertise', 'multi-list', 240),
      column('conflicts', 'Conflicts of interest', 'json', 240),
      column('cropTrips', 'CROP trips', 'json', 240),
    ],
  },
  {
    name: 'Participation',
    entity: 'participation',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 120, required),
      column('memberId', 'Member ID', 'text', 110, required),
      column('date', 'Date', 'date', 110, required),
      column('kind', 'Kind', 'list', 140, { required: true, source: 'participation-kinds' }),
      column('detail', 'Detail', 'text', 320, nullable),
    ],
  },
  {
    name: 'Countries',
    entity: 'country',
    layout: 'records',
    keyHeader: 'Code',
    columns: [
      column('code', 'Code', 'text', 70, required),
      ...perLanguage('names', 'Name', 200, required),
      column('ccTld', 'ccTLD', 'text', 80, nullable),
      column('subregion', 'Sub-region', 'list', 180, { required: true, source: 'subregions' }),
      column('inDashboardSet', 'In dashboard set', 'boolean', 130),
      column('territory', 'Territory', 'boolean', 90),
      // Aliases may hold commas ("Bonaire, Sint Eustatius & Saba"), so they are split on ';'.
      column('aliases', 'Other names', 'multi-list', 320, { separator: ';' }),
    ],
  },
  {
    name: 'Webinars',
    entity: 'webinar',
    layout: 'records',
    keyHeader: 'Slug',
    columns: [
      column('slug', 'Slug', 'text', 180, required),
      ...perLanguage('titles', 'Title', 240),
      ...perLanguage('descriptions', 'Description', 280),
      column('start', 'Start', 'text', 200, required),
      column('timeZone', 'Time zone', 'text', 170, required),
      column('durationMinutes', 'Duration (minutes)', 'number', 130, required),
      column('capacity', 'Capacity', 'number', 90, required),
      column('registrationOpens', 'Registration opens', 'text', 200, required),
      column('registrationCloses', 'Registration closes', 'text', 200, required),
      column('joinUrl', 'Join URL', 'url', 240, required),
    ],
  },
  {
    name: 'Registrations',
    entity: 'registration',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 280, required),
      column('webinarSlug', 'Webinar', 'text', 180, required),
      column('name', 'Name', 'text', 200, required),
      column('email', 'Email', 'email', 240, required),
      column('emailKey', 'Email key', 'text', 240, required),
      column('country', 'Country', 'list', 90, {
        required: true,
        source: 'registration-countries',
      }),
      column('affiliation', 'Affiliation', 'text', 220, nullable),
      column('language', 'Language', 'list', 90, { required: true, source: 'locales' }),
      column('consent.given', 'Consent', 'boolean', 90, required),
      column('consent.textVersion', 'Consent version', 'text', 120, required),
      column('status', 'Status', 'list', 110, { required: true, source: 'registration-statuses' }),
      column('createdAt', 'Registered at', 'text', 200, required),
      column('updatedAt', 'Updated at', 'text', 200, required),
      // When the confirmation email went out (an ISO instant); empty until then.
      column('emailSent', 'Email sent', 'text', 200, { sheetOnly: true }),
    ],
  },
  {
    name: 'Proposals',
    entity: 'proposalReview',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 150, required),
      column('eventId', 'Event ID', 'text', 180, required),
      column('title', 'Title', 'text', 260, required),
      column('receivedAt', 'Received at', 'text', 200, required),
      column('proposerName', 'Proposed by', 'text', 180, nullable),
      column('proposerEmail', 'Email', 'email', 220, nullable),
      column('language', 'Language', 'list', 90, { required: true, source: 'locales' }),
      column('why', 'Why', 'text', 320, nullable),
      column('cropSuitable', 'Suits CROP', 'boolean', 100),
      column('decision', 'Decision', 'list', 110, { source: 'proposal-decisions' }),
      column('decidedAt', 'Decided at', 'text', 200, nullable),
      column('note', 'Note to proposer', 'text', 280, nullable),
      // When the decision email went out (an ISO instant); empty until then.
      column('emailSent', 'Email sent', 'text', 200, { sheetOnly: true }),
    ],
  },
  {
    name: 'Prospects',
    entity: 'prospect',
    layout: 'records',
    keyHeader: 'ID',
    columns: [
      column('id', 'ID', 'text', 150, required),
      column('name', 'Name', 'text', 240, required),
      column('kind', 'Kind', 'list', 120, { source: 'candidate-kinds' }),
      column('organization', 'Organization', 'text', 200, nullable),
      column('country', 'Country', 'list', 90, { required: true, source: 'countries' }),
      column('programme', 'Programme', 'list', 190, {
        required: true,
        source: 'outreach-programmes',
      }),
      column('stage', 'Stage', 'list', 200, { source: 'prospect-stages' }),
      column('liaison', 'Liaison', 'text', 160, nullable),
      column('email', 'Email', 'email', 220, nullable),
      column('contactOther', 'Other contact', 'text', 200, nullable),
      column('language', 'Language', 'list', 90, { nullable: true, source: 'locales' }),
      column('why', 'Why', 'text', 300, nullable),
      column('suggestedBy', 'Suggested by', 'text', 160, nullable),
      column('identifiedOn', 'Identified on', 'date', 110, required),
      column('contactedOn', 'Contacted on', 'date', 110, nullable),
      column('invitedOn', 'Invited on', 'date', 110, nullable),
      column('attendedOn', 'Attended on', 'date', 110, nullable),
      column('appliedOn', 'Applied on', 'date', 110, nullable),
      column('joinedOn', 'Joined on', 'date', 110, nullable),
      column('declinedOn', 'Declined on', 'date', 110, nullable),
      column('invitedTo', 'Invited to', 'text', 180, nullable),
      column('notes', 'Notes', 'text', 300, nullable),
    ],
  },
  {
    name: 'CROP',
    entity: 'crop',
    layout: 'records',
    keyHeader: null,
    columns: [
      column('memberId', 'Member ID', 'text', 110, required),
      column('eventId', 'Event ID', 'text', 150, required),
      column('fiscalYear', 'Fiscal year', 'text', 100, required),
      column('travelDate', 'Travel date', 'date', 110, nullable),
      column('status', 'Status', 'list', 110, { source: 'crop-trip-statuses' }),
    ],
  },
  {
    name: 'Settings',
    entity: 'settings',
    layout: 'key-value',
    keyHeader: 'Setting',
    columns: [
      column('key', 'Setting', 'text', 260, required),
      column('value', 'Value', 'text', 100, required),
      column('description', 'Description', 'text', 320, nullable),
    ],
  },
  {
    name: 'Dashboard',
    entity: null,
    layout: 'report',
    keyHeader: 'Indicator',
    columns: [
      column('indicator', 'Indicator', 'text', 300, required),
      column('value', 'Value', 'text', 120, nullable),
      column('detail', 'Detail', 'text', 420, nullable),
    ],
  },
]

const BY_NAME = new Map<string, WorkbookTab>(TABS.map((tab) => [tab.name, tab]))

/** True when `name` is one of the workbook's tabs (exactly as written, case included). */
export function isTabName(name: string): name is TabName {
  return BY_NAME.has(name)
}

/**
 * The definition of a tab.
 *
 * @example
 * tabDefinition('Events').columns.find((column) => column.key === 'startDate')?.header
 * // 'Start date'
 */
export function tabDefinition(name: TabName): WorkbookTab {
  const tab = BY_NAME.get(name)
  if (!tab) throw new RangeError(`Unknown tab '${name}'. The tabs are: ${TAB_NAMES.join(', ')}`)
  return tab
}

/** Every tab's definition, in TAB_NAMES order. */
export function workbookTabs(): readonly WorkbookTab[] {
  return TABS
}

/**
 * The header row of a tab, as row 1 shows it.
 *
 * @example
 * headerRow('Participation') // ['ID', 'Member ID', 'Date', 'Kind', 'Detail']
 */
export function headerRow(name: TabName): string[] {
  return tabDefinition(name).columns.map((column) => column.header)
}

const TAB_LABEL_KEYS = {
  Events: 'workbook.tab.events',
  ALS: 'workbook.tab.als',
  Members: 'workbook.tab.members',
  Participation: 'workbook.tab.participation',
  Countries: 'workbook.tab.countries',
  Webinars: 'workbook.tab.webinars',
  Registrations: 'workbook.tab.registrations',
  Proposals: 'workbook.tab.proposals',
  Prospects: 'workbook.tab.prospects',
  CROP: 'workbook.tab.crop',
  Settings: 'workbook.tab.settings',
  Dashboard: 'workbook.tab.dashboard',
} as const satisfies Record<TabName, string>

/**
 * What a tab holds, in the user's language, for the sidebar and reports. The tab itself keeps
 * its English name: messages that send people to it name it as the sheet does.
 *
 * @example
 * tabLabel('Participation', 'es') // 'Participación de los miembros'
 */
export function tabLabel(name: TabName, locale: Locale): string {
  return t(locale, TAB_LABEL_KEYS[name])
}

/**
 * A column's field label in the user's language (from the schema messages), for reports that
 * explain a column; the header in the sheet stays as `column.header`.
 *
 * @example
 * columnLabel('Countries', 'names.es', 'fr') // 'Nom (Espagnol)'
 */
export function columnLabel(name: TabName, key: string, locale: Locale): string {
  const tab = tabDefinition(name)
  const column = tab.columns.find((candidate) => candidate.key === key)
  if (!column) throw new RangeError(`The ${name} tab has no column for '${key}'`)
  if (!tab.entity) return column.header
  const label = findFieldLabel(tab.entity, key, locale)
  if (label) return label
  const [field, language] = key.split('.') as [string, string | undefined]
  const fieldText = findFieldLabel(tab.entity, field, locale)
  if (fieldText && isLocale(language)) {
    return t(locale, 'issue.fieldInLanguage', {
      field: fieldText,
      language: t(locale, `language.${language}`),
    })
  }
  return column.header
}

/**
 * The column a schema issue points at: the column whose key is the longest prefix of the
 * issue's path (['names', 'es'] is 'Name (ES)', ['languages', 2] is 'Languages').
 *
 * @example
 * columnForPath('Events', ['startDate'])?.header // 'Start date'
 */
export function columnForPath(
  name: TabName,
  path: readonly PropertyKey[]
): ColumnDefinition | undefined {
  const segments = path.map(String)
  let best: ColumnDefinition | undefined
  let bestLength = 0
  for (const column of tabDefinition(name).columns) {
    const parts = column.key.split('.')
    const matches = parts.every((part, index) => segments[index] === part)
    if (matches && parts.length > bestLength) {
      best = column
      bestLength = parts.length
    }
  }
  return best
}

function resolveTab(tab: TabName | TabDefinition): TabDefinition {
  return typeof tab === 'string' ? tabDefinition(tab) : tab
}

/**
 * A sheet row as the tab's schema takes it: cells read by header, converted by column kind.
 * '' becomes null (or is left out where the schema has a default), Dates become ISO dates or
 * times in the spreadsheet's zone, 'a, b' becomes ['a', 'b'] in multi-lists, TRUE/FALSE
 * booleans, labels such as 'Confirmado' the value 'confirmed'. Unknown headers are ignored.
 *
 * @example
 * rowToRecord('Events', { ID: 'caribnog-25', Title: 'CaribNOG 25', 'Start date': date },
 *   { timeZone: 'America/Montevideo' })
 * // { id: 'caribnog-25', title: 'CaribNOG 25', startDate: '2023-03-26', endDate: null, ... }
 */
export function rowToRecord(
  tab: TabName | TabDefinition,
  cellsByHeader: Readonly<Record<string, CellValue | null | undefined>>,
  options: RowOptions
): Record<string, unknown> {
  return recordFromCells(resolveTab(tab), cellsByHeader, options)
}

/**
 * A record as cells to write, by header: the reverse of `rowToRecord`. Text from outside is
 * made formula-safe (see `sheetText`); columns whose field the record lacks are left out, so
 * that an update leaves them alone. Write the cells as a person would type them (Apps Script's
 * setValues, or the Sheets API with valueInputOption USER_ENTERED).
 *
 * @example
 * recordToRow('Members', { id: 'm-0042', name: '=HYPERLINK("x")', languages: ['es', 'pt'] })
 * // { ID: 'm-0042', Name: '\'=HYPERLINK("x")', Languages: 'es, pt' }
 */
export function recordToRow(
  tab: TabName | TabDefinition,
  record: Readonly<Record<string, unknown>>
): Record<string, CellValue> {
  return recordToCells(resolveTab(tab), record)
}
