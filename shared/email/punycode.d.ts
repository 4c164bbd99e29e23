// Types for the ES module build of the `punycode` package (it ships none); imported by explicit
// path so Node never resolves the name to its deprecated built-in module.
declare module 'punycode/punycode.es6.js' {
  /** Converts a string of Unicode symbols to a Punycode string of ASCII-only symbols. */
  export function encode(input: string): string
  /** Converts a Punycode string of ASCII-only symbols to a string of Unicode symbols. Throws RangeError. */
  export function decode(input: string): string
  const punycode: { encode: typeof encode; decode: typeof decode }
  export default punycode
}
