// The dashboard's country view: ALSes and members per country, per sub-region, and the headline.
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { valueLabel } from '../i18n/messages/schema'
import { ACCREDITED_ALS_STATUSES } from '../participation/als-review'
import { SUBREGIONS, type Subregion } from '../reference/subregions'
import type { Als, AlsStatus } from '../schemas/als'
import type { Country } from '../schemas/country'
import type { Member } from '../schemas/member'

/** One country of the dashboard set. */
export interface CountryCoverage {
  code: string
  name: string
  subregion: Subregion
  /** Accredited ALSes (active, inactive or under review), the active ones, and applicants. */
  alses: { total: number; active: number; applicants: number }
  members: { total: number; active: number }
  /** No accredited ALS in the country: an outreach target. */
  noAls: boolean
}

/** The totals of one sub-region. */
export interface SubregionCoverage {
  subregion: Subregion
  label: string
  /** Countries of the dashboard set in the sub-region, with and without an ALS. */
  countries: number
  withAls: number
  withoutAls: number
  /** Members from any country or territory of the sub-region, and how many are active. */
  members: number
  activeMembers: number
}

/** "12 of 33 countries without an ALS". */
export interface CoverageHeadline {
  withoutAls: number
  total: number
  /** The codes of the countries without an ALS, in the order of the Countries data. */
  countries: string[]
  message: string
}

export interface CountryCoverageInput {
  countries: readonly Pick<Country, 'code' | 'names' | 'subregion' | 'inDashboardSet'>[]
  alses: readonly Pick<Als, 'id' | 'country' | 'status'>[]
  members: readonly Pick<Member, 'id' | 'country'>[]
  activeMembers: ReadonlySet<string>
  activeAlses: ReadonlySet<string>
  locale: Locale
}

export interface CountryCoverageResult {
  countries: CountryCoverage[]
  subregions: SubregionCoverage[]
  headline: CoverageHeadline
  /** Members whose country is not in the Countries data. */
  unplacedMembers: number
}

const ACCREDITED: ReadonlySet<AlsStatus> = new Set(ACCREDITED_ALS_STATUSES)

/**
 * Counts ALSes and members per country of the dashboard set (the countries marked "in
 * dashboard set" in the Countries data, 33 by default), per sub-region, and the headline.
 * Linear in countries + ALSes + members.
 *
 * @example
 * countryCoverage({ countries: COUNTRIES, alses, members, activeMembers, activeAlses, locale: 'es' }).headline.message
 * // '12 de 33 países sin ALS'
 */
export function countryCoverage(input: CountryCoverageInput): CountryCoverageResult {
  const { locale } = input
  const alsCounts = new Map<string, { total: number; active: number; applicants: number }>()
  for (const als of input.alses) {
    const code = als.country.toUpperCase()
    let counts = alsCounts.get(code)
    if (!counts) {
      counts = { total: 0, active: 0, applicants: 0 }
      alsCounts.set(code, counts)
    }
    if (als.status === 'applicant') counts.applicants++
    else if (ACCREDITED.has(als.status)) {
      counts.total++
      if (input.activeAlses.has(als.id)) counts.active++
    }
  }
  const memberCounts = new Map<string, { total: number; active: number }>()
  for (const member of input.members) {
    const code = (member.country ?? '').toUpperCase()
    let counts = memberCounts.get(code)
    if (!counts) {
      counts = { total: 0, active: 0 }
      memberCounts.set(code, counts)
    }
    counts.total++
    if (input.activeMembers.has(member.id)) counts.active++
  }

  const subregions = new Map<Subregion, SubregionCoverage>(
    SUBREGIONS.map((subregion) => [
      subregion,
      {
        subregion,
        label: valueLabel('subregion', subregion, locale),
        countries: 0,
        withAls: 0,
        withoutAls: 0,
        members: 0,
        activeMembers: 0,
      },
    ])
  )
  const countries: CountryCoverage[] = []
  let placed = 0
  for (const country of input.countries) {
    const members = memberCounts.get(country.code) ?? { total: 0, active: 0 }
    const area = subregions.get(country.subregion)
    placed += members.total
    if (area) {
      area.members += members.total
      area.activeMembers += members.active
    }
    if (!country.inDashboardSet) continue
    const alses = alsCounts.get(country.code) ?? { total: 0, active: 0, applicants: 0 }
    const noAls = alses.total === 0
    countries.push({
      code: country.code,
      name: country.names[locale],
      subregion: country.subregion,
      alses,
      members,
      noAls,
    })
    if (area) {
      area.countries++
      if (noAls) area.withoutAls++
      else area.withAls++
    }
  }
  const without = countries.filter((country) => country.noAls).map((country) => country.code)
  return {
    countries,
    subregions: [...subregions.values()],
    headline: {
      withoutAls: without.length,
      total: countries.length,
      countries: without,
      message: t(locale, 'dashboard.headline', {
        count: without.length,
        total: countries.length,
      }),
    },
    unplacedMembers: input.members.length - placed,
  }
}
