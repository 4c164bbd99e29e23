import { describe, expect, it } from 'vitest'
import {
  clockTime,
  countryCode,
  isIsoDate,
  isTimeZone,
  nfcText,
  optionalText,
  webUrl,
} from './primitives'

describe('primitives', () => {
  it('keeps names as typed, only NFC-normalized and trimmed', () => {
    const decomposed = ' Jose\u0301 Pe\u0301rez '
    expect(nfcText().parse(decomposed)).toBe('José Pérez')
    expect(nfcText().parse('用户 名')).toBe('用户 名')
    expect(nfcText().safeParse('   ').success).toBe(false)
  })

  it('turns empty optional text into null', () => {
    expect(optionalText().parse('  ')).toBeNull()
    expect(optionalText().parse(undefined)).toBeNull()
    expect(optionalText().parse('Cancún')).toBe('Cancún')
  })

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2023-13-01')).toBe(false)
    expect(isIsoDate('25/5/23')).toBe(false)
  })

  it('checks times and time zones', () => {
    expect(clockTime.safeParse('09:30').success).toBe(true)
    expect(clockTime.safeParse('24:00').success).toBe(false)
    expect(isTimeZone('America/Mexico_City')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })

  it('upper-cases country codes and refuses anything else', () => {
    expect(countryCode.parse(' mx ')).toBe('MX')
    expect(countryCode.safeParse('MEX').success).toBe(false)
  })

  it('accepts http(s) links, internationalized hosts included, and refuses the rest', () => {
    expect(webUrl.parse(' https://www.icann.org/es ')).toBe('https://www.icann.org/es')
    expect(webUrl.safeParse('http://ejemplo.com.mx:8080/path?q=1#x').success).toBe(true)
    expect(webUrl.safeParse('https://普遍接受-测试.世界/').success).toBe(true)
    expect(webUrl.safeParse('javascript:alert(1)').success).toBe(false)
    expect(webUrl.safeParse('ftp://example.com').success).toBe(false)
    expect(webUrl.safeParse('https://exa mple.com').success).toBe(false)
    expect(webUrl.safeParse('https://user@evil.example').success).toBe(false)
  })
})
