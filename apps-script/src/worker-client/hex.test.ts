import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesToHex } from './hex'

const signed = (buffer: Uint8Array) =>
  Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte))

describe('bytesToHex', () => {
  it('reads Apps Script’s signed bytes as unsigned, two digits each', () => {
    expect(bytesToHex([0, 15, 127, -128, -1])).toBe('000f7f80ff')
    expect(bytesToHex([])).toBe('')
  })

  it('gives the same hex as Node for any bytes handed over as Java bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(bytesToHex(signed(bytes))).toBe(Buffer.from(bytes).toString('hex'))
      })
    )
  })

  it('writes a SHA-256 digest as the 64 lowercase hex digits the Worker compares', () => {
    const digest = createHash('sha256').update('{"events":[]}').digest()
    expect(bytesToHex(signed(digest))).toBe(
      createHash('sha256').update('{"events":[]}').digest('hex')
    )
  })
})
