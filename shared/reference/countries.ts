// The LAC region's countries and territories: codes, names in four languages, ccTLDs, sub-regions.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Country } from '../schemas/country'

/*
 * Sources, field by field:
 * - code: ISO 3166-1 alpha-2 (ISO 3166 Maintenance Agency; BQ, CW and SX since December 2010).
 * - names: ISO 3166-1 short names and the UN terminology (UNTERM) in English, Spanish and
 *   French, Portuguese as Brazil's Itamaraty writes them; where people in the region write a
 *   shorter form (Bahamas, Bolivia, Venezuela, Guyane) the short form is the name and the
 *   official long form an alias.
 * - ccTld: the IANA root zone database. It lists .bl, .bq and .mf as "Not assigned": the codes
 *   exist but no registry is delegated, so those three are null here (the 2023 plan still
 *   writes them as .bl, .bq, .mf). Every other ccTLD is '.' + the lower-case code.
 * - subregion: UN M49 (Caribbean 029; Central America 013, which includes Mexico; South
 *   America 005), which is also what ICANN's regions were first drawn from. Guyana, Suriname
 *   and French Guiana are South America in M49 even though they take part in Caribbean
 *   bodies (CARICOM, CTU); staff can move them in the Countries tab.
 * - inDashboardSet: the 33 sovereign states that ICANN counts in Latin America and the
 *   Caribbean ("12 out of 33 countries", LACRALO outreach strategic plan objectives, 2016).
 * - territory: the non-sovereign territories of the area. ICANN's bylaws group a territory
 *   with its "mother country", but the ccNSO places Caribbean ccTLDs such as .sx in LAC and
 *   the 2023 LACRALO outreach and engagement plan counts Bonaire, Sint Eustatius and Saba,
 *   Saint Barthélemy, Saint Martin and Sint Maarten among the region's countries without an
 *   ALS, so they are listed here (out of the dashboard set by default). South Georgia and
 *   the South Sandwich Islands and Bouvet Island have no resident population and are left out.
 * - aliases: other ways people write the name in event titles and sheets (St, &, long forms,
 *   names without accents where people commonly drop them).
 */

/**
 * Every country and territory of the region, ordered by code.
 *
 * @example
 * COUNTRIES.filter((country) => country.subregion === 'caribbean' && !country.territory)
 */
export const COUNTRIES: readonly Country[] = Object.freeze([
  {
    code: 'AG',
    names: {
      en: 'Antigua and Barbuda',
      es: 'Antigua y Barbuda',
      pt: 'Antígua e Barbuda',
      fr: 'Antigua-et-Barbuda',
    },
    ccTld: '.ag',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['Antigua & Barbuda', 'Antigua-Barbuda'],
  },
  {
    code: 'AI',
    names: { en: 'Anguilla', es: 'Anguila', pt: 'Anguila', fr: 'Anguilla' },
    ccTld: '.ai',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'AR',
    names: { en: 'Argentina', es: 'Argentina', pt: 'Argentina', fr: 'Argentine' },
    ccTld: '.ar',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: ['República Argentina', 'Argentine Republic'],
  },
  {
    code: 'AW',
    names: { en: 'Aruba', es: 'Aruba', pt: 'Aruba', fr: 'Aruba' },
    ccTld: '.aw',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'BB',
    names: { en: 'Barbados', es: 'Barbados', pt: 'Barbados', fr: 'Barbade' },
    ccTld: '.bb',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'BL',
    names: {
      en: 'Saint Barthélemy',
      es: 'San Bartolomé',
      pt: 'São Bartolomeu',
      fr: 'Saint-Barthélemy',
    },
    ccTld: null,
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [
      'Saint Barthelemy',
      'St Barthélemy',
      'St. Barthélemy',
      'St Barth',
      'St. Barth',
      'St Barths',
      'St. Barths',
      'St Barts',
      'St. Barts',
      'Saint-Barth',
    ],
  },
  {
    code: 'BO',
    names: { en: 'Bolivia', es: 'Bolivia', pt: 'Bolívia', fr: 'Bolivie' },
    ccTld: '.bo',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [
      'Plurinational State of Bolivia',
      'Bolivia (Plurinational State of)',
      'Estado Plurinacional de Bolivia',
      'Estado Plurinacional da Bolívia',
      'État plurinational de Bolivie',
    ],
  },
  {
    code: 'BQ',
    names: {
      en: 'Bonaire, Sint Eustatius and Saba',
      es: 'Bonaire, San Eustaquio y Saba',
      pt: 'Bonaire, Santo Eustáquio e Saba',
      fr: 'Bonaire, Saint-Eustache et Saba',
    },
    ccTld: null,
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [
      'Bonaire, Sint Eustatius & Saba',
      'Caribbean Netherlands',
      'Caribe Neerlandés',
      'Países Bajos del Caribe',
      'Pays-Bas caribéens',
      'BES islands',
      'Bonaire',
      'Sint Eustatius',
      'St Eustatius',
      'St. Eustatius',
      'Statia',
      'Saba',
    ],
  },
  {
    code: 'BR',
    names: { en: 'Brazil', es: 'Brasil', pt: 'Brasil', fr: 'Brésil' },
    ccTld: '.br',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: ['Federative Republic of Brazil', 'República Federativa do Brasil'],
  },
  {
    code: 'BS',
    names: { en: 'Bahamas', es: 'Bahamas', pt: 'Bahamas', fr: 'Bahamas' },
    ccTld: '.bs',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['The Bahamas', 'Commonwealth of The Bahamas', 'Las Bahamas', 'Les Bahamas'],
  },
  {
    code: 'BZ',
    names: { en: 'Belize', es: 'Belice', pt: 'Belize', fr: 'Belize' },
    ccTld: '.bz',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'CL',
    names: { en: 'Chile', es: 'Chile', pt: 'Chile', fr: 'Chili' },
    ccTld: '.cl',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'CO',
    names: { en: 'Colombia', es: 'Colombia', pt: 'Colômbia', fr: 'Colombie' },
    ccTld: '.co',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'CR',
    names: { en: 'Costa Rica', es: 'Costa Rica', pt: 'Costa Rica', fr: 'Costa Rica' },
    ccTld: '.cr',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'CU',
    names: { en: 'Cuba', es: 'Cuba', pt: 'Cuba', fr: 'Cuba' },
    ccTld: '.cu',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'CW',
    names: { en: 'Curaçao', es: 'Curazao', pt: 'Curaçao', fr: 'Curaçao' },
    ccTld: '.cw',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: ['Curacao', 'Kòrsou'],
  },
  {
    code: 'DM',
    names: { en: 'Dominica', es: 'Dominica', pt: 'Dominica', fr: 'Dominique' },
    ccTld: '.dm',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [
      'Commonwealth of Dominica',
      'The Commonwealth of Dominica',
      'Mancomunidad de Dominica',
      'Commonwealth de la Dominique',
    ],
  },
  {
    code: 'DO',
    names: {
      en: 'Dominican Republic',
      es: 'República Dominicana',
      pt: 'República Dominicana',
      fr: 'République dominicaine',
    },
    ccTld: '.do',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['Republica Dominicana', 'Rep. Dominicana', 'The Dominican Republic'],
  },
  {
    code: 'EC',
    names: { en: 'Ecuador', es: 'Ecuador', pt: 'Equador', fr: 'Équateur' },
    ccTld: '.ec',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'FK',
    names: {
      en: 'Falkland Islands (Malvinas)',
      es: 'Islas Malvinas (Falkland)',
      pt: 'Ilhas Malvinas (Falkland)',
      fr: 'Îles Falkland (Malvinas)',
    },
    ccTld: '.fk',
    subregion: 'south-america',
    inDashboardSet: false,
    territory: true,
    aliases: [
      'Falkland Islands',
      'Falklands',
      'Islas Malvinas',
      'Malvinas',
      'Ilhas Malvinas',
      'Îles Malouines',
      'Îles Falkland',
    ],
  },
  {
    code: 'GD',
    names: { en: 'Grenada', es: 'Granada', pt: 'Granada', fr: 'Grenade' },
    ccTld: '.gd',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'GF',
    names: { en: 'French Guiana', es: 'Guayana Francesa', pt: 'Guiana Francesa', fr: 'Guyane' },
    ccTld: '.gf',
    subregion: 'south-america',
    inDashboardSet: false,
    territory: true,
    aliases: ['Guyane française', 'Guayana francesa'],
  },
  {
    code: 'GP',
    names: { en: 'Guadeloupe', es: 'Guadalupe', pt: 'Guadalupe', fr: 'Guadeloupe' },
    ccTld: '.gp',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'GT',
    names: { en: 'Guatemala', es: 'Guatemala', pt: 'Guatemala', fr: 'Guatemala' },
    ccTld: '.gt',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'GY',
    names: { en: 'Guyana', es: 'Guyana', pt: 'Guiana', fr: 'Guyana' },
    ccTld: '.gy',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: ['Co-operative Republic of Guyana', 'República Cooperativa de Guyana'],
  },
  {
    code: 'HN',
    names: { en: 'Honduras', es: 'Honduras', pt: 'Honduras', fr: 'Honduras' },
    ccTld: '.hn',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'HT',
    names: { en: 'Haiti', es: 'Haití', pt: 'Haiti', fr: 'Haïti' },
    ccTld: '.ht',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['Ayiti'],
  },
  {
    code: 'JM',
    names: { en: 'Jamaica', es: 'Jamaica', pt: 'Jamaica', fr: 'Jamaïque' },
    ccTld: '.jm',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'KN',
    names: {
      en: 'Saint Kitts and Nevis',
      es: 'San Cristóbal y Nieves',
      pt: 'São Cristóvão e Névis',
      fr: 'Saint-Christophe-et-Niévès',
    },
    ccTld: '.kn',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [
      'Saint Kitts & Nevis',
      'St Kitts and Nevis',
      'St. Kitts and Nevis',
      'St Kitts & Nevis',
      'St. Kitts & Nevis',
      'Saint Kitts',
      'St Kitts',
      'St. Kitts',
      'Saint Christopher and Nevis',
      'San Cristobal y Nieves',
    ],
  },
  {
    code: 'KY',
    names: { en: 'Cayman Islands', es: 'Islas Caimán', pt: 'Ilhas Cayman', fr: 'Îles Caïmans' },
    ccTld: '.ky',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: ['Cayman', 'Grand Cayman', 'Islas Caiman', 'Îles Caïman'],
  },
  {
    code: 'LC',
    names: { en: 'Saint Lucia', es: 'Santa Lucía', pt: 'Santa Lúcia', fr: 'Sainte-Lucie' },
    ccTld: '.lc',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['St Lucia', 'St. Lucia', 'Santa Lucia'],
  },
  {
    code: 'MF',
    names: {
      en: 'Saint Martin (French part)',
      es: 'San Martín (parte francesa)',
      pt: 'São Martinho (parte francesa)',
      fr: 'Saint-Martin (partie française)',
    },
    ccTld: null,
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [
      'Saint-Martin',
      'Saint Martin',
      'St Martin',
      'St. Martin',
      'Collectivity of Saint Martin',
      'Collectivité de Saint-Martin',
      'San Martín',
    ],
  },
  {
    code: 'MQ',
    names: { en: 'Martinique', es: 'Martinica', pt: 'Martinica', fr: 'Martinique' },
    ccTld: '.mq',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'MS',
    names: { en: 'Montserrat', es: 'Montserrat', pt: 'Montserrat', fr: 'Montserrat' },
    ccTld: '.ms',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'MX',
    names: { en: 'Mexico', es: 'México', pt: 'México', fr: 'Mexique' },
    ccTld: '.mx',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: ['Estados Unidos Mexicanos', 'United Mexican States'],
  },
  {
    code: 'NI',
    names: { en: 'Nicaragua', es: 'Nicaragua', pt: 'Nicarágua', fr: 'Nicaragua' },
    ccTld: '.ni',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'PA',
    names: { en: 'Panama', es: 'Panamá', pt: 'Panamá', fr: 'Panama' },
    ccTld: '.pa',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'PE',
    names: { en: 'Peru', es: 'Perú', pt: 'Peru', fr: 'Pérou' },
    ccTld: '.pe',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'PR',
    names: { en: 'Puerto Rico', es: 'Puerto Rico', pt: 'Porto Rico', fr: 'Porto Rico' },
    ccTld: '.pr',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [],
  },
  {
    code: 'PY',
    names: { en: 'Paraguay', es: 'Paraguay', pt: 'Paraguai', fr: 'Paraguay' },
    ccTld: '.py',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'SR',
    names: { en: 'Suriname', es: 'Surinam', pt: 'Suriname', fr: 'Suriname' },
    ccTld: '.sr',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: ['Republic of Suriname', 'República de Surinam', 'Surinam'],
  },
  {
    code: 'SV',
    names: { en: 'El Salvador', es: 'El Salvador', pt: 'El Salvador', fr: 'El Salvador' },
    ccTld: '.sv',
    subregion: 'central-america-mexico',
    inDashboardSet: true,
    territory: false,
    aliases: [],
  },
  {
    code: 'SX',
    names: {
      en: 'Sint Maarten (Dutch part)',
      es: 'Sint Maarten (parte neerlandesa)',
      pt: 'São Martinho (parte holandesa)',
      fr: 'Saint-Martin (partie néerlandaise)',
    },
    ccTld: '.sx',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: ['Sint Maarten', 'St Maarten', 'St. Maarten', 'Sint-Maarten'],
  },
  {
    code: 'TC',
    names: {
      en: 'Turks and Caicos Islands',
      es: 'Islas Turcas y Caicos',
      pt: 'Ilhas Turcas e Caicos',
      fr: 'Îles Turques-et-Caïques',
    },
    ccTld: '.tc',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: ['Turks and Caicos', 'Turks & Caicos', 'Turks & Caicos Islands', 'TCI'],
  },
  {
    code: 'TT',
    names: {
      en: 'Trinidad and Tobago',
      es: 'Trinidad y Tobago',
      pt: 'Trinidad e Tobago',
      fr: 'Trinité-et-Tobago',
    },
    ccTld: '.tt',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: ['Trinidad & Tobago', 'Trinidad', 'Tobago', 'T&T'],
  },
  {
    code: 'UY',
    names: { en: 'Uruguay', es: 'Uruguay', pt: 'Uruguai', fr: 'Uruguay' },
    ccTld: '.uy',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: ['República Oriental del Uruguay'],
  },
  {
    code: 'VC',
    names: {
      en: 'Saint Vincent and the Grenadines',
      es: 'San Vicente y las Granadinas',
      pt: 'São Vicente e Granadinas',
      fr: 'Saint-Vincent-et-les-Grenadines',
    },
    ccTld: '.vc',
    subregion: 'caribbean',
    inDashboardSet: true,
    territory: false,
    aliases: [
      'Saint Vincent & the Grenadines',
      'St Vincent and the Grenadines',
      'St. Vincent and the Grenadines',
      'St Vincent & the Grenadines',
      'St. Vincent & the Grenadines',
      'Saint Vincent and Grenadines',
      'St Vincent and Grenadines',
      'Saint Vincent',
      'St Vincent',
      'St. Vincent',
    ],
  },
  {
    code: 'VE',
    names: { en: 'Venezuela', es: 'Venezuela', pt: 'Venezuela', fr: 'Venezuela' },
    ccTld: '.ve',
    subregion: 'south-america',
    inDashboardSet: true,
    territory: false,
    aliases: [
      'Bolivarian Republic of Venezuela',
      'Venezuela (Bolivarian Republic of)',
      'República Bolivariana de Venezuela',
    ],
  },
  {
    code: 'VG',
    names: {
      en: 'British Virgin Islands',
      es: 'Islas Vírgenes Británicas',
      pt: 'Ilhas Virgens Britânicas',
      fr: 'Îles Vierges britanniques',
    },
    ccTld: '.vg',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: ['Virgin Islands (British)', 'BVI', 'Islas Virgenes Britanicas'],
  },
  {
    code: 'VI',
    names: {
      en: 'United States Virgin Islands',
      es: 'Islas Vírgenes de los Estados Unidos',
      pt: 'Ilhas Virgens Americanas',
      fr: 'Îles Vierges des États-Unis',
    },
    ccTld: '.vi',
    subregion: 'caribbean',
    inDashboardSet: false,
    territory: true,
    aliases: [
      'Virgin Islands (U.S.)',
      'US Virgin Islands',
      'U.S. Virgin Islands',
      'USVI',
      'Islas Vírgenes Estadounidenses',
      'Îles Vierges américaines',
    ],
  },
])

/**
 * Name keys that are also common place names elsewhere (Granada in Nicaragua and Spain,
 * Trinidad in Cuba and Bolivia, Guadalupe in Mexico, San Martín and Santa Lucía as towns) or
 * that name an island shared by two territories (Saint Martin): a title that contains one
 * should be confirmed by a person, not matched silently.
 */
export const AMBIGUOUS_COUNTRY_NAME_KEYS: ReadonlySet<string> = new Set([
  'granada',
  'guadalupe',
  'trinidad',
  'saba',
  'san martin',
  'santa lucia',
  'saint martin',
  'st martin',
])

const BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country]))

/**
 * The country or territory with this ISO code (any case), or undefined outside the region.
 *
 * @example
 * countryByCode('vc')?.names.es // 'San Vicente y las Granadinas'
 */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.trim().toUpperCase())
}

/** True when `code` is one of the region's countries or territories. */
export function isRegionCountryCode(code: string): boolean {
  return countryByCode(code) !== undefined
}

/** Codes of the region's countries and territories, in the order of COUNTRIES. */
export const REGION_COUNTRY_CODES: readonly string[] = Object.freeze(
  COUNTRIES.map((country) => country.code)
)

/**
 * Codes of the countries the dashboard counts by default (the 33 sovereign states).
 *
 * @example
 * DASHBOARD_COUNTRY_CODES.filter((code) => !codesWithAnAls.has(code))
 */
export const DASHBOARD_COUNTRY_CODES: readonly string[] = Object.freeze(
  COUNTRIES.filter((country) => country.inDashboardSet).map((country) => country.code)
)

/**
 * The name of a country in `locale`. Codes outside the region (an ICANN meeting in the
 * United States) get the runtime's own name for them; an unknown code is returned as is.
 *
 * @example
 * countryName('DO', 'fr') // 'République dominicaine'
 * countryName('US', 'es') // 'Estados Unidos'
 */
export function countryName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  const country = countryByCode(code)
  if (country) return country.names[locale]
  const upper = code.trim().toUpperCase()
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(upper) ?? upper
  } catch {
    return upper
  }
}

/**
 * The form in which names are compared: accents, case, dots, apostrophes and a leading "The"
 * dropped, "&" read as "and", every run of other characters one space.
 *
 * @example
 * countryNameKey('St. Vincent & the Grenadines') === countryNameKey('st vincent and the grenadines')
 */
export function countryNameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
}

/** One name by which a country is written: its four names and its aliases. */
export interface CountryNameEntry {
  /** The name as written in the reference data. */
  name: string
  /** `countryNameKey(name)`. */
  key: string
  code: string
  /** True when the key is also a common place name outside that country. */
  ambiguous: boolean
}

/**
 * Every name and alias of every country, longest key first, so that a search through a
 * title finds "Dominican Republic" before "Dominica" and "Guyane" is never read as "Guyana".
 *
 * @example
 * const title = countryNameKey('Second LAC Roadshow St Vincent and the Grenadines')
 * COUNTRY_NAME_INDEX.find((entry) => ` ${title} `.includes(` ${entry.key} `))?.code // 'VC'
 */
export const COUNTRY_NAME_INDEX: readonly CountryNameEntry[] = Object.freeze(
  COUNTRIES.flatMap((country) => {
    const seen = new Set<string>()
    return [...Object.values(country.names), ...country.aliases].flatMap((name) => {
      const key = countryNameKey(name)
      if (seen.has(key)) return []
      seen.add(key)
      return [{ name, key, code: country.code, ambiguous: AMBIGUOUS_COUNTRY_NAME_KEYS.has(key) }]
    })
  }).sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key))
)

const BY_NAME_KEY = new Map(COUNTRY_NAME_INDEX.map((entry) => [entry.key, entry.code]))

/**
 * The country whose name or alias, in any of the four languages, is exactly `name`
 * (compared by `countryNameKey`); undefined when none is.
 *
 * @example
 * countryByName('Brasil')?.code // 'BR'
 * countryByName('Trinidad & Tobago')?.code // 'TT'
 */
export function countryByName(name: string): Country | undefined {
  const code = BY_NAME_KEY.get(countryNameKey(name))
  return code === undefined ? undefined : countryByCode(code)
}
