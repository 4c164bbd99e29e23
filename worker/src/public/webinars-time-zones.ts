// The time zones a registrant can read a webinar's time in: the region's common ones and UTC.
import { zoneOffsetAt } from '../../../shared/calendar/wall-time'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { countryName } from '../../../shared/reference/countries'
import { offsetName } from './webinars-format'

/** One zone of the list: its IANA name, the country it is named for and a city in it. */
interface ZoneChoice {
  zone: string
  country: string
  /** The city as its people write it, which reads the same in all four languages. */
  city: string
}

/*
 * One zone per distinct clock of the region's big population centres. Zones whose clocks
 * always agree (Lima and Bogotá, the Central American states) share one entry, named for
 * the larger city; a webinar's own zone is added when it is not here.
 */
const LAC_ZONES: readonly ZoneChoice[] = [
  { zone: 'America/Mexico_City', country: 'MX', city: 'Ciudad de México' },
  { zone: 'America/Guatemala', country: 'GT', city: 'Ciudad de Guatemala' },
  { zone: 'America/Costa_Rica', country: 'CR', city: 'San José' },
  { zone: 'America/Bogota', country: 'CO', city: 'Bogotá' },
  { zone: 'America/Lima', country: 'PE', city: 'Lima' },
  { zone: 'America/Panama', country: 'PA', city: 'Panamá' },
  { zone: 'America/Havana', country: 'CU', city: 'La Habana' },
  { zone: 'America/Jamaica', country: 'JM', city: 'Kingston' },
  { zone: 'America/Port-au-Prince', country: 'HT', city: 'Port-au-Prince' },
  { zone: 'America/Caracas', country: 'VE', city: 'Caracas' },
  { zone: 'America/Santo_Domingo', country: 'DO', city: 'Santo Domingo' },
  { zone: 'America/Port_of_Spain', country: 'TT', city: 'Port of Spain' },
  { zone: 'America/Barbados', country: 'BB', city: 'Bridgetown' },
  { zone: 'America/La_Paz', country: 'BO', city: 'La Paz' },
  { zone: 'America/Manaus', country: 'BR', city: 'Manaus' },
  { zone: 'America/Guyana', country: 'GY', city: 'Georgetown' },
  { zone: 'America/Asuncion', country: 'PY', city: 'Asunción' },
  { zone: 'America/Santiago', country: 'CL', city: 'Santiago' },
  { zone: 'America/Argentina/Buenos_Aires', country: 'AR', city: 'Buenos Aires' },
  { zone: 'America/Montevideo', country: 'UY', city: 'Montevideo' },
  { zone: 'America/Sao_Paulo', country: 'BR', city: 'São Paulo' },
]

export const UTC_ZONE = 'UTC'

/** A `<option>` of the time-zone select. */
export interface ZoneOption {
  zone: string
  label: string
}

/** True when `zone` names a time zone this Worker's Intl knows. */
function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * The zones to offer for a webinar starting at `instant`, ordered west to east by their
 * offset at that moment, then UTC. Labels are in `locale` and show the offset the zone
 * will have on the day (so summer time is accounted for). The webinar's own zone is always
 * included.
 *
 * @example
 * zoneOptions(Date.parse('2026-11-24T23:00:00Z'), 'America/Bogota', 'es')
 * // [{ zone: 'America/Mexico_City', label: 'México – Ciudad de México (GMT−6)' }, …, { zone: 'UTC', label: 'UTC (tiempo universal coordinado)' }]
 */
export function zoneOptions(instant: number, webinarZone: string, locale: Locale): ZoneOption[] {
  const choices: ZoneChoice[] = [...LAC_ZONES]
  const collator = new Intl.Collator(locale)
  const options = choices.map((choice) => ({
    zone: choice.zone,
    offset: zoneOffsetAt(instant, choice.zone),
    label: t(locale, 'webinarPage.zone.option', {
      country: countryName(choice.country, locale),
      city: choice.city,
      offset: offsetName(new Date(instant), locale, choice.zone),
    }),
  }))
  // A zone outside the region (a speaker's, say) is shown by its IANA name.
  if (
    webinarZone !== UTC_ZONE &&
    isKnownZone(webinarZone) &&
    !choices.some((choice) => choice.zone === webinarZone)
  )
    options.push({
      zone: webinarZone,
      offset: zoneOffsetAt(instant, webinarZone),
      label: `${webinarZone.replace(/_/g, ' ')} (${offsetName(new Date(instant), locale, webinarZone)})`,
    })
  options.sort((a, b) => a.offset - b.offset || collator.compare(a.label, b.label))
  return [
    ...options.map(({ zone, label }) => ({ zone, label })),
    { zone: UTC_ZONE, label: t(locale, 'webinarPage.zone.utc') },
  ]
}

/**
 * The zone to show: the `?tz=` the reader chose when it is one of the options, else the
 * webinar's own zone.
 *
 * @example
 * chosenZone('America/Lima', options, 'America/Bogota') // 'America/Lima'
 */
export function chosenZone(
  requested: string | undefined,
  options: readonly ZoneOption[],
  webinarZone: string
): string {
  if (requested && options.some((option) => option.zone === requested)) return requested
  return isKnownZone(webinarZone) ? webinarZone : UTC_ZONE
}
