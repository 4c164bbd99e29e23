import { describe, expect, it } from 'vitest'
import { settingsSchema, DEFAULT_SETTINGS as typedDefaults } from './settings'
import { DEFAULT_SETTINGS } from './settings-values'

describe('DEFAULT_SETTINGS', () => {
  it('is exactly what settingsSchema gives an empty Settings tab', () => {
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS)
    expect(settingsSchema.parse({ crop: {} }).crop).toEqual(DEFAULT_SETTINGS.crop)
  })

  it('is one frozen object, the one settings.ts exports', () => {
    expect(typedDefaults).toBe(DEFAULT_SETTINGS)
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true)
    expect(() => {
      ;(DEFAULT_SETTINGS as { alsReviewMonths: number }).alsReviewMonths = 1
    }).toThrow(TypeError)
  })
})
