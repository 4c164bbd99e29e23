import { describe, expect, it } from 'vitest'
import { COUNTRIES } from '../reference/countries'
import { countrySchema } from '../schemas/country'
import { startingRows } from './starting-rows'
import { rowToRecord } from './tabs'

describe('the rows a new workbook starts with', () => {
  it('fills Countries with every country of the region, as its schema reads them back', () => {
    const rows = startingRows('Countries', 'en')
    expect(rows).toHaveLength(COUNTRIES.length)
    const read = rows.map((cells) =>
      countrySchema.parse(
        rowToRecord(
          'Countries',
          // What Sheets keeps of typed text: the apostrophe that keeps '.ag' text is not in the cell.
          Object.fromEntries(
            Object.entries(cells).map(([header, value]) => [
              header,
              typeof value === 'string' ? value.replace(/^'/, '') : value,
            ])
          ),
          { timeZone: 'UTC' }
        )
      )
    )
    expect(read).toEqual(COUNTRIES)
  })

  it('describes the settings in the user’s language', () => {
    const es = startingRows('Settings', 'es')
    const fr = startingRows('Settings', 'fr')
    expect(es.map((row) => row.Setting)).toEqual(fr.map((row) => row.Setting))
    expect(es[0]?.Description).not.toBe(fr[0]?.Description)
  })
})
