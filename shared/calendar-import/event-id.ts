// Stable ids for events whose sheet has no ID column: made from the title and the date.

// eventId allows 80 characters: the slug leaves room for '-YYYY-MM-DD' and a '-NN' suffix.
const MAX_SLUG = 65

// Letters that NFD does not split into a base letter and an accent.
const LETTERS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
}

/**
 * The id of an event: the title as a lower-case ASCII slug (accents dropped, for the id only)
 * followed by the start date, or by '-undated'. The same title and date always give the same id.
 *
 * @example
 * deriveEventId('CTU 34th Anniversary', '2023-04-24') // 'ctu-34th-anniversary-2023-04-24'
 * deriveEventId('Reunión de São Paulo', null) // 'reunion-de-sao-paulo-undated'
 */
export function deriveEventId(title: string, startDate: string | null): string {
  const slug =
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[æœøßđłþ]/g, (letter) => LETTERS[letter] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '') || 'event'
  return `${slug}-${startDate ?? 'undated'}`
}

/**
 * Hands out unique ids: `id` itself, or `id-2`, `id-3` ... when it is taken, so two rows with
 * the same title and date keep distinct ids, numbered in the order of the sheet.
 *
 * @example
 * const uniqueEventId = eventIdAllocator(['caribnog-25-2023-03-26'])
 * uniqueEventId('caribnog-25-2023-03-26') // 'caribnog-25-2023-03-26-2'
 * uniqueEventId('caribnog-25-2023-03-26') // 'caribnog-25-2023-03-26-3'
 */
export function eventIdAllocator(taken: Iterable<string> = []): (id: string) => string {
  const used = new Set(taken)
  // The next suffix to try for each id, so a thousand copies do not each count from 2.
  const nextSuffix = new Map<string, number>()
  return function uniqueEventId(id) {
    let candidate = id
    let suffix = nextSuffix.get(id) ?? 2
    while (used.has(candidate)) {
      candidate = `${id}-${suffix}`
      suffix += 1
    }
    nextSuffix.set(id, suffix)
    used.add(candidate)
    return candidate
  }
}
