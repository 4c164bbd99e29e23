import {
  domainToASCII as nodeDomainToAscii,
  domainToUnicode as nodeDomainToUnicode,
} from 'node:url'
import { describe, expect, it } from 'vitest'
import fixture from '../../tests/fixtures/ua-email-cases.json'
import { convertDomain, displayDomain, domainToAscii, domainToUnicode, mapDomain } from './idna'

const fixtureDomains = [
  ...new Set(
    fixture.cases.filter((c) => c.valid).map((c) => c.email.slice(c.email.lastIndexOf('@') + 1))
  ),
]

const otherDomains = [
  'fußball.de',
  'FUSSBALL.de',
  'Straße.de',
  'ẞ.de',
  'EXAMPLE.COM',
  'Ejemplo.com',
  'ｅｘａｍｐｌｅ．ｃｏｍ',
  'ejemplo｡org',
  'مثال.إختبار',
  'موقع.وزارة-الاتصالات.مصر',
  'नमस्ते.भारत',
  'उदाहरण.परीक्षा',
  '例子。测试',
  '中国互联网络信息中心。中国',
  'пример.рф',
  'ПРИМЕР.РФ',
  'ΑΣ.gr',
  'σοφος.gr',
  'ΣΟΦΟΣ.gr',
  'İstanbul.com.tr',
  'ñandú.com.py',
  'Camión.México',
  'xn--fuball-cta.top',
  'XN--FUBALL-CTA.TOP',
  'نامه‌ای.ir',
  'क्‍ष.in',
  'テスト.jp',
  '한국인터넷정보센터.한국',
  'ab--cd.com',
  '123.example.org',
  'col·legi.cat',
  'ـتا.com',
  '௰.com',
  '①②.com',
  'ཡོངས་ཁྱབ.com',
  'ハロー・ワールド.jp',
  'א׳ב.il',
  '〇〇.jp',
  '۱۲۳.ir',
]

// Domains the WHATWG host parser refuses too.
const refusedByBoth = [
  'a\u200Db.com',
  'é\u200Db.com',
  'a\u200Cb.com',
  '\u0301a.com',
  'xn--abc.com',
  'xn--fuball-ctb.top',
]

describe('domainToAscii', () => {
  it.each([...fixtureDomains, ...otherDomains])(
    'agrees with the WHATWG host parser on %s',
    (domain) => {
      const expected = nodeDomainToAscii(domain)
      expect(expected).not.toBe('')
      expect(domainToAscii(domain)).toBe(expected)
    }
  )

  it.each(refusedByBoth)('refuses %s, as the WHATWG host parser does', (domain) => {
    expect(nodeDomainToAscii(domain)).toBe('')
    expect(domainToAscii(domain)).toBe('')
  })

  it('keeps ß and ς (non-transitional processing) instead of writing ss and σ', () => {
    expect(domainToAscii('fußball.top')).toBe('xn--fuball-cta.top')
    expect(domainToAscii('fußball.top')).not.toBe(domainToAscii('fussball.top'))
    expect(domainToAscii('σοφος.gr')).not.toBe(domainToAscii('σοφοσ.gr'))
  })

  it('reads the ideographic and full-width full stops as dots', () => {
    const ascii = 'xn--tkvs6ms8gqpywye3ma.xn--6qq986b3xl'
    expect(domainToAscii('普遍适用测试。我爱你')).toBe(ascii)
    expect(domainToAscii('普遍适用测试．我爱你')).toBe(ascii)
    expect(domainToAscii('普遍适用测试｡我爱你')).toBe(ascii)
  })

  it('gives the same A-labels for NFD and NFC input', () => {
    const nfc = 'épreuve.org'.normalize('NFC')
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(domainToAscii(nfd)).toBe(domainToAscii(nfc))
  })

  it.each([
    ['-abc.com', 'label-hyphen'],
    ['abc-.com', 'label-hyphen'],
    ['-ñandú.com', 'label-hyphen'],
    ['a_b.com', 'bad-label'],
    ['exa mple.com', 'bad-label'],
    ['☺.com', 'bad-label'],
    ['a\u200Db.com', 'bad-label'],
    ['\u0301a.com', 'bad-label'],
    ['xn--abc.com', 'bad-label'],
    ['xn--zz-.com', 'label-hyphen'],
    ['xn--fuball-ctb.top', 'bad-label'],
    ['a..b', 'empty-label'],
    ['.a.b', 'empty-label'],
    ['a.b.', 'empty-label'],
    ['', 'empty-domain'],
    [`${'a'.repeat(64)}.com`, 'label-too-long'],
    [`${'ü'.repeat(60)}.com`, 'label-too-long'],
    [`${`${'a'.repeat(63)}.`.repeat(4)}com`, 'domain-too-long'],
  ])('refuses %s (%s)', (domain, problem) => {
    expect(convertDomain(domain)).toMatchObject({ ok: false, problem })
    expect(domainToAscii(domain)).toBe('')
  })

  it('accepts labels of exactly 63 octets and names of exactly 253', () => {
    expect(domainToAscii(`${'a'.repeat(63)}.com`)).toBe(`${'a'.repeat(63)}.com`)
    const longest = `${`${'a'.repeat(63)}.`.repeat(3)}${'b'.repeat(61)}`
    expect(longest).toHaveLength(253)
    expect(domainToAscii(longest)).toBe(longest)
  })
})

describe('domainToUnicode', () => {
  it.each(fixtureDomains)('agrees with the WHATWG host parser on %s', (domain) => {
    expect(domainToUnicode(domain)).toBe(nodeDomainToUnicode(nodeDomainToAscii(domain)))
  })

  it('decodes A-labels and keeps ASCII labels', () => {
    expect(domainToUnicode('xn--fuball-cta.top')).toBe('fußball.top')
    expect(domainToUnicode('XN--FUBALL-CTA.Top')).toBe('fußball.top')
    expect(domainToUnicode('xn-----ctdbabcfhu9c2b9l1acccr4c.xn--mgbah1a3hjkrd')).toBe(
      'تجربة-القبول-الشامل.موريتانيا'
    )
  })

  it('returns an empty string for a domain that is not a host name', () => {
    expect(domainToUnicode('xn--abc.com')).toBe('')
  })
})

describe('displayDomain and mapDomain', () => {
  it('shows full stops as dots but keeps case and script as typed', () => {
    expect(displayDomain('Ejemplo。Com')).toBe('Ejemplo.Com')
    expect(displayDomain('普遍适用测试．我爱你')).toBe('普遍适用测试.我爱你')
  })

  it('lower-cases each letter on its own, as UTS 46 maps them', () => {
    expect(mapDomain('ΣΟΦΟΣ.GR')).toBe('σοφοσ.gr')
    expect(mapDomain('FUẞBALL.DE')).toBe('fussball.de')
    expect(mapDomain('Fußball.DE')).toBe('fußball.de')
  })
})
