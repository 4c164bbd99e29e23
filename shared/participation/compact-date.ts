// ISO dates as whole numbers (2026-06-10 is 20260610), for the participation index's typed arrays.

const ZERO = 48
const DASH = 45

/**
 * A YYYY-MM-DD date as the number YYYYMMDD. The numbers sort as the dates do and turn back
 * into the same text (see `isoDateOf`), so an index can keep dates in an Int32Array and
 * compare them as integers. This runs once per participation record, so it reads the eight
 * digits by character code, unrolled. Only the shape is checked (schemas check the
 * calendar); anything else is a RangeError.
 *
 * @example
 * compactDate('2026-06-10') // 20260610
 */
export function compactDate(date: string): number {
  const y1 = date.charCodeAt(0) - ZERO
  const y2 = date.charCodeAt(1) - ZERO
  const y3 = date.charCodeAt(2) - ZERO
  const y4 = date.charCodeAt(3) - ZERO
  const m1 = date.charCodeAt(5) - ZERO
  const m2 = date.charCodeAt(6) - ZERO
  const d1 = date.charCodeAt(8) - ZERO
  const d2 = date.charCodeAt(9) - ZERO
  // Each of d and 9 - d is negative when d is not a digit: one sign test covers all eight.
  const notDigits =
    (y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0 ||
    ((9 - y1) | (9 - y2) | (9 - y3) | (9 - y4) | (9 - m1) | (9 - m2) | (9 - d1) | (9 - d2)) < 0
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || notDigits)
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`)
  return ((((((y1 * 10 + y2) * 10 + y3) * 10 + y4) * 10 + m1) * 10 + m2) * 10 + d1) * 10 + d2
}

/**
 * The YYYY-MM-DD text of a compact date.
 *
 * @example
 * isoDateOf(20260610) // '2026-06-10'
 */
export function isoDateOf(compact: number): string {
  let text = TEXTS.get(compact)
  if (text === undefined) {
    if (TEXTS.size >= MAX_TEXTS) TEXTS.clear()
    text = isoText(compact)
    TEXTS.set(compact, text)
  }
  return text
}

// The same few days come back again and again (an election's, the calls'): each is written
// once, up to a bound.
const TEXTS = new Map<number, string>()
const MAX_TEXTS = 4096

function isoText(compact: number): string {
  const year = Math.floor(compact / 10_000)
  const month = Math.floor(compact / 100) % 100
  const day = compact % 100
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}
