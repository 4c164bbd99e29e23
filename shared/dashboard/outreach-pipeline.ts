// The outreach pipeline of the countries without an ALS: per country, its prospects by stage,
// their liaisons and the days since the last contact, the countries needing attention first.
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { lastContactDate } from '../outreach/last-contact'
import { OPEN_STAGES, type OpenStage, type ProspectDates } from '../outreach/pipeline-stages'
import { daysBetween } from '../participation/date-math'
import type { Prospect } from '../schemas/prospect'
import type { CountryCoverage } from './country-coverage'

/**
 * Where a country without an ALS stands: nobody in view (or only people who declined), people
 * identified but not yet contacted, someone contacted or further on, someone who joined.
 */
export const PIPELINE_STATUSES = [
  'no-prospects',
  'identified-only',
  'in-progress',
  'joined',
] as const
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number]

/** Days without a contact after which a country's pipeline needs attention; 60 by default. */
export const DEFAULT_STALE_DAYS = 60

/** What a country's pipeline reads of a Prospects row. */
export type CountryProspect = Pick<Prospect, 'country' | 'stage' | 'liaison'> & ProspectDates

/** One country of the dashboard set without an ALS, and what is being done about it. */
export interface CountryPipeline {
  code: string
  name: string
  status: PipelineStatus
  /** The status in the reader's language. */
  statusLabel: string
  /** Open prospects by stage, in pipeline order; stages nobody is at are left out. */
  stages: { stage: OpenStage; count: number }[]
  /** "2 contacted · 1 invited"; '' when no prospect is open. */
  stagesText: string
  open: number
  joined: number
  declined: number
  /** The liaisons named on its open prospects, as first written, each once. */
  liaisons: string[]
  /** The latest date of a step after 'identified' of any of its prospects; null if none. */
  lastContact: string | null
  /** Days from the last contact to today (0 for a date after today); null without a contact. */
  daysSinceContact: number | null
  /**
   * Nobody in view, or open prospects not contacted for more than `staleDays` days (or
   * never); a country where someone joined does not.
   */
  needsAttention: boolean
}

/** "12 of 33 countries without an ALS: prospects in progress in 5, no prospect yet in 4". */
export interface PipelineHeadline {
  withoutAls: number
  total: number
  noProspects: number
  identifiedOnly: number
  inProgress: number
  joined: number
  needsAttention: number
  message: string
}

export interface OutreachPipeline {
  headline: PipelineHeadline
  /** The countries without an ALS, those needing attention first. */
  countries: CountryPipeline[]
  staleDays: number
}

export interface OutreachPipelineInput {
  /**
   * The countries of the dashboard set as countryCoverage counts them: its `noAls` is the
   * one definition of a country without an ALS.
   */
  countries: readonly Pick<CountryCoverage, 'code' | 'name' | 'noAls'>[]
  /** The Prospects tab's valid records. */
  prospects: readonly CountryProspect[]
  /** YYYY-MM-DD. */
  today: string
  locale: Locale
  staleDays?: number
}

const PLURAL_RULES = new Map<Locale, Intl.PluralRules>()

function plural(locale: Locale, count: number): 'one' | 'other' {
  let rules = PLURAL_RULES.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    PLURAL_RULES.set(locale, rules)
  }
  return rules.select(count) === 'one' ? 'one' : 'other'
}

/**
 * "2 contacted · 1 invited": the open prospects by stage, in `locale`.
 *
 * @example
 * stagesText([{ stage: 'contacted', count: 2 }, { stage: 'invited', count: 1 }], 'es')
 * // '2 contactados · 1 invitado'
 */
export function stagesText(
  stages: readonly { stage: OpenStage; count: number }[],
  locale: Locale
): string {
  return stages
    .map(({ stage, count }) =>
      t(locale, `dashboard.pipeline.stage.${stage}.${plural(locale, count)}`, {
        count,
      })
    )
    .join(' · ')
}

interface Tally {
  stages: Map<OpenStage, number>
  joined: number
  declined: number
  liaisons: Map<string, string>
  lastContact: string | null
}

function statusOf(tally: Tally, open: number): PipelineStatus {
  if (tally.joined > 0) return 'joined'
  if (open === 0) return 'no-prospects'
  return open === (tally.stages.get('identified') ?? 0) ? 'identified-only' : 'in-progress'
}

// No prospects first; then the longest without a contact (never contacted before any date);
// countries where someone joined last; the Countries data's order within each.
function attentionRank(country: CountryPipeline): number {
  if (country.status === 'no-prospects') return 0
  if (country.status === 'joined') return 2
  return 1
}

/**
 * The pipeline of each country of the dashboard set without an ALS: its open prospects by
 * stage (joined and declined counted apart), the liaisons named on the open ones, the last
 * contact and the days since, and a status; sorted so the countries needing attention come
 * first (no prospects, then the longest since a contact). Prospects of other countries are
 * left out. Linear in countries + prospects.
 *
 * @example
 * const pipeline = outreachPipeline({ countries: coverage.countries, prospects, today: '2026-06-30', locale: 'en' })
 * pipeline.headline.message
 * // '12 of 33 countries without an ALS: prospects in progress in 5, no prospect yet in 4'
 * pipeline.countries[0] // { code: 'BO', status: 'no-prospects', needsAttention: true, ... }
 */
export function outreachPipeline(input: OutreachPipelineInput): OutreachPipeline {
  const { locale, today } = input
  const staleDays = input.staleDays ?? DEFAULT_STALE_DAYS
  const without = input.countries.filter((country) => country.noAls)
  const tallies = new Map<string, Tally>(
    without.map((country) => [
      country.code.toUpperCase(),
      { stages: new Map(), joined: 0, declined: 0, liaisons: new Map(), lastContact: null },
    ])
  )
  for (const prospect of input.prospects) {
    const tally = tallies.get(prospect.country.toUpperCase())
    if (!tally) continue
    const contact = lastContactDate(prospect)
    if (contact && (tally.lastContact === null || contact > tally.lastContact))
      tally.lastContact = contact
    if (prospect.stage === 'joined') tally.joined++
    else if (prospect.stage === 'declined') tally.declined++
    else {
      const stage: OpenStage = prospect.stage
      tally.stages.set(stage, (tally.stages.get(stage) ?? 0) + 1)
      const liaison = prospect.liaison?.trim()
      if (liaison) {
        const key = liaison.toLocaleLowerCase(locale)
        if (!tally.liaisons.has(key)) tally.liaisons.set(key, liaison)
      }
    }
  }

  const countries = without.map((country, order) => {
    const tally = tallies.get(country.code.toUpperCase()) as Tally
    const stages = OPEN_STAGES.filter((stage) => tally.stages.has(stage)).map((stage) => ({
      stage,
      count: tally.stages.get(stage) as number,
    }))
    const open = stages.reduce((sum, { count }) => sum + count, 0)
    const status = statusOf(tally, open)
    const days =
      tally.lastContact === null ? null : Math.max(0, daysBetween(tally.lastContact, today))
    const pipeline: CountryPipeline = {
      code: country.code,
      name: country.name,
      status,
      statusLabel: t(locale, `dashboard.pipeline.status.${status}`),
      stages,
      stagesText: stagesText(stages, locale),
      open,
      joined: tally.joined,
      declined: tally.declined,
      liaisons: [...tally.liaisons.values()],
      lastContact: tally.lastContact,
      daysSinceContact: days,
      needsAttention:
        status === 'no-prospects' || (status !== 'joined' && (days === null || days > staleDays)),
    }
    return { pipeline, order }
  })
  countries.sort(
    (a, b) =>
      attentionRank(a.pipeline) - attentionRank(b.pipeline) ||
      (b.pipeline.daysSinceContact ?? Number.POSITIVE_INFINITY) -
        (a.pipeline.daysSinceContact ?? Number.POSITIVE_INFINITY) ||
      a.order - b.order
  )
  const sorted = countries.map(({ pipeline }) => pipeline)

  const counted = (status: PipelineStatus) =>
    sorted.filter((country) => country.status === status).length
  const headline = {
    withoutAls: sorted.length,
    total: input.countries.length,
    noProspects: counted('no-prospects'),
    identifiedOnly: counted('identified-only'),
    inProgress: counted('in-progress'),
    joined: counted('joined'),
    needsAttention: sorted.filter((country) => country.needsAttention).length,
  }
  const message =
    headline.withoutAls === 0
      ? t(locale, 'dashboard.pipeline.everyCountry')
      : t(locale, 'dashboard.pipeline.headline', {
          count: headline.withoutAls,
          total: headline.total,
          inProgress: headline.inProgress,
          none: headline.noProspects,
        })
  return { headline: { ...headline, message }, countries: sorted, staleDays }
}
