import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settingsSchema } from '../schemas/settings'
import { SETTING_KEYS, settingRows, settingsFromRows } from './settings-rows'

const options = { timeZone: 'America/Montevideo' }

describe('the Settings tab', () => {
  it('starts with one row per setting, holding the schema’s defaults', () => {
    const rows = settingRows('en')
    expect(rows.map((row) => row.Setting)).toEqual([...SETTING_KEYS])
    const { input, unknownKeys } = settingsFromRows(rows, options)
    expect(unknownKeys).toEqual([])
    expect(settingsSchema.parse(input)).toEqual(DEFAULT_SETTINGS)
    // Every default is written out, none left for the schema to fill in.
    expect(input).toEqual(DEFAULT_SETTINGS)
  })

  it('describes each setting in the user’s language', () => {
    expect(settingRows('es')[0]).toEqual({
      Setting: 'activeRule.callsAttended',
      Value: 3,
      Description: 'Llamadas con asistencia',
    })
    expect(settingRows('fr').every((row) => String(row.Description).length > 0)).toBe(true)
  })

  it('reads values staff typed as text, and leaves an emptied value to its default', () => {
    const { input } = settingsFromRows(
      [
        { Setting: 'crop.leadTimeWeeks', Value: ' 6 ' },
        { Setting: 'activeRule.orVotedInLastElection', Value: 'FALSE' },
        { Setting: 'alsReviewMonths', Value: '' },
        { Setting: '', Value: 'stray' },
      ],
      options
    )
    expect(input).toEqual({
      crop: { leadTimeWeeks: 6 },
      activeRule: { orVotedInLastElection: false },
    })
    expect(settingsSchema.parse(input)).toMatchObject({
      crop: { leadTimeWeeks: 6, tripsPerFiscalYear: 5 },
      activeRule: { orVotedInLastElection: false },
      alsReviewMonths: 12,
    })
  })

  it('reports keys it does not know and hands bad values to the schema to refuse', () => {
    const { input, unknownKeys } = settingsFromRows(
      [
        { Setting: 'crop.tripsPerYear', Value: 4 },
        { Setting: 'crop.tripDays', Value: 'three' },
      ],
      options
    )
    expect(unknownKeys).toEqual(['crop.tripsPerYear'])
    const result = settingsSchema.safeParse(input)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['crop.tripDays'])
  })
})
