// Parses an email address by Universal Acceptance rules: Unicode local parts (EAI) and IDNs.
import { convertDomain, DOMAIN_PROBLEMS, displayDomain } from './idna'

/** Why an address was refused; each has a message `email.<reason>` in the catalogue. */
export const EMAIL_PROBLEMS = [
  'empty',
  'too-long',
  'control-char',
  'whitespace',
  'display-name',
  'no-at',
  'multiple-at',
  'unclosed-quote',
  'empty-local',
  'local-too-long',
  'local-dots',
  'bad-local',
  'domain-literal',
  ...DOMAIN_PROBLEMS,
  'single-label',
  'numeric-tld',
] as const
export type EmailProblem = (typeof EMAIL_PROBLEMS)[number]

export type ParsedEmail = {
  ok: true
  /** For display: trimmed, NFC, full stops in the domain as '.', case exactly as typed. */
  address: string
  /** For finding duplicates: lower-cased NFC local part, '@', lower-case A-label domain. */
  key: string
  localPart: string
  /** The domain as typed (NFC, full stops as '.'). */
  domain: string
  asciiDomain: string
}
export type EmailParseResult = ParsedEmail | { ok: false; reason: EmailProblem }

// RFC 5321 says 64 octets, but the UASG test set has a valid 66-octet Khmer local part that
// UA-ready servers deliver, so the limit is 64 characters (the same as 64 octets for ASCII).
const MAX_LOCAL_CHARACTERS = 64
// RFC 5321's path is at most 256 octets including the angle brackets around the address.
const MAX_ADDRESS_OCTETS = 254
// Far beyond any valid address; refuses pasted documents before doing any per-character work.
const MAX_INPUT_LENGTH = 1024

// Control and invisible formatting characters (and broken UTF-16); whitespace and the zero-width
// joiners some scripts need are judged separately.
const CONTROL = /(?![\t\n\v\f\r\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}]/u
const WHITESPACE = /\s/u
const WHITESPACE_BUT_SPACE = /(?! )\s/u
// RFC 5322 atext, plus any non-ASCII character (RFC 6531 UTF8-non-ascii).
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\u{10FFFF}]+$/u
const NAME_AND_ADDRESS = /<[^<>]*@[^<>]*>$/
const DIGITS_ONLY = /^\p{N}+$/u

/** Octets of `text` in UTF-8 (RFC 5321 limits are in octets, not characters). */
export function utf8Length(text: string): number {
  let octets = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return octets
}

type Split = { local: string; domain: string; quoted: boolean } | EmailProblem

// Quoted local parts ("i@fo"@example.org) are rare but valid, and the UASG test set requires
// them, so an '@' inside the quotes belongs to the local part; outside quotes there must be
// exactly one '@'.
function splitAddress(address: string): Split {
  if (!address.startsWith('"')) {
    const parts = address.split('@')
    if (parts.length === 1) return 'no-at'
    if (parts.length > 2) return 'multiple-at'
    return { local: parts[0] ?? '', domain: parts[1] ?? '', quoted: false }
  }
  let index = 1
  while (index < address.length && address[index] !== '"') {
    index += address[index] === '\\' ? 2 : 1
  }
  if (index >= address.length) return address.includes('@') ? 'unclosed-quote' : 'no-at'
  const local = address.slice(0, index + 1)
  const rest = address.slice(index + 1)
  if (!rest.includes('@')) return 'no-at'
  if (!rest.startsWith('@')) return 'bad-local'
  const domain = rest.slice(1)
  if (domain.includes('@')) return 'multiple-at'
  return { local, domain, quoted: true }
}

// RFC 5321 Quoted-string with RFC 6531's UTF8-non-ascii: any printable character except '"' and
// '\', which must be escaped with '\'. Returns the content without quotes and escapes.
function unquote(quoted: string): string | null {
  let content = ''
  for (let index = 1; index < quoted.length - 1; index++) {
    let char = quoted[index] ?? ''
    if (char === '\\') {
      index++
      char = quoted[index] ?? ''
      if (!/^[\x20-\x7E]$/.test(char)) return null
    } else if (char === '"') {
      return null
    }
    content += char
  }
  return content
}

function isDotAtom(text: string): boolean {
  return text.split('.').every((atom) => ATOM.test(atom))
}

type Canonical = { ok: true; local: string } | { ok: false; reason: EmailProblem }

// The one spelling of a local part used in the key: quotes only where they are needed.
function canonicalLocal(local: string, quoted: boolean): Canonical {
  if (!quoted) {
    const atoms = local.split('.')
    if (atoms.some((atom) => atom === '')) return { ok: false, reason: 'local-dots' }
    if (!atoms.every((atom) => ATOM.test(atom))) return { ok: false, reason: 'bad-local' }
    return { ok: true, local }
  }
  const content = unquote(local)
  if (content === null) return { ok: false, reason: 'bad-local' }
  if (content === '') return { ok: false, reason: 'empty-local' }
  if (isDotAtom(content)) return { ok: true, local: content }
  return { ok: true, local: `"${content.replace(/["\\]/g, '\\$&')}"` }
}

function hasWhitespace(local: string, domain: string, quoted: boolean): boolean {
  // Inside quotes RFC 5321 allows the plain space ("ana maria"@example.org), nothing else.
  return (quoted ? WHITESPACE_BUT_SPACE : WHITESPACE).test(local) || WHITESPACE.test(domain)
}

/**
 * Parses and checks an email address as typed into a form. Accepts internationalized
 * addresses (UTF-8 local parts, IDN domains in U-label or A-label form, 。 as a dot); refuses
 * with a reason that `describeEmailProblem` turns into a sentence. Never throws.
 *
 * @example
 * parseEmail(' José@Ejemplo.com ') // { ok: true, address: 'José@Ejemplo.com', key: 'josé@ejemplo.com', ... }
 * parseEmail('info@fußball.top').key // 'info@xn--fuball-cta.top'
 * parseEmail('ana@@ejemplo.org') // { ok: false, reason: 'multiple-at' }
 */
export function parseEmail(input: string): EmailParseResult {
  const refuse = (reason: EmailProblem) => ({ ok: false, reason }) as const
  if (typeof input !== 'string') return refuse('empty')
  const trimmed = input.trim()
  if (trimmed === '') return refuse('empty')
  if (trimmed.length > MAX_INPUT_LENGTH) return refuse('too-long')
  const text = trimmed.normalize('NFC')
  if (CONTROL.test(text)) return refuse('control-char')
  if (NAME_AND_ADDRESS.test(text)) return refuse('display-name')

  const split = splitAddress(text)
  if (typeof split === 'string') return refuse(split)
  const { local, quoted } = split
  if (hasWhitespace(local, split.domain, quoted)) return refuse('whitespace')

  if (local === '') return refuse('empty-local')
  if (Array.from(local).length > MAX_LOCAL_CHARACTERS) return refuse('local-too-long')
  const canonical = canonicalLocal(local, quoted)
  if (!canonical.ok) return canonical

  if (split.domain === '') return refuse('empty-domain')
  if (split.domain.startsWith('[')) return refuse('domain-literal')
  const domain = displayDomain(split.domain)
  const converted = convertDomain(domain)
  if (!converted.ok) return refuse(converted.problem)
  if (converted.labels.length < 2) return refuse('single-label')
  const tld = converted.labels[converted.labels.length - 1]
  if (tld && DIGITS_ONLY.test(tld.unicode)) return refuse('numeric-tld')
  if (utf8Length(local) + 1 + converted.ascii.length > MAX_ADDRESS_OCTETS) return refuse('too-long')

  // RFC 5321 lets a server treat José and josé as different mailboxes, but no major provider
  // does, and LACRALO wants José@Ejemplo.com and josé@ejemplo.com to be one registrant. The
  // key is only for finding duplicates; the address is stored and shown as typed.
  const key = `${canonical.local.toLowerCase().normalize('NFC')}@${converted.ascii}`
  return {
    ok: true,
    address: `${local}@${domain}`,
    key,
    localPart: local,
    domain,
    asciiDomain: converted.ascii,
  }
}
