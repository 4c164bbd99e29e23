import { createHash, createHmac } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createFakeUtilities, fromJavaBytes } from './fake-utilities'

const utilities = createFakeUtilities()

describe('fake Utilities', () => {
  it('hands digests back as Java’s signed bytes', () => {
    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc')
    expect(digest[0]).toBe(-70)
    expect(digest.every((byte) => byte >= -128 && byte <= 127)).toBe(true)
    expect(fromJavaBytes(digest).toString('hex')).toBe(
      createHash('sha256').update('abc').digest('hex')
    )
  })

  it('reads strings as UTF-8 for HMAC, as Charset.UTF_8 asks', () => {
    const mac = utilities.computeHmacSha256Signature(
      '1700000000\nGET\n/é',
      'clé-secrète',
      utilities.Charset.UTF_8
    )
    expect(fromJavaBytes(mac).toString('hex')).toBe(
      createHmac('sha256', 'clé-secrète').update('1700000000\nGET\n/é').digest('hex')
    )
  })

  it('makes blobs of UTF-8 text with a type and a name', () => {
    const blob = utilities.newBlob('Ñandú', 'text/calendar', 'x.ics')
    expect(blob.getBytes()).toHaveLength(7)
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      'Ñandú',
      'text/calendar',
      'x.ics',
    ])
  })
})

describe('fake Utilities: base64 and gzip', () => {
  it('decodes base64 to signed bytes and refuses text that is not base64', () => {
    expect(utilities.base64Decode('/w==')).toEqual([-1])
    expect(
      fromJavaBytes(utilities.base64Decode(utilities.base64Encode('Año 2023'))).toString()
    ).toBe('Año 2023')
    expect(() => utilities.base64Decode('not base64!')).toThrow('Could not decode string.')
  })

  it('ungzips what node:zlib gzipped, as text in the charset asked for', () => {
    const gzip = gzipSync('{"es":"Configurar esta hoja de cálculo"}').toString('base64')
    const blob = utilities.newBlob(utilities.base64Decode(gzip), 'application/x-gzip')
    const text = utilities.ungzip(blob)
    expect(text.getDataAsString('UTF-8')).toBe('{"es":"Configurar esta hoja de cálculo"}')
    expect(text.getDataAsString('ISO-8859-1')).not.toContain('cálculo')
    expect(utilities.ungzip(utilities.gzip(utilities.newBlob('ñ'))).getDataAsString()).toBe('ñ')
  })

  it('refuses to ungzip bytes that are not gzip', () => {
    expect(() => utilities.ungzip(utilities.newBlob('plain text'))).toThrow(/not hold gzip/)
  })
})
