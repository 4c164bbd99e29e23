import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locales'
import { REGION_COUNTRY_CODES } from '../reference/countries'
import { SUBREGIONS } from '../reference/subregions'
import { ALS_STATUSES, alsSchema } from '../schemas/als'
import { CROP_TRIP_STATUSES } from '../schemas/crop'
import { EVENT_CATEGORIES, EVENT_FORMATS, EVENT_STATUSES } from '../schemas/event'
import { PARTICIPATION_KINDS } from '../schemas/participation'
import { REGISTRATION_COUNTRIES, REGISTRATION_STATUSES } from '../schemas/registration'
import { DROPDOWN_SOURCES, dropdownValues } from './columns'

describe('dropdownValues', () => {
  it('offers the schemas’ own value sets, in their order', () => {
    expect(dropdownValues('event-categories')).toEqual([...EVENT_CATEGORIES])
    expect(dropdownValues('event-statuses')).toEqual([...EVENT_STATUSES])
    expect(dropdownValues('event-formats')).toEqual([...EVENT_FORMATS])
    expect(dropdownValues('als-statuses')).toEqual([...ALS_STATUSES])
    expect(dropdownValues('registration-statuses')).toEqual([...REGISTRATION_STATUSES])
    expect(dropdownValues('participation-kinds')).toEqual([...PARTICIPATION_KINDS])
    expect(dropdownValues('crop-trip-statuses')).toEqual([...CROP_TRIP_STATUSES])
    expect(dropdownValues('registration-countries')).toEqual([...REGISTRATION_COUNTRIES])
    expect(dropdownValues('countries')).toEqual([...REGION_COUNTRY_CODES])
    expect(dropdownValues('subregions')).toEqual([...SUBREGIONS])
    expect(dropdownValues('locales')).toEqual([...LOCALES])
  })

  it('offers only values the schema accepts, as a copy the caller may change', () => {
    for (const status of dropdownValues('als-statuses')) {
      const als = { id: 'ALS-UY-01', name: 'Internauta', country: 'UY', status }
      expect(alsSchema.safeParse(als).success).toBe(true)
    }
    const values = dropdownValues('event-statuses')
    values.push('other')
    expect(dropdownValues('event-statuses')).toEqual([...EVENT_STATUSES])
    expect(DROPDOWN_SOURCES.every((source) => dropdownValues(source).length > 0)).toBe(true)
  })

  it('comes, with the default settings, without zod: the add-on reads them and bundles none', async () => {
    const result = await esbuild.build({
      stdin: {
        contents: [
          "export { dropdownValues } from './columns'",
          "export { settingRows } from './settings-rows'",
        ].join('\n'),
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      platform: 'neutral',
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((input) => input.includes('shared/schemas/event-values.ts'))).toBe(true)
    expect(inputs.filter((input) => input.includes('node_modules/zod'))).toEqual([])
  })
})
