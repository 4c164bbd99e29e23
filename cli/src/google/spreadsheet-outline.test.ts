import { describe, expect, it } from 'vitest'
import { outlineOf } from './spreadsheet-outline'

describe('outlineOf', () => {
  it('counts as a header protection only one that covers exactly row 1', () => {
    const outline = outlineOf({
      properties: { title: 'Dashboard', timeZone: 'America/Lima' },
      sheets: [
        {
          properties: {
            sheetId: 7,
            title: 'Events',
            gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
          },
          protectedRanges: [{ range: { sheetId: 7, startRowIndex: 0, endRowIndex: 1 } }],
        },
        // The whole sheet protected (no rows named), and rows 1 to 3: neither is the header's.
        { properties: { sheetId: 8, title: 'ALS' }, protectedRanges: [{ range: { sheetId: 8 } }] },
        {
          properties: { sheetId: 9, title: 'CROP' },
          protectedRanges: [{ range: { sheetId: 9, startRowIndex: 0, endRowIndex: 3 } }],
        },
      ],
    })
    expect(outline).toEqual({
      title: 'Dashboard',
      timeZone: 'America/Lima',
      tabs: [
        {
          sheetId: 7,
          title: 'Events',
          rowCount: 1000,
          columnCount: 26,
          frozenRowCount: 1,
          headerProtected: true,
        },
        {
          sheetId: 8,
          title: 'ALS',
          rowCount: 0,
          columnCount: 0,
          frozenRowCount: 0,
          headerProtected: false,
        },
        {
          sheetId: 9,
          title: 'CROP',
          rowCount: 0,
          columnCount: 0,
          frozenRowCount: 0,
          headerProtected: false,
        },
      ],
    })
  })
})
