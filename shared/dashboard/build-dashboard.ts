// The dashboard model: everything the Dashboard tab and its charts show, as plain data.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { alsActivities, alsRoster } from '../participation/als-activity'
import {
  ACCREDITED_ALS_STATUSES,
  type AlsReviewEntry,
  alsReviewList,
} from '../participation/als-review'
import { memberActivities } from '../participation/member-activity'
import { indexParticipation, type ParticipationFact } from '../participation/participation-index'
import type { Als } from '../schemas/als'
import type { Country } from '../schemas/country'
import type { Member } from '../schemas/member'
import { isIsoDate } from '../schemas/primitives'
import type { Registration } from '../schemas/registration'
import type { Settings } from '../schemas/settings'
import type { Webinar } from '../schemas/webinar'
import { type ActivityMonth, activityOverTime } from './activity-over-time'
import {
  type CountryCoverage,
  type CoverageHeadline,
  countryCoverage,
  type SubregionCoverage,
} from './country-coverage'
import { type CountryProspect, type OutreachPipeline, outreachPipeline } from './outreach-pipeline'
import { type UpcomingEvent, type UpcomingEventSource, upcomingEvents } from './upcoming-events'
import { type WebinarRegistrationsResult, webinarRegistrations } from './webinar-registrations'

export interface DashboardInput {
  /** The Countries tab (staff may move a country or change the dashboard set). */
  countries: readonly Pick<Country, 'code' | 'names' | 'subregion' | 'inDashboardSet'>[]
  alses: readonly Als[]
  members: readonly Pick<Member, 'id' | 'name' | 'country' | 'alsId'>[]
  records: readonly ParticipationFact[]
  events: readonly UpcomingEventSource[]
  webinars: readonly Pick<Webinar, 'slug' | 'titles' | 'start' | 'capacity'>[]
  registrations: readonly Pick<Registration, 'webinarSlug' | 'status'>[]
  settings: Settings
  /** YYYY-MM-DD. */
  today: string
  /** The language of labels and sentences; English by default. */
  locale?: Locale
  /** How far ahead "upcoming" looks, in days; 90 by default. */
  upcomingDays?: number
  /**
   * The Prospects tab's records, for the pipeline of the countries without an ALS; null when
   * the workbook has no Prospects tab (set up before it existed), none when left out.
   */
  prospects?: readonly CountryProspect[] | null
}

/** A member's activity as the Members tab shows it. */
export interface DashboardMember {
  id: string
  active: boolean
  lastSeen: string | null
  message: string
}

/** An ALS's activity as the ALS tab shows it. */
export interface DashboardAls {
  id: string
  name: string
  country: string
  status: Als['status']
  active: boolean
  basis: 'representatives' | 'members'
  message: string
}

export interface Dashboard {
  asOf: string
  locale: Locale
  totals: {
    countries: number
    countriesWithAls: number
    countriesWithoutAls: number
    /** Accredited ALSes (active, inactive or under review) and the active ones among them. */
    alses: number
    activeAlses: number
    alsApplicants: number
    members: number
    activeMembers: number
    /** Members whose country is not in the Countries data. */
    unplacedMembers: number
  }
  headline: CoverageHeadline
  countries: CountryCoverage[]
  subregions: SubregionCoverage[]
  members: DashboardMember[]
  alses: DashboardAls[]
  alsReview: AlsReviewEntry[]
  upcomingEvents: UpcomingEvent[]
  undatedEvents: number
  webinars: WebinarRegistrationsResult
  activity: ActivityMonth[]
  /** Each country without an ALS and its prospects; null without a Prospects tab. */
  pipeline: OutreachPipeline | null
}

/**
 * Builds the dashboard from the workbook's data: per country of the dashboard set (ALSes
 * active/total, members, active members, `noAls`), the headline "X of 33 countries without an
 * ALS", totals by sub-region, every member's and ALS's activity, the ALS review list, the
 * events of the next 90 days with their CROP request deadlines, registrations per webinar, and
 * participation month by month over the last 12 months, and the outreach pipeline of each
 * country without an ALS (from `prospects`). Pure and host-free; O(n log n) in the number of
 * records, members, ALSes, events and prospects.
 *
 * @example
 * const dashboard = buildDashboard({ countries: COUNTRIES, alses, members, records, events,
 *   webinars, registrations, settings: DEFAULT_SETTINGS, today: '2026-06-30', locale: 'es' })
 * dashboard.headline.message // '12 de 33 países sin ALS'
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const locale = input.locale ?? DEFAULT_LOCALE
  const { today, settings } = input
  if (!isIsoDate(today)) throw new RangeError(`Not a date (YYYY-MM-DD): ${today}`)
  const index = indexParticipation(input.records, today)
  const memberActivity = memberActivities(input.members, index, settings, today, { locale })
  const roster = alsRoster(input.members)
  const alsActivity = alsActivities(input.alses, roster, memberActivity, { locale })

  const activeMembers = new Set<string>()
  for (const [id, activity] of memberActivity) if (activity.active) activeMembers.add(id)
  const accredited = new Set<string>(ACCREDITED_ALS_STATUSES)
  const activeAlses = new Set<string>()
  for (const [id, activity] of alsActivity) if (activity.active) activeAlses.add(id)

  const coverage = countryCoverage({
    countries: input.countries,
    alses: input.alses,
    members: input.members,
    activeMembers,
    activeAlses,
    locale,
  })
  const upcoming = upcomingEvents(input.events, settings, today, {
    days: input.upcomingDays,
    locale,
  })
  const accreditedAlses = input.alses.filter((als) => accredited.has(als.status))

  return {
    asOf: today,
    locale,
    totals: {
      countries: coverage.headline.total,
      countriesWithAls: coverage.headline.total - coverage.headline.withoutAls,
      countriesWithoutAls: coverage.headline.withoutAls,
      alses: accreditedAlses.length,
      activeAlses: accreditedAlses.filter((als) => activeAlses.has(als.id)).length,
      alsApplicants: input.alses.filter((als) => als.status === 'applicant').length,
      members: input.members.length,
      activeMembers: input.members.filter((member) => activeMembers.has(member.id)).length,
      unplacedMembers: coverage.unplacedMembers,
    },
    headline: coverage.headline,
    countries: coverage.countries,
    subregions: coverage.subregions,
    members: input.members.map((member) => {
      const activity = memberActivity.get(member.id)
      return {
        id: member.id,
        active: activity?.active ?? false,
        lastSeen: activity?.lastSeen ?? null,
        message: activity?.message ?? '',
      }
    }),
    alses: input.alses.map((als) => {
      const activity = alsActivity.get(als.id)
      return {
        id: als.id,
        name: als.name,
        country: als.country,
        status: als.status,
        active: activity?.active ?? false,
        basis: activity?.basis ?? 'members',
        message: activity?.message ?? '',
      }
    }),
    alsReview: alsReviewList(input.alses, input.members, index, settings, today, {
      locale,
      roster,
    }),
    upcomingEvents: upcoming.events,
    undatedEvents: upcoming.undated,
    webinars: webinarRegistrations(input.webinars, input.registrations, locale),
    activity: activityOverTime(input.records, index, input.members, settings, today, { locale }),
    pipeline:
      input.prospects === null
        ? null
        : outreachPipeline({
            countries: coverage.countries,
            prospects: input.prospects ?? [],
            today,
            locale,
          }),
  }
}
