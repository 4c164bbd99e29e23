// Turns a schema issue into a sentence staff understand: which field, what is wrong, how to fix it.
import type * as z from 'zod/mini'
import { CATALOGUE, type MessageKey, type MessageParams, t } from '../i18n/catalogue'
import { isLocale, type Locale } from '../i18n/locales'
import {
  findFieldLabel,
  SCHEMA_ENTITIES,
  type SchemaEntity,
  VALUE_SETS,
  valueLabel,
  valueSetValues,
} from '../i18n/messages/schema'

/** One problem, ready to show: where (`events.3.startDate`), which field, and the sentence. */
export interface IssueDescription {
  path: string
  field: string
  message: string
}

export interface DescribeOptions {
  /** The record that was checked; its labels win when two records share a field name. */
  entity?: SchemaEntity
  /**
   * The raw input that was parsed, so that messages can quote the value at fault. Without it
   * (and without `reportInput: true` when parsing) messages say "this value" instead.
   */
  input?: unknown
}

// Issue messages that name a rule of our own schemas; each has an 'issue.<code>' text.
// A format code is about the field's own value, so an empty value just means "required".
const FORMAT_CODES = [
  'invalid_date',
  'invalid_time',
  'invalid_time_zone',
  'invalid_country',
  'country_not_in_region',
  'invalid_url',
  'invalid_event_id',
  'invalid_id',
  'invalid_slug',
  'invalid_cctld',
  'invalid_fiscal_year',
  'invalid_consent_version',
] as const
const RULE_CODES = [
  'end_before_start',
  'end_without_start',
  'undated_confirmed',
  'time_without_date',
  'time_without_zone',
  'end_time_without_start',
  'title_required',
  'registration_closes_before_opens',
  'registration_closes_after_end',
  'fiscal_year_mismatch',
  'calls_attended_exceeds_window',
  'consent_required',
  'consent_required_to_send',
  'contact_required',
  'email_key_mismatch',
] as const

/** The custom issue messages the schemas use, each of which gets its own explanation. */
export const SCHEMA_ISSUE_CODES: readonly string[] = [...FORMAT_CODES, ...RULE_CODES]

const FORMAT_CODE_SET: ReadonlySet<string> = new Set(FORMAT_CODES)
const RULE_CODE_SET: ReadonlySet<string> = new Set(RULE_CODES)

const UNKNOWN = Symbol('unknown value')

// Built at first use, not on load: the add-on decodes its messages only when it shows one.
let messageKeys: ReadonlySet<string> | undefined

function isMessageKey(key: string): key is MessageKey {
  messageKeys ??= new Set(Object.keys(CATALOGUE.en))
  return messageKeys.has(key)
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

function offendingValue(issue: z.core.$ZodIssue, options: DescribeOptions): unknown {
  if ('input' in issue) return issue.input
  if ('input' in options) return valueAt(options.input, issue.path)
  return UNKNOWN
}

function isMissing(issue: z.core.$ZodIssue, value: unknown): boolean {
  if (value === UNKNOWN)
    return issue.code === 'invalid_type' && /received (undefined|null)$/.test(issue.message)
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

// Long values are shortened in the message only; the data itself is never touched.
function shown(value: unknown, locale: Locale): string {
  if (value === UNKNOWN) return t(locale, 'issue.thisValue')
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : (JSON.stringify(value) ?? String(value))
  const characters = Array.from(text)
  const short = characters.length > 80 ? `${characters.slice(0, 79).join('')}…` : text
  return t(locale, 'issue.quoted', { value: short })
}

/** The label of the field at `path`, e.g. 'Start date' for ['events', 3, 'startDate']. */
function fieldAt(path: readonly PropertyKey[], locale: Locale, entity?: SchemaEntity): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string')
  const last = names[names.length - 1]
  const language = names.length > 1 && isLocale(last) ? last : undefined
  if (language) names.pop()
  if (names.length === 0) return t(locale, 'issue.record')
  const entities = entity
    ? [entity, ...SCHEMA_ENTITIES.filter((other) => other !== entity)]
    : [...SCHEMA_ENTITIES]
  // The whole path first, then without its leading parts (events.startDate -> startDate),
  // then without its trailing parts (titles.xx -> titles).
  const candidates: string[] = []
  for (let start = 0; start < names.length; start++) candidates.push(names.slice(start).join('.'))
  for (let end = names.length - 1; end > 0; end--) candidates.push(names.slice(0, end).join('.'))
  let label = names[names.length - 1] as string
  search: for (const candidate of candidates)
    for (const owner of entities) {
      const found = findFieldLabel(owner, candidate, locale)
      if (found) {
        label = found
        break search
      }
    }
  return language
    ? t(locale, 'issue.fieldInLanguage', {
        field: label,
        language: t(locale, `language.${language}`),
      })
    : label
}

function optionsLabel(values: readonly unknown[], locale: Locale): string {
  const wanted = [...values].map(String).sort().join('\u0000')
  const set = VALUE_SETS.find((name) => [...valueSetValues(name)].sort().join('\u0000') === wanted)
  const labels = set
    ? valueSetValues(set).map((value) => valueLabel(set, value as never, locale))
    : values.map(String)
  return labels.join(', ')
}

function expectedLabel(expected: string, locale: Locale): string {
  const key = `issue.expected.${expected}`
  return t(locale, isMessageKey(key) ? key : 'issue.expected.other')
}

function ruleProblem(
  code: string,
  issue: z.core.$ZodIssue,
  value: unknown,
  locale: Locale
): string {
  const params: MessageParams = { value: shown(value, locale) }
  const extra = issue.code === 'custom' ? (issue.params ?? {}) : {}
  for (const [name, param] of Object.entries(extra))
    if (typeof param === 'string' || typeof param === 'number') params[name] = param
  if (code === 'undated_confirmed')
    params.tentative = t(locale, 'issue.quoted', {
      value: valueLabel('eventStatus', 'tentative', locale),
    })
  if (code === 'invalid_date' && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return t(locale, 'issue.invalid_date_format', params)
  return t(locale, `issue.${code}` as MessageKey, params)
}

function genericProblem(issue: z.core.$ZodIssue, value: unknown, locale: Locale): string {
  const quoted = shown(value, locale)
  switch (issue.code) {
    case 'invalid_type':
      return t(locale, 'issue.invalid_type', {
        value: quoted,
        expected: expectedLabel(issue.expected, locale),
      })
    case 'too_big': {
      const maximum = String(issue.maximum)
      if (issue.origin === 'string') return t(locale, 'issue.too_long', { maximum })
      if (issue.origin === 'array' || issue.origin === 'set')
        return t(locale, 'issue.too_many_items', { maximum })
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return t(locale, 'issue.too_big_number', { value: quoted, maximum })
      return t(locale, 'issue.invalid', { value: quoted })
    }
    case 'too_small': {
      const minimum = String(issue.minimum)
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? t(locale, 'issue.required')
          : t(locale, 'issue.too_short', { minimum })
      if (issue.origin === 'array' || issue.origin === 'set')
        return t(locale, 'issue.too_few_items', { minimum })
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive === false
          ? t(locale, 'issue.too_small_exclusive', { value: quoted, minimum })
          : t(locale, 'issue.too_small_number', { value: quoted, minimum })
      return t(locale, 'issue.invalid', { value: quoted })
    }
    case 'invalid_format':
      if (issue.format === 'url') return t(locale, 'issue.invalid_url', { value: quoted })
      if (issue.format === 'datetime') return t(locale, 'issue.invalid_instant', { value: quoted })
      if (issue.format === 'date') return ruleProblem('invalid_date', issue, value, locale)
      if (issue.format === 'time') return t(locale, 'issue.invalid_time', { value: quoted })
      return t(locale, 'issue.invalid_format', { value: quoted })
    case 'invalid_value':
      return t(locale, 'issue.invalid_option', {
        value: quoted,
        options: optionsLabel(issue.values, locale),
      })
    case 'unrecognized_keys':
      return t(locale, 'issue.unknown_fields', { keys: issue.keys.join(', ') })
    case 'not_multiple_of':
      return t(locale, 'issue.not_multiple_of', { value: quoted, divisor: issue.divisor })
    default:
      return t(locale, 'issue.invalid', { value: quoted })
  }
}

/**
 * Describes one issue in the reader's language.
 *
 * @example
 * describeIssue(issue, 'en')
 * // { path: 'startDate', field: 'Start date',
 * //   message: "Start date: '2023-02-30' is not a real date; write it as YYYY-MM-DD, e.g. 2023-05-25" }
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  locale: Locale,
  options: DescribeOptions = {}
): IssueDescription {
  const field = fieldAt(issue.path, locale, options.entity)
  const value = offendingValue(issue, options)
  const code = issue.message
  let problem: string
  if (code.startsWith('email.') && isMessageKey(code)) problem = t(locale, code)
  else if (FORMAT_CODE_SET.has(code))
    problem = isMissing(issue, value)
      ? t(locale, 'issue.required')
      : ruleProblem(code, issue, value, locale)
  else if (RULE_CODE_SET.has(code)) problem = ruleProblem(code, issue, value, locale)
  else if (
    isMissing(issue, value) &&
    ['invalid_type', 'too_small', 'invalid_value', 'invalid_format'].includes(issue.code)
  )
    problem = t(locale, 'issue.required')
  else problem = genericProblem(issue, value, locale)
  return {
    path: issue.path.map(String).join('.'),
    field,
    message: t(locale, 'issue.sentence', { field, problem }),
  }
}

/**
 * Describes every issue of a failed parse, in order.
 *
 * @example
 * const result = outreachEventSchema.safeParse(row)
 * if (!result.success) describeIssues(result.error, 'es', { entity: 'event', input: row })
 */
export function describeIssues(
  error: Pick<z.core.$ZodError, 'issues'>,
  locale: Locale,
  options: DescribeOptions = {}
): IssueDescription[] {
  return error.issues.map((issue) => describeIssue(issue, locale, options))
}
