// The Settings tab, one setting per row (Setting, Value, Description), to and from the settings.
import type { Locale } from '../i18n/locales'
import { findFieldLabel } from '../i18n/messages/schema'
import type { Settings } from '../schemas/settings'
import { DEFAULT_SETTINGS } from '../schemas/settings-values'
import { recordFromCells, recordToCells } from './cell-conversion'
import type { CellValue } from './columns'
import { tabDefinition } from './tabs'

type SettingValue = number | boolean

function flatten(value: unknown, prefix = ''): [string, SettingValue][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(inner, prefix ? `${prefix}.${key}` : key)
    )
  }
  return [[prefix, value as SettingValue]]
}

/** The keys of the Settings tab's rows, nested fields dotted ('crop.leadTimeWeeks'). */
export const SETTING_KEYS: readonly string[] = Object.freeze(
  flatten(DEFAULT_SETTINGS).map(([key]) => key)
)

/**
 * The rows of the Settings tab, as cells by header, with each setting described in `locale`.
 *
 * @example
 * settingRows('es')[0] // { Setting: 'activeRule.callsAttended', Value: 3, Description: 'Llamadas con asistencia' }
 */
export function settingRows(
  locale: Locale,
  settings: Settings = DEFAULT_SETTINGS
): Record<string, CellValue>[] {
  const tab = tabDefinition('Settings')
  return flatten(settings).map(([key, value]) =>
    recordToCells(tab, {
      key,
      value,
      description: findFieldLabel('settings', key, locale) ?? null,
    })
  )
}

/** What the Settings tab holds, ready for `settingsSchema`, and the keys it did not know. */
export interface SettingsFromRows {
  input: Record<string, unknown>
  unknownKeys: string[]
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/

function settingValue(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim()
  if (NUMBER.test(text)) return Number(text)
  if (/^true$/i.test(text)) return true
  if (/^false$/i.test(text)) return false
  return text
}

/**
 * The settings the tab's rows hold, nested as `settingsSchema` takes them. A row with an empty
 * value is left out (the default applies); a key the toolkit does not know is reported.
 *
 * @example
 * settingsFromRows(rows.map((row) => row.cells), { timeZone }).input.crop // { leadTimeWeeks: 6 }
 */
export function settingsFromRows(
  rows: readonly Readonly<Record<string, CellValue>>[],
  options: { timeZone: string }
): SettingsFromRows {
  const tab = tabDefinition('Settings')
  const known = new Set(SETTING_KEYS)
  const input: Record<string, unknown> = {}
  const unknownKeys: string[] = []
  for (const cells of rows) {
    const { key, value } = recordFromCells(tab, cells, options)
    if (typeof key !== 'string') continue
    const name = key.trim()
    if (!known.has(name)) {
      unknownKeys.push(name)
      continue
    }
    if (value === undefined) continue
    const parts = name.split('.')
    let target = input
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {}
      target = target[part] as Record<string, unknown>
    }
    target[parts[parts.length - 1] as string] = settingValue(value)
  }
  return { input, unknownKeys }
}
