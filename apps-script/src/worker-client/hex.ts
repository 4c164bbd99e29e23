// Hex encoding of the byte arrays Apps Script's Utilities return, which hold Java's signed bytes.

/**
 * Lowercase hex of `bytes`. Apps Script gives bytes as -128..127 (a Java byte[]); each is read
 * as its unsigned value, so -1 is 'ff', never '-1'.
 *
 * @example
 * bytesToHex([0, 15, 127, -128, -1]) // '000f7f80ff'
 */
export function bytesToHex(bytes: readonly number[]): string {
  let hex = ''
  for (const byte of bytes) hex += ((byte & 0xff) | 0x100).toString(16).slice(1)
  return hex
}
