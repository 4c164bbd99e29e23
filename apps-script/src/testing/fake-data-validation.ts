// In-memory stand-in for SpreadsheetApp.newDataValidation(), its builder and the rule it builds.
import type { CallLog } from './call-log'

/** A built data validation rule: a drop-down list of values. */
export interface FakeDataValidation {
  getCriteriaType(): 'VALUE_IN_LIST' | null
  /** [values, showDropdown], as Apps Script returns a list rule's criteria. */
  getCriteriaValues(): unknown[]
  getAllowInvalid(): boolean
  getHelpText(): string | null
  copy(): FakeDataValidationBuilder
}

export interface FakeDataValidationBuilder {
  requireValueInList(values: string[], showDropdown?: boolean): FakeDataValidationBuilder
  setAllowInvalid(allowInvalid: boolean): FakeDataValidationBuilder
  setHelpText(text: string): FakeDataValidationBuilder
  build(): FakeDataValidation
}

interface RuleSettings {
  values: string[] | null
  showDropdown: boolean
  allowInvalid: boolean
  helpText: string | null
}

// Lets the fake read a rule back without the read counting as a call of the code under test.
const SETTINGS = Symbol('rule settings')

function createRule(settings: RuleSettings, calls: CallLog): FakeDataValidation {
  const read = (method: string) => calls.record(`DataValidation.${method}`, 'read')
  const rule: FakeDataValidation & { [SETTINGS]: RuleSettings } = {
    [SETTINGS]: settings,
    getCriteriaType() {
      read('getCriteriaType')
      return settings.values ? 'VALUE_IN_LIST' : null
    },
    getCriteriaValues() {
      read('getCriteriaValues')
      return settings.values ? [[...settings.values], settings.showDropdown] : []
    },
    getAllowInvalid() {
      read('getAllowInvalid')
      return settings.allowInvalid
    },
    getHelpText() {
      read('getHelpText')
      return settings.helpText
    },
    copy() {
      read('copy')
      return createBuilder({ ...settings }, calls)
    },
  }
  return rule
}

function createBuilder(settings: RuleSettings, calls: CallLog): FakeDataValidationBuilder {
  const step = (method: string) => calls.record(`DataValidationBuilder.${method}`, 'read')
  const builder: FakeDataValidationBuilder = {
    requireValueInList(values, showDropdown = true) {
      step('requireValueInList')
      if (!Array.isArray(values) || values.length === 0) {
        throw new Error('DataValidationBuilder.requireValueInList: the list of values is empty')
      }
      settings.values = values.map(String)
      settings.showDropdown = showDropdown
      return builder
    },
    setAllowInvalid(allowInvalid) {
      step('setAllowInvalid')
      settings.allowInvalid = allowInvalid
      return builder
    },
    setHelpText(text) {
      step('setHelpText')
      settings.helpText = text
      return builder
    },
    build() {
      step('build')
      if (!settings.values) throw new Error('The data validation rule has no criteria.')
      return createRule({ ...settings, values: [...settings.values] }, calls)
    },
  }
  return builder
}

/**
 * A new builder, as `SpreadsheetApp.newDataValidation()` returns it (rejecting invalid data
 * until told otherwise, as Apps Script's default is).
 *
 * @example
 * const rule = newFakeDataValidation(calls).requireValueInList(['a', 'b']).setAllowInvalid(true).build()
 */
export function newFakeDataValidation(calls: CallLog): FakeDataValidationBuilder {
  return createBuilder(
    { values: null, showDropdown: true, allowInvalid: false, helpText: null },
    calls
  )
}

/** The rule as plain data, for snapshots and assertions. */
export interface DataValidationSnapshot {
  values: string[]
  showDropdown: boolean
  allowInvalid: boolean
  helpText: string | null
}

/** A fake rule as plain data, read without counting calls. */
export function describeRule(rule: FakeDataValidation): DataValidationSnapshot {
  const settings = (rule as FakeDataValidation & { [SETTINGS]?: RuleSettings })[SETTINGS]
  if (!settings?.values) throw new Error('Not a data validation rule made by the fake')
  return {
    values: [...settings.values],
    showDropdown: settings.showDropdown,
    allowInvalid: settings.allowInvalid,
    helpText: settings.helpText,
  }
}
