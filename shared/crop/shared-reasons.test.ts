import { describe, expect, it } from 'vitest'
import { countryName } from '../reference/countries'
import { cropReason, type ReasonLabels } from './crop-reasons'
import { sharedReasons } from './shared-reasons'

const labels: ReasonLabels = {
  locale: 'es',
  country: (code) => countryName(code, 'es'),
  subregion: (subregion) => subregion,
  als: (id) => id,
  tripStatus: (status) => status,
}

describe('sharedReasons', () => {
  it('writes a key’s sentence once and gives it to every reason with that key', () => {
    const place = sharedReasons<string>(labels)
    const first = place('BR', 'tier1-country', { country: 'BR', subregion: 'south-america' })
    const again = place('BR', 'tier1-country', { country: 'BR', subregion: 'south-america' })
    expect(first).toEqual(
      cropReason('tier1-country', { country: 'BR', subregion: 'south-america' }, labels)
    )
    expect(again).toEqual(first)
    expect(again.message).toBe(first.message)
  })

  it('keeps each reason’s own figures, and writes a new key’s sentence afresh', () => {
    const rotation = sharedReasons<number>(labels)
    const params = { count: 0, lastDate: null }
    expect(rotation(0, 'rotation', params).params).toBe(params)
    const twice = rotation(2, 'rotation', { count: 2, lastDate: '2025-10-01' })
    expect(twice.message).toBe(
      cropReason('rotation', { count: 2, lastDate: '2025-10-01' }, labels).message
    )
    expect(twice.message).not.toBe(rotation(0, 'rotation', params).message)
  })
})
