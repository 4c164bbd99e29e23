// Writes text into a sheet so that it stays the text it was: never a formula, number or date.

// What Sheets would not store as the text typed: a formula (= + - @; a leading tab or line
// break is how CSV injection hides one), an apostrophe (Sheets would swallow it), or text it
// would read as a number, date, time or boolean ('0042', '2023-03-26', '10:30', '$5', 'TRUE').
const NEEDS_APOSTROPHE = /^(?:[=+\-@'\t\r\n]|\s*[\d.$€£¥(])|^\s*(?:true|false)\s*$/i

/**
 * `text` as a value to write (with setValues, or the Sheets API's USER_ENTERED input) that the
 * sheet stores as exactly that text. Risky text gets a leading apostrophe, which Sheets keeps
 * out of the cell's value: getValues() reads back the original text, with no apostrophe, so
 * nothing needs undoing when the cell is read. Other text is returned as it is.
 *
 * @example
 * sheetText('=IMPORTXML("http://x")') // '\'=IMPORTXML("http://x")'
 * sheetText('0042') // "'0042"
 * sheetText('CaribNOG 25') // 'CaribNOG 25'
 */
export function sheetText(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text
}
