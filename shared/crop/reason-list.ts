// Gathers one person's reasons at a time and hands each list out at its exact length.
import type { CropReason } from './crop-reasons'

/** One person's reasons at a time (see `reasonList`). */
export interface ReasonList {
  /** Starts the next person's list. */
  clear(): void
  add(reason: CropReason): void
  readonly size: number
  /** A copy of the current list, exactly as long as it is. */
  take(): CropReason[]
}

/**
 * A list reused for one person's reasons after another's. A shortlist keeps thousands of
 * these lists: an array grown by push keeps room for 17 reasons, and emptying one by setting
 * its length drops its storage, so this one counts instead and hands out exact copies.
 *
 * @example
 * const reasons = reasonList()
 * reasons.add(reason('no-country', {}))
 * reasons.take() // [{ code: 'no-country', ... }]
 * reasons.clear()
 */
export function reasonList(): ReasonList {
  const scratch: CropReason[] = []
  let size = 0
  return {
    clear() {
      size = 0
    },
    add(reason) {
      scratch[size++] = reason
    },
    get size() {
      return size
    },
    take() {
      return scratch.slice(0, size)
    },
  }
}
