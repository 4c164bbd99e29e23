// Internationalized domain names: converts between Unicode (U-label) and ASCII (A-label) forms.
/// <reference path="./punycode.d.ts" />
import punycode from 'punycode/punycode.es6.js'

/** What can make a domain unusable as a host name, checked label by label. */
export const DOMAIN_PROBLEMS = [
  'empty-domain',
  'empty-label',
  'label-too-long',
  'label-hyphen',
  'bad-label',
  'domain-too-long',
] as const
export type DomainProblem = (typeof DOMAIN_PROBLEMS)[number]

export type DomainLabel = { ascii: string; unicode: string }

export type DomainConversion =
  | { ok: true; ascii: string; unicode: string; labels: DomainLabel[] }
  | { ok: false; problem: DomainProblem; label?: string }

const MAX_LABEL_OCTETS = 63
const MAX_DOMAIN_OCTETS = 253
const ACE_PREFIX = 'xn--'

// U+3002 IDEOGRAPHIC FULL STOP, U+FF0E FULLWIDTH FULL STOP, U+FF61 HALFWIDTH IDEOGRAPHIC FULL STOP
// separate labels just like '.', as UTS 46 says (people typing with a CJK input method get them).
const LABEL_SEPARATORS = /[\u3002\uFF0E\uFF61]/g

const LDH_LABEL = /^[a-z0-9-]+$/
const NON_ASCII = /[\u0080-\u{10FFFF}]/u
// Letters, marks, digits and hyphens in any script, plus the punctuation IDNA2008 allows in words
// (Catalan l·l, Greek keraia, Hebrew geresh and gershayim, Tibetan tsheg, Katakana middle dot,
// ...). Like UTS 46 (and browsers) the contextual rules for those are not applied; those for
// the zero-width joiners are. Symbols and emoji are refused, as IDNA2008 and ICANN refuse them.
const U_LABEL_CHARACTERS =
  /^(?:[\p{L}\p{M}\p{N}\u00B7\u0375\u05F3\u05F4\u06FD\u06FE\u0F0B\u30FB-]|\u200C|\u200D)+$/u
const STARTS_WITH_MARK = /^\p{M}/u
// Characters with canonical combining class 9 (virama): a joiner may follow one (RFC 5892 A.1, A.2).
const VIRAMA =
  /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1715\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA82C\uA8C4\uA953\uA9C0\uAAF6\uABED\u{10A3F}\u{11046}\u{11070}\u{1107F}\u{110B9}\u{11133}\u{11134}\u{111C0}\u{11235}\u{112EA}\u{1134D}\u{11442}\u{114C2}\u{115BF}\u{1163F}\u{116B6}\u{1172B}\u{11839}\u{1193D}\u{1193E}\u{119E0}\u{11A34}\u{11A47}\u{11A99}\u{11C3F}\u{11D44}\u{11D45}\u{11D97}]/u
// Letters of the cursive scripts where a ZWNJ between two letters is meaningful (Persian, ...).
const JOINING_LETTER = /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Nko}\p{sc=Mongolian}\p{sc=Mandaic}]/u
const MARK = /\p{M}/u

/**
 * Shows a domain the way it was typed, but with the ideographic and full-width full stops
 * written as '.'.
 *
 * @example
 * displayDomain('普遍适用测试。我爱你') // '普遍适用测试.我爱你'
 */
export function displayDomain(domain: string): string {
  return domain.normalize('NFC').replace(LABEL_SEPARATORS, '.')
}

/**
 * The UTS 46 mapping, done simply: NFKC (full-width and compatibility forms become their plain
 * letters, as UTS 46's table does), the full stops above become '.', each code point is
 * lower-cased on its own (so a final capital sigma becomes σ, not ς, as UTS 46 maps it), and the
 * result is NFC. Non-transitional: ß and ς stay as they are (fußball is not fussball).
 */
export function mapDomain(domain: string): string {
  const compatible = domain.normalize('NFKC').replace(LABEL_SEPARATORS, '.')
  let lower = ''
  for (const char of compatible) {
    // U+1E9E LATIN CAPITAL LETTER SHARP S: UTS 46 maps it to 'ss', toLowerCase() to 'ß'.
    lower += char === '\u1E9E' ? 'ss' : char.toLowerCase()
  }
  return lower.normalize('NFC')
}

// A zero-width joiner is allowed where RFC 5892's CONTEXTJ rules allow it, simplified: after a
// virama, or (ZWNJ only) between letters of a cursive script, marks in between ignored.
function joinerAllowed(chars: string[], index: number): boolean {
  if (VIRAMA.test(chars[index - 1] ?? '')) return true
  if (chars[index] === '\u200D') return false
  let left = index - 1
  while (left >= 0 && MARK.test(chars[left] ?? '')) left--
  let right = index + 1
  while (right < chars.length && MARK.test(chars[right] ?? '')) right++
  return JOINING_LETTER.test(chars[left] ?? '') && JOINING_LETTER.test(chars[right] ?? '')
}

function joinersAllowed(label: string): boolean {
  const chars = Array.from(label)
  return chars.every(
    (char, index) => (char !== '\u200C' && char !== '\u200D') || joinerAllowed(chars, index)
  )
}

function checkULabel(label: string): DomainProblem | null {
  if (label.startsWith('-') || label.endsWith('-')) return 'label-hyphen'
  if (!U_LABEL_CHARACTERS.test(label) || STARTS_WITH_MARK.test(label)) return 'bad-label'
  if (!joinersAllowed(label)) return 'bad-label'
  return null
}

function checkAsciiLabel(label: string): DomainProblem | null {
  if (!LDH_LABEL.test(label)) return 'bad-label'
  if (label.startsWith('-') || label.endsWith('-')) return 'label-hyphen'
  return null
}

// An A-label must decode to a proper U-label that encodes back to the same A-label.
function convertALabel(label: string): DomainLabel | DomainProblem {
  let unicode: string
  try {
    unicode = punycode.decode(label.slice(ACE_PREFIX.length))
  } catch {
    return 'bad-label'
  }
  const isULabel = NON_ASCII.test(unicode) && mapDomain(unicode) === unicode
  if (!isULabel || checkULabel(unicode) !== null) return 'bad-label'
  if (ACE_PREFIX + punycode.encode(unicode) !== label) return 'bad-label'
  return { ascii: label, unicode }
}

function convertLabel(label: string): DomainLabel | DomainProblem {
  if (label === '') return 'empty-label'
  if (!NON_ASCII.test(label)) {
    const problem = checkAsciiLabel(label)
    if (problem) return problem
    if (label.length > MAX_LABEL_OCTETS) return 'label-too-long'
    return label.startsWith(ACE_PREFIX) ? convertALabel(label) : { ascii: label, unicode: label }
  }
  const problem = checkULabel(label)
  if (problem) return problem
  // Each code point takes at least one ASCII character in its A-label, so this bounds the work.
  if (Array.from(label).length > MAX_LABEL_OCTETS) return 'label-too-long'
  const ascii = ACE_PREFIX + punycode.encode(label)
  if (ascii.length > MAX_LABEL_OCTETS) return 'label-too-long'
  return { ascii, unicode: label }
}

/**
 * Maps a domain (see `mapDomain`) and converts each label, checking it as a host name label:
 * ASCII labels letters, digits and hyphens; U-labels letters, marks, digits and hyphens; no
 * hyphen at either end; at most 63 octets as an A-label, 253 for the whole name. Unlike the
 * WHATWG URL parser, which is lenient about hyphens and underscores, this applies the host name
 * rules mail servers and registries use. The Bidi rule of RFC 5893 is not checked.
 *
 * @example
 * convertDomain('Fußball。Top') // { ok: true, ascii: 'xn--fuball-cta.top', unicode: 'fußball.top', ... }
 * convertDomain('-abc.com') // { ok: false, problem: 'label-hyphen', label: '-abc' }
 */
export function convertDomain(domain: string): DomainConversion {
  if (domain.trim() === '') return { ok: false, problem: 'empty-domain' }
  const labels: DomainLabel[] = []
  for (const label of mapDomain(domain).split('.')) {
    const converted = convertLabel(label)
    if (typeof converted === 'string') return { ok: false, problem: converted, label }
    labels.push(converted)
  }
  const ascii = labels.map((label) => label.ascii).join('.')
  if (ascii.length > MAX_DOMAIN_OCTETS) return { ok: false, problem: 'domain-too-long' }
  return { ok: true, ascii, unicode: labels.map((label) => label.unicode).join('.'), labels }
}

/**
 * The domain in ASCII (A-labels, lower case), or '' when it is not a valid host name
 * (the same convention as WHATWG's domainToASCII).
 *
 * @example
 * domainToAscii('info.FUSSBALL.top') // 'info.fussball.top'
 * domainToAscii('fußball.top') // 'xn--fuball-cta.top'
 * domainToAscii('普遍适用测试。我爱你') // 'xn--tkvs6ms8gqpywye3ma.xn--6qq986b3xl'
 */
export function domainToAscii(domain: string): string {
  const converted = convertDomain(domain)
  return converted.ok ? converted.ascii : ''
}

/**
 * The domain in Unicode (U-labels, lower case), or '' when it is not a valid host name.
 *
 * @example
 * domainToUnicode('xn--fuball-cta.top') // 'fußball.top'
 */
export function domainToUnicode(domain: string): string {
  const converted = convertDomain(domain)
  return converted.ok ? converted.unicode : ''
}
