// Finds the country an event's title names ("Cancun, Mexico", "IX Forum Porto Alegre").
import { COUNTRY_NAME_INDEX, countryNameKey } from '../reference/countries'
import { CITIES } from './cities'

/** A place named in a title: the name as the reference lists it, and its country's code. */
export interface PlaceInTitle {
  place: string
  country: string
}

interface PlaceName {
  name: string
  key: string
  country: string
}

// Longest first, so "Dominican Republic" is taken before "Dominica" could be. Names that are
// also common place names elsewhere (Granada, Trinidad ...) are left out: no suggestion beats
// a wrong one.
const byLength = (a: PlaceName, b: PlaceName) => b.key.length - a.key.length
const COUNTRY_NAMES: readonly PlaceName[] = COUNTRY_NAME_INDEX.filter(
  (entry) => !entry.ambiguous
).map((entry) => ({ name: entry.name, key: entry.key, country: entry.code }))
const CITY_NAMES: readonly PlaceName[] = CITIES.map((city) => ({
  name: city.name,
  key: countryNameKey(city.name),
  country: city.country,
})).sort(byLength)

/**
 * The country a title names, directly or through one of its cities. A country named in the
 * title wins over a city; two different countries (or, without one, two cities in different
 * countries) give no answer.
 *
 * @example
 * findPlaceInTitle('LACNIC Merida Mexico') // { place: 'Mexico', country: 'MX' }
 * findPlaceInTitle('IX Forum Porto Alegre') // { place: 'Porto Alegre', country: 'BR' }
 * findPlaceInTitle('CaribNOG 25') // null
 */
export function findPlaceInTitle(title: string): PlaceInTitle | null {
  const key = ` ${countryNameKey(title)} `
  return onlyCountry(namesIn(key, COUNTRY_NAMES)) ?? onlyCountry(namesIn(key, CITY_NAMES))
}

function namesIn(titleKey: string, names: readonly PlaceName[]): PlaceName[] {
  let rest = titleKey
  const found: PlaceName[] = []
  for (const entry of names) {
    const needle = ` ${entry.key} `
    if (!rest.includes(needle)) continue
    found.push(entry)
    rest = rest.split(needle).join(' | ')
  }
  return found
}

function onlyCountry(found: readonly PlaceName[]): PlaceInTitle | null {
  const first = found[0]
  if (first === undefined || found.some((entry) => entry.country !== first.country)) return null
  return { place: first.name, country: first.country }
}
