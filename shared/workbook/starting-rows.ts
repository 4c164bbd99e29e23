// The rows a new workbook starts with: Countries from the reference data, Settings at their defaults.
import type { Locale } from '../i18n/locales'
import { COUNTRIES } from '../reference/countries'
import type { CellValue } from './columns'
import { settingRows } from './settings-rows'
import { recordToRow, type TabName } from './tabs'

/** The tabs that start with rows of their own, filled only while they hold no rows. */
export const TABS_WITH_STARTING_ROWS = ['Countries', 'Settings'] as const satisfies TabName[]
export type TabWithStartingRows = (typeof TABS_WITH_STARTING_ROWS)[number]

/**
 * The rows `tab` starts with, as cells by header (formula-safe, through recordToRow), with the
 * Settings described in `locale`.
 *
 * @example
 * startingRows('Countries', 'en')[0] // { Code: 'AG', 'Name (EN)': 'Antigua and Barbuda', ... }
 */
export function startingRows(
  tab: TabWithStartingRows,
  locale: Locale
): Record<string, CellValue>[] {
  if (tab === 'Countries') return COUNTRIES.map((country) => recordToRow('Countries', country))
  return settingRows(locale)
}
