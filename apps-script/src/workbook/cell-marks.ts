// The notes and fill that mark a problem cell, kept apart from the notes staff write themselves.

/** The fill of a marked cell: Google's light red. */
export const MARK_BACKGROUND = '#fce8e6'

// Each line of the add-on's own note starts with this sign; staff's note follows a blank line.
const MARK = '⚠ '

function split(note: string): { marks: string[]; staff: string } {
  const lines = note.split('\n')
  let count = 0
  while (count < lines.length && lines[count]?.startsWith(MARK)) count++
  if (count === 0) return { marks: [], staff: note }
  const rest = lines.slice(count)
  if (rest[0] === '') rest.shift()
  return { marks: lines.slice(0, count), staff: rest.join('\n') }
}

/**
 * The note of a cell once marked with `messages`: the add-on's lines first (replacing any it
 * wrote before), then staff's own note, kept as it was.
 *
 * @example
 * withMarks('Checked with the ALS', ['Start date: this field is required'])
 * // '⚠ Start date: this field is required\n\nChecked with the ALS'
 */
export function withMarks(note: string, messages: readonly string[]): string {
  const { staff } = split(note)
  const marks = messages.map((message) => MARK + message.replace(/\s*\n\s*/g, ' ').trim())
  return staff === '' ? marks.join('\n') : `${marks.join('\n')}\n\n${staff}`
}

/**
 * The note without the add-on's marks: staff's own note, or ''.
 *
 * @example
 * withoutMarks('⚠ Start date: this field is required\n\nChecked with the ALS') // 'Checked with the ALS'
 */
export function withoutMarks(note: string): string {
  return split(note).staff
}
