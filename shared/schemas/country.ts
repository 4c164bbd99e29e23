// The country or territory record: one row of the Countries tab (reference data staff may edit).
import * as z from 'zod/mini'
import type { Locale } from '../i18n/locales'
import { isRegionCountryCode } from '../reference/countries'
import { SUBREGIONS } from '../reference/subregions'
import { countryCode, nfcText } from './primitives'

/** A country-code top-level domain as IANA writes it: a dot and two lower-case letters. */
export const ccTld = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.trim().toLowerCase())
  ),
  z.string().check(z.regex(/^\.[a-z]{2}$/, 'invalid_cctld'))
)

const countryName = nfcText({ max: 120 })

/**
 * A country or territory of the region.
 * `ccTld` is null where IANA lists the code but has delegated no registry (e.g. .bl).
 * `inDashboardSet` says whether it counts in the dashboard's "countries without an ALS".
 *
 * @example
 * countrySchema.parse({
 *   code: 'GD',
 *   names: { en: 'Grenada', es: 'Granada', pt: 'Granada', fr: 'Grenade' },
 *   ccTld: '.gd',
 *   subregion: 'caribbean',
 *   inDashboardSet: true,
 * })
 */
export const countrySchema = z.object({
  code: countryCode,
  names: z.object({
    en: countryName,
    es: countryName,
    pt: countryName,
    fr: countryName,
  }) satisfies z.ZodMiniType<Record<Locale, string>>,
  ccTld: z.nullable(ccTld),
  subregion: z.enum(SUBREGIONS),
  inDashboardSet: z._default(z.boolean(), false),
  territory: z._default(z.boolean(), false),
  aliases: z._default(z.array(countryName), []),
})

export type Country = z.infer<typeof countrySchema>
export type CountryInput = z.input<typeof countrySchema>

/**
 * A code of one of the region's countries or territories (upper-cased on the way in).
 *
 * @example
 * regionCountryCode.parse('ar') // 'AR'
 */
export const regionCountryCode = countryCode.check(
  z.refine(isRegionCountryCode, { message: 'country_not_in_region' })
)
