// A1 notation for the Sheets API's ranges: a tab's name quoted as Sheets wants it, column letters.

/**
 * A tab's name as a range names it: in single quotes, its own quotes doubled.
 *
 * @example
 * quoteTabName("Staff's notes") // "'Staff''s notes'"
 */
export function quoteTabName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`
}

/**
 * The letters of a column (1-based): 1 is A, 26 is Z, 27 is AA.
 *
 * @example
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/**
 * The range of a block of a tab, from A1: `rows` rows by `columns` columns.
 *
 * @example
 * blockRange('Events', 3, 17) // "'Events'!A1:Q3"
 */
export function blockRange(tab: string, rows: number, columns: number): string {
  return `${quoteTabName(tab)}!A1:${columnLetters(Math.max(1, columns))}${Math.max(1, rows)}`
}
