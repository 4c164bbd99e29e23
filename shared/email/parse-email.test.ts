import { domainToASCII as nodeDomainToAscii } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import fixture from '../../tests/fixtures/ua-email-cases.json'
import { EMAIL_PROBLEMS, type EmailProblem, parseEmail, utf8Length } from './parse-email'

const cases = fixture.cases.map((c, index) => ({ ...c, n: index + 1 }))

// What a person should be told about each invalid address of the UASG set.
const EXPECTED_REASON: Record<string, EmailProblem> = {
  HESS1: 'multiple-at',
  HESS3: 'multiple-at',
  HESS5: 'multiple-at',
  HES6: 'multiple-at',
  HES7: 'empty-label',
}

function keyOf(input: string): string {
  const parsed = parseEmail(input)
  if (!parsed.ok) throw new Error(`${input} was refused: ${parsed.reason}`)
  return parsed.key
}

describe('the ICANN/UASG email test set', () => {
  it('has the 88 cases, 80 valid and 8 invalid', () => {
    expect(cases).toHaveLength(88)
    expect(cases.filter((c) => c.valid)).toHaveLength(80)
  })

  it.each(cases.filter((c) => c.valid))('#$n $id accepts $email', ({ email }) => {
    const parsed = parseEmail(email)
    expect(parsed).toMatchObject({ ok: true })
    if (!parsed.ok) return
    expect(parsed.asciiDomain).toBe(nodeDomainToAscii(parsed.domain))
    expect(parsed.key.endsWith(`@${parsed.asciiDomain}`)).toBe(true)
    expect(parsed.address).toBe(`${parsed.localPart}@${parsed.domain}`)
  })

  it.each(cases.filter((c) => !c.valid))('#$n $id refuses $email', ({ id, email }) => {
    expect(parseEmail(email)).toEqual({ ok: false, reason: EXPECTED_REASON[id] })
  })
})

describe('the duplicate-detection key', () => {
  it('ignores the case of the local part and of the domain', () => {
    expect(keyOf('José@Ejemplo.com')).toBe('josé@ejemplo.com')
    expect(keyOf('josé@ejemplo.com')).toBe('josé@ejemplo.com')
    expect(keyOf('Email-Épreuve@Épreuve-Acceptation-Universelle.ORG')).toBe(
      keyOf('email-épreuve@épreuve-acceptation-universelle.org')
    )
  })

  it('is the same for NFD and NFC input', () => {
    const nfc = 'José@Ejemplo.com'.normalize('NFC')
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(keyOf(nfd)).toBe(keyOf(nfc))
  })

  it('reads 。 as a dot in the domain', () => {
    expect(keyOf('电子邮件测试@普遍适用测试。我爱你')).toBe(
      keyOf('电子邮件测试@普遍适用测试.我爱你')
    )
    expect(keyOf('电子邮件测试@普遍适用测试。我爱你')).toBe(
      '电子邮件测试@xn--tkvs6ms8gqpywye3ma.xn--6qq986b3xl'
    )
  })

  it('is the same for a U-label and an A-label domain', () => {
    expect(keyOf('info@fußball.top')).toBe('info@xn--fuball-cta.top')
    expect(keyOf('info@XN--FUBALL-CTA.top')).toBe('info@xn--fuball-cta.top')
    const arabic = new Set(
      cases.filter((c) => c.email.startsWith('تجربة-بريد-الكتروني@')).map((c) => keyOf(c.email))
    )
    expect(arabic.size).toBe(1)
  })

  it('keeps ß: fußball and fussball are different addresses', () => {
    expect(keyOf('fußball@ua-test.link')).not.toBe(keyOf('fussball@ua-test.link'))
    expect(keyOf('info@fußball.top')).not.toBe(keyOf('info@fussball.top'))
  })

  it('drops quotes that are not needed, and keeps the ones that are', () => {
    expect(keyOf('"info"@ua-test.link')).toBe(keyOf('info@ua-test.link'))
    expect(keyOf('"i@fo"@ua-test.link')).toBe('"i@fo"@ua-test.link')
    expect(keyOf('"I\\@Fo"@ua-test.link')).toBe('"i@fo"@ua-test.link')
    expect(keyOf('"ana maria"@ejemplo.org')).toBe('"ana maria"@ejemplo.org')
  })

  it('does not drop +tags or dots, which only some providers ignore', () => {
    expect(keyOf('ana.maria+lacralo@ejemplo.org')).toBe('ana.maria+lacralo@ejemplo.org')
    expect(keyOf('anamaria@ejemplo.org')).not.toBe(keyOf('ana.maria@ejemplo.org'))
  })
})

describe('the address for display', () => {
  it('keeps case and script exactly as typed', () => {
    expect(parseEmail('José@Ejemplo.com')).toMatchObject({
      address: 'José@Ejemplo.com',
      localPart: 'José',
      domain: 'Ejemplo.com',
      asciiDomain: 'ejemplo.com',
    })
    expect(parseEmail('Email-Épreuve@épreuve-acceptation-universelle.org')).toMatchObject({
      address: 'Email-Épreuve@épreuve-acceptation-universelle.org',
    })
    expect(parseEmail('почта-тест@универсальное-принятие-тест.москва')).toMatchObject({
      address: 'почта-тест@универсальное-принятие-тест.москва',
    })
  })

  it('is trimmed and NFC, with 。 shown as a dot', () => {
    const parsed = parseEmail(` ${'José@Ejemplo.com'.normalize('NFD')}\n`)
    expect(parsed).toMatchObject({ address: 'José@Ejemplo.com'.normalize('NFC') })
    expect(parseEmail('电子邮件测试@普遍适用测试。我爱你')).toMatchObject({
      address: '电子邮件测试@普遍适用测试.我爱你',
    })
  })
})

describe('refused addresses', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ana maria@ejemplo.org', 'whitespace'],
    ['ana@ejemplo .org', 'whitespace'],
    ['ana\t@ejemplo.org', 'whitespace'],
    ['ana\u00A0maria@ejemplo.org', 'whitespace'],
    ['"ana\tmaria"@ejemplo.org', 'whitespace'],
    ['ana\u0000@ejemplo.org', 'control-char'],
    ['ana\u0007@ejemplo.org', 'control-char'],
    ['ana\u0085@ejemplo.org', 'control-char'],
    ['ana\u202E@ejemplo.org', 'control-char'],
    ['ana\u200B@ejemplo.org', 'control-char'],
    ['ana\uD800@ejemplo.org', 'control-char'],
    ['Ana Pérez <ana@ejemplo.org>', 'display-name'],
    ['<ana@ejemplo.org>', 'display-name'],
    ['ana.ejemplo.org', 'no-at'],
    ['ana＠ejemplo.org', 'no-at'],
    ['ana@maria@ejemplo.org', 'multiple-at'],
    ['"ana@ejemplo.org', 'unclosed-quote'],
    ['"ana"maria@ejemplo.org', 'bad-local'],
    ['@ejemplo.org', 'empty-local'],
    ['""@ejemplo.org', 'empty-local'],
    [`${'a'.repeat(65)}@ejemplo.org`, 'local-too-long'],
    [`${'é'.repeat(65)}@ejemplo.org`, 'local-too-long'],
    ['ana.@ejemplo.org', 'local-dots'],
    ['.ana@ejemplo.org', 'local-dots'],
    ['ana..maria@ejemplo.org', 'local-dots'],
    ['ana,maria@ejemplo.org', 'bad-local'],
    ['ana(maria)@ejemplo.org', 'bad-local'],
    ['mailto:ana@ejemplo.org', 'bad-local'],
    ['ana@', 'empty-domain'],
    ['ana@[192.0.2.1]', 'domain-literal'],
    ['ana@ejemplo..org', 'empty-label'],
    ['ana@ejemplo.org.', 'empty-label'],
    ['ana@.ejemplo.org', 'empty-label'],
    [`ana@${'a'.repeat(64)}.org`, 'label-too-long'],
    ['ana@-abc.com', 'label-hyphen'],
    ['ana@abc-.com', 'label-hyphen'],
    ['ana@ejem_plo.org', 'bad-label'],
    ['ana@ejemplo!.org', 'bad-label'],
    ['ana@☺.com', 'bad-label'],
    ['ana@xn--abc.com', 'bad-label'],
    [`ana@${`${'a'.repeat(63)}.`.repeat(4)}org`, 'domain-too-long'],
    ['a@b', 'single-label'],
    ['ana@localhost', 'single-label'],
    ['ana@ejemplo.123', 'numeric-tld'],
    ['ana@192.0.2.1', 'numeric-tld'],
    [`${'a'.repeat(64)}@${`${'b'.repeat(63)}.`.repeat(3)}${'c'.repeat(3)}`, 'too-long'],
    ['a'.repeat(5000), 'too-long'],
  ] as const)('refuses %j (%s)', (input, reason) => {
    expect(parseEmail(input)).toEqual({ ok: false, reason })
  })

  it('accepts the limits themselves: 64-character local part, 63-octet label', () => {
    expect(parseEmail(`${'a'.repeat(64)}@ejemplo.org`).ok).toBe(true)
    expect(parseEmail(`${'é'.repeat(64)}@ejemplo.org`).ok).toBe(true)
    expect(parseEmail(`${'测'.repeat(64)}@ejemplo.org`).ok).toBe(true)
    expect(parseEmail(`ana@${'a'.repeat(63)}.org`).ok).toBe(true)
  })

  it('accepts RFC 5322 special characters and a plain space inside quotes', () => {
    expect(parseEmail("o'connor+news/2023@ejemplo.org").ok).toBe(true)
    expect(parseEmail('{ana}|maria=~!#$%&*?^`@ejemplo.org').ok).toBe(true)
    expect(parseEmail('"ana maria"@ejemplo.org').ok).toBe(true)
  })
})

describe('utf8Length', () => {
  it('counts UTF-8 octets, not UTF-16 code units', () => {
    expect(utf8Length('ana')).toBe(3)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('测')).toBe(3)
    expect(utf8Length('𐍃')).toBe(4)
  })
})

describe('properties', () => {
  const atomChar = fc.constantFrom(..."abcXYZ019!#$%&'*+/=?^_`{|}~-éÉñÑßçãõ普遍测试мелईमेलاختبار𐍃")
  const atom = fc.array(atomChar, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''))
  const localPart = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('.'))
  const labelChar = fc.constantFrom(...'abcXYZ019éÉñÑßçãõ普遍测试мелМЕЛईमेलاختبارΣσς')
  const label = fc
    .array(labelChar, { minLength: 1, maxLength: 10 })
    .map((chars) => chars.join(''))
    .filter((text) => !/^\p{M}/u.test(text))
  const tld = fc.constantFrom('org', 'COM', 'br', 'top', 'москва', '世界', 'xn--mgbah1a3hjkrd')
  const dot = fc.constantFrom('.', '。', '．', '｡')
  const address = fc
    .tuple(localPart, fc.array(fc.tuple(label, dot), { minLength: 1, maxLength: 3 }), tld)
    .map(([local, labels, top]) => `${local}@${labels.map(([l, d]) => l + d).join('')}${top}`)

  it('accepts generated valid addresses; re-parsing the address or the key gives the same key', () => {
    fc.assert(
      fc.property(address, (input) => {
        const parsed = parseEmail(input)
        expect(parsed).toMatchObject({ ok: true })
        if (!parsed.ok) return
        expect(keyOf(parsed.address)).toBe(parsed.key)
        expect(keyOf(parsed.key)).toBe(parsed.key)
      }),
      { numRuns: 500 }
    )
  })

  const piece = fc.constantFrom(
    '@',
    '.',
    '。',
    '"',
    '\\',
    ' ',
    '-',
    'xn--',
    'a',
    'É',
    'ß',
    '测',
    '\u0301',
    '\u200C',
    '\u0000',
    '<',
    '>',
    '[',
    '1'
  )
  const emailish = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))

  it('never throws, and either accepts or names a known reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), emailish), (input) => {
        const parsed = parseEmail(input)
        if (parsed.ok) {
          expect(keyOf(parsed.address)).toBe(parsed.key)
        } else {
          expect(EMAIL_PROBLEMS).toContain(parsed.reason)
        }
      }),
      { numRuns: 2000 }
    )
  })
})
