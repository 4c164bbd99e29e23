// In-memory stand-in for a Protection: a protected range with its description and warning mode.
import type { CallLog } from './call-log'

export interface FakeProtection<R> {
  setDescription(description: string): FakeProtection<R>
  getDescription(): string
  setWarningOnly(warningOnly: boolean): FakeProtection<R>
  isWarningOnly(): boolean
  getRange(): R
  getProtectionType(): 'RANGE'
  remove(): void
}

/** A protection as plain data, for snapshots. */
export interface ProtectionSnapshot {
  a1: string
  description: string
  warningOnly: boolean
}

/** What a protection holds; the sheet keeps it to list and snapshot its protections. */
export interface ProtectionState {
  description: string
  warningOnly: boolean
}

/**
 * Protects `range` (as `Range.protect()` does): a protection, not warning-only until told,
 * that the sheet lists until it is removed.
 */
export function createFakeProtection<R>(
  range: () => R,
  state: ProtectionState,
  calls: CallLog,
  onRemove: () => void
): FakeProtection<R> {
  const protection: FakeProtection<R> = {
    setDescription(text) {
      calls.record('Protection.setDescription', 'write')
      state.description = String(text)
      return protection
    },
    getDescription() {
      calls.record('Protection.getDescription', 'read')
      return state.description
    },
    setWarningOnly(value) {
      calls.record('Protection.setWarningOnly', 'write')
      state.warningOnly = Boolean(value)
      return protection
    },
    isWarningOnly() {
      calls.record('Protection.isWarningOnly', 'read')
      return state.warningOnly
    },
    getRange() {
      calls.record('Protection.getRange', 'read')
      return range()
    },
    getProtectionType() {
      calls.record('Protection.getProtectionType', 'read')
      return 'RANGE'
    },
    remove() {
      calls.record('Protection.remove', 'write')
      onRemove()
    },
  }
  return protection
}
