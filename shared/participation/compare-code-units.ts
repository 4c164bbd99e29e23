// Orders strings by UTF-16 code units: the same order in every runtime and locale, for stable ties.

/**
 * Compares two strings by code units (not by locale), for sort orders that must never vary.
 *
 * @example
 * ['m-10', 'M-2', 'm-2'].sort(compareCodeUnits) // ['M-2', 'm-10', 'm-2']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
