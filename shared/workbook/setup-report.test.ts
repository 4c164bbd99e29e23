import { describe, expect, it } from 'vitest'
import { describeSetup } from './setup-report'

describe('describeSetup', () => {
  it('says what was created, added and filled, in the user’s language', () => {
    const lines = describeSetup(
      {
        tabsCreated: ['Events'],
        columnsAdded: [{ tab: 'ALS', headers: ['Website', 'Representatives'] }],
        rowsFilled: [{ tab: 'Settings', rows: 7 }],
        changed: true,
      },
      'en'
    )
    expect(lines).toEqual([
      'The spreadsheet is set up.',
      'Created the Events tab.',
      "Added to the ALS tab, at its right end: 'Website', 'Representatives'.",
      'Filled in the Settings tab with 7 rows.',
    ])
  })

  it('says that nothing changed when nothing did', () => {
    const unchanged = { tabsCreated: [], columnsAdded: [], rowsFilled: [], changed: false }
    expect(describeSetup(unchanged, 'es')).toEqual([
      'La hoja de cálculo ya estaba configurada; no se cambió nada.',
    ])
  })
})
