// The Dashboard tab as plain data: buildDashboard's model laid out as indicators, tables and
// two charts (coverage by sub-region, activity by month), in the reader's language.
import type { Dashboard } from '../../../shared/dashboard/build-dashboard'
import type { OutreachPipeline } from '../../../shared/dashboard/outreach-pipeline'
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { nameList } from '../../../shared/participation/name-list'
import { countryName } from '../../../shared/reference/countries'
import type { Settings } from '../../../shared/schemas/settings'
import { headerRow } from '../../../shared/workbook/tabs'
import {
  REPORT_STYLE,
  type ReportCell,
  type ReportGrid,
  type ReportLayout,
  reportGrid,
} from './report-grid'

/**
 * The Dashboard's columns: label, then figures (the pipeline's status, stages and liaison in
 * B to D); the charts sit to their right.
 */
export const DASHBOARD_COLUMN_WIDTHS = [280, 140, 240, 160, 110, 110, 110, 110, 110] as const

/** Where the charts' top-left corners sit: column K, beside the tables. */
export const DASHBOARD_CHART_COLUMN = DASHBOARD_COLUMN_WIDTHS.length + 2

const COVERAGE_COLORS = ['#1e8e3e', '#d93025']
const ACTIVITY_COLORS = ['#1a73e8', '#f9ab00']

/** What the layout needs besides the model. */
export interface DashboardLayoutOptions {
  settings: Settings
  /** Countries by code, in the dashboard's language (the Countries tab's names). */
  countryNames?: ReadonlyMap<string, string>
}

function count(value: number): ReportCell {
  return { value, format: 'count' }
}

/** The active rule in words: "at least 3 of the last 6 monthly calls, or a vote in the last election". */
export function activeRuleText(settings: Settings, locale: Locale): string {
  const { callsAttended, ofLastMonthlyCalls, orVotedInLastElection } = settings.activeRule
  const params = { calls: callsAttended, of: ofLastMonthlyCalls }
  return orVotedInLastElection
    ? t(locale, 'dashboard.tab.ruleWithVote', params)
    : t(locale, 'dashboard.tab.rule', params)
}

/**
 * The Dashboard tab for `model`: row 1 keeps the tab's own header (Indicator, Value, Detail)
 * and is frozen; below it the headline "X of 33 countries without an ALS" and the key
 * figures, then the countries of the dashboard set (those without an ALS filled red), the
 * sub-regions, the outreach pipeline of each country without an ALS (filled red when it has
 * no prospect or no contact for 60 days), activity by month, the upcoming events with their
 * CROP request deadlines (late ones filled), registrations per webinar and the ALS review list. Two charts: the
 * coverage by sub-region (stacked columns, with and without an ALS) and activity by month.
 *
 * @example
 * const layout = dashboardLayout(buildDashboard(input), { settings })
 * layout.values[1]?.[0] // '12 of 33 countries without an ALS'
 */
export function dashboardLayout(model: Dashboard, options: DashboardLayoutOptions): ReportLayout {
  const { locale } = model
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params)
  const nameOf = (code: string | null) =>
    code === null ? '' : (options.countryNames?.get(code) ?? countryName(code, locale))
  const grid = reportGrid(DASHBOARD_COLUMN_WIDTHS)
  const { totals, headline } = model

  grid.row(headerRow('Dashboard'), { bold: true, background: REPORT_STYLE.tableHeader })
  grid.row(
    [
      { value: headline.message, size: REPORT_STYLE.headingSize },
      { value: headline.withoutAls, format: 'count', size: REPORT_STYLE.headingSize },
      nameList(headline.countries.map(nameOf), locale, headline.countries.length),
    ],
    {
      bold: true,
      background: headline.withoutAls > 0 ? REPORT_STYLE.highlight : REPORT_STYLE.good,
    }
  )
  grid.row([say('dashboard.tab.withAls'), count(totals.countriesWithAls)])
  grid.row([
    say('dashboard.tab.activeAlses'),
    count(totals.activeAlses),
    say('dashboard.tab.activeAlsesDetail', {
      total: totals.alses,
      applicants: totals.alsApplicants,
    }),
  ])
  grid.row([
    say('dashboard.tab.members'),
    count(totals.members),
    totals.unplacedMembers > 0
      ? say('dashboard.tab.unplaced', { count: totals.unplacedMembers })
      : null,
  ])
  grid.row([
    say('dashboard.tab.activeMembers'),
    count(totals.activeMembers),
    activeRuleText(options.settings, locale),
  ])
  grid.row([
    say('dashboard.tab.activeShare'),
    { value: totals.members === 0 ? 0 : totals.activeMembers / totals.members, format: 'share' },
  ])
  grid.row(
    [
      say('dashboard.tab.alsReview'),
      count(model.alsReview.length),
      say('dashboard.tab.alsReviewDetail', { months: options.settings.alsReviewMonths }),
    ],
    { background: model.alsReview.length > 0 ? REPORT_STYLE.notice : null }
  )
  const late = model.upcomingEvents.filter((event) => event.late).length
  grid.row([
    say('dashboard.tab.upcoming'),
    count(model.upcomingEvents.length),
    say('dashboard.tab.upcomingDetail', { late, undated: model.undatedEvents }),
  ])
  grid.row([say('dashboard.tab.asOf'), model.asOf, say('dashboard.tab.asOfDetail')])
  grid.blank()

  // Countries of the dashboard set.
  const countriesAt = grid.heading(say('dashboard.tab.countriesHeading'))
  grid.table(
    [
      say('dashboard.tab.country'),
      say('dashboard.tab.code'),
      say('dashboard.tab.subregion'),
      say('dashboard.tab.alsActive'),
      say('dashboard.tab.alsTotal'),
      say('dashboard.tab.alsApplicants'),
      say('dashboard.tab.members'),
      say('dashboard.tab.activeMembers'),
      say('dashboard.tab.noAls'),
    ],
    model.countries.map((country) => [
      country.name,
      country.code,
      valueLabel('subregion', country.subregion, locale),
      count(country.alses.active),
      count(country.alses.total),
      count(country.alses.applicants),
      count(country.members.total),
      count(country.members.active),
      country.noAls ? { value: say('dashboard.tab.noAlsMark'), bold: true } : null,
    ]),
    {
      highlight: (index) => (model.countries[index]?.noAls ? REPORT_STYLE.highlight : null),
    }
  )
  grid.blank()

  // Sub-regions: the first three columns feed the coverage chart.
  grid.heading(say('dashboard.tab.subregionsHeading'))
  const subregions = grid.table(
    [
      say('dashboard.tab.subregion'),
      say('dashboard.tab.withAlsColumn'),
      say('dashboard.tab.withoutAlsColumn'),
      say('dashboard.tab.countries'),
      say('dashboard.tab.members'),
      say('dashboard.tab.activeMembers'),
    ],
    model.subregions.map((area) => [
      area.label,
      count(area.withAls),
      count(area.withoutAls),
      count(area.countries),
      count(area.members),
      count(area.activeMembers),
    ])
  )
  grid.chart({
    kind: 'stacked-column',
    title: say('dashboard.tab.coverageChart'),
    range: { ...subregions, numColumns: 3 },
    anchor: { row: countriesAt, column: DASHBOARD_CHART_COLUMN },
    colors: COVERAGE_COLORS,
  })
  grid.blank()

  pipelineSection(grid, model.pipeline, { locale, say })
  grid.blank()

  // Activity month by month: the first three columns feed the activity chart.
  const activityAt = grid.heading(say('dashboard.tab.activityHeading'))
  const activity = grid.table(
    [
      say('dashboard.tab.month'),
      say('dashboard.tab.activeMembers'),
      say('dashboard.tab.participants'),
      say('dashboard.tab.callsHeld'),
      say('dashboard.tab.attendances'),
      say('dashboard.tab.votes'),
      say('dashboard.tab.workingGroups'),
      say('dashboard.tab.other'),
    ],
    model.activity.map((month) => [
      month.label,
      count(month.activeMembers),
      count(month.participants),
      count(month.calls),
      count(month.attendances),
      count(month.votes),
      count(month.workingGroups),
      count(month.other),
    ])
  )
  grid.chart({
    kind: 'line',
    title: say('dashboard.tab.activityChart'),
    range: { ...activity, numColumns: 3 },
    anchor: { row: Math.max(activityAt, countriesAt + 22), column: DASHBOARD_CHART_COLUMN },
    colors: ACTIVITY_COLORS,
  })
  grid.blank()

  // Upcoming events, with the CROP request deadline; late ones filled.
  grid.heading(say('dashboard.tab.eventsHeading'))
  if (model.upcomingEvents.length === 0) grid.row([say('dashboard.tab.noEvents')])
  else
    grid.table(
      [
        say('dashboard.tab.start'),
        say('dashboard.tab.end'),
        say('dashboard.tab.event'),
        say('dashboard.tab.country'),
        say('dashboard.tab.format'),
        say('dashboard.tab.status'),
        say('dashboard.tab.cropDeadline'),
        say('dashboard.tab.daysLeft'),
        say('dashboard.tab.late'),
      ],
      model.upcomingEvents.map((event) => [
        event.startDate,
        event.endDate,
        event.title,
        nameOf(event.country),
        valueLabel('eventFormat', event.format, locale),
        valueLabel('eventStatus', event.status, locale),
        event.cropDeadline,
        event.daysToDeadline === null ? null : count(event.daysToDeadline),
        event.late ? { value: say('dashboard.tab.lateMark'), bold: true } : null,
      ]),
      { highlight: (index) => (model.upcomingEvents[index]?.late ? REPORT_STYLE.highlight : null) }
    )
  grid.blank()

  // Registrations per webinar.
  grid.heading(say('dashboard.tab.webinarsHeading'))
  if (model.webinars.webinars.length === 0) grid.row([say('dashboard.tab.noWebinars')])
  else
    grid.table(
      [
        say('dashboard.tab.webinar'),
        say('dashboard.tab.start'),
        say('dashboard.tab.capacity'),
        say('dashboard.tab.registered'),
        say('dashboard.tab.waitlisted'),
        say('dashboard.tab.cancelled'),
        say('dashboard.tab.seatsLeft'),
        say('dashboard.tab.full'),
      ],
      model.webinars.webinars.map((webinar) => [
        webinar.title,
        webinar.start.slice(0, 16).replace('T', ' '),
        count(webinar.capacity),
        count(webinar.registered),
        count(webinar.waitlisted),
        count(webinar.cancelled),
        count(webinar.seatsLeft),
        webinar.full ? { value: say('dashboard.tab.fullMark'), bold: true } : null,
      ]),
      { highlight: (index) => (model.webinars.webinars[index]?.full ? REPORT_STYLE.notice : null) }
    )
  grid.blank()

  // The ALS review list.
  grid.heading(say('dashboard.tab.alsReviewHeading'))
  if (model.alsReview.length === 0) grid.row([say('dashboard.tab.noAlsReview')])
  else
    grid.table(
      [
        say('dashboard.tab.als'),
        say('dashboard.tab.alsId'),
        say('dashboard.tab.country'),
        say('dashboard.tab.status'),
        say('dashboard.tab.lastSeen'),
        say('dashboard.tab.monthsSince'),
        say('dashboard.tab.people'),
        say('dashboard.tab.why'),
      ],
      model.alsReview.map((entry) => [
        entry.name,
        entry.alsId,
        nameOf(entry.country),
        valueLabel('alsStatus', entry.status, locale),
        entry.lastSeen ?? say('dashboard.tab.never'),
        entry.monthsSince === null ? null : count(entry.monthsSince),
        count(entry.memberCount),
        entry.message,
      ])
    )

  return grid.build({ frozenRows: 1 })
}

// The countries without an ALS and what is being done about each: the attention cases first.
function pipelineSection(
  grid: ReportGrid,
  pipeline: OutreachPipeline | null,
  { locale, say }: { locale: Locale; say: (key: MessageKey, params?: MessageParams) => string }
): void {
  grid.heading(say('dashboard.tab.pipelineHeading'))
  if (pipeline === null) {
    grid.row([say('dashboard.tab.pipelineMissing')], { background: REPORT_STYLE.notice })
    return
  }
  const { headline, countries } = pipeline
  grid.row([headline.message], {
    bold: true,
    background: headline.needsAttention > 0 ? REPORT_STYLE.highlight : REPORT_STYLE.good,
  })
  if (countries.length === 0) return
  grid.row([say('dashboard.tab.pipelineRule', { days: pipeline.staleDays })])
  grid.table(
    [
      say('dashboard.tab.country'),
      say('dashboard.tab.pipelineStatus'),
      say('dashboard.tab.pipelineStages'),
      say('dashboard.tab.liaison'),
      say('dashboard.tab.lastContact'),
      say('dashboard.tab.daysSinceContact'),
      say('dashboard.tab.joined'),
      say('dashboard.tab.declined'),
    ],
    countries.map((country) => [
      country.name,
      { value: country.statusLabel, bold: country.needsAttention },
      country.stagesText,
      country.liaisons.length > 0
        ? nameList(country.liaisons, locale, 3)
        : country.open > 0
          ? say('dashboard.tab.noLiaison')
          : null,
      country.lastContact ?? (country.open > 0 ? say('dashboard.tab.never') : null),
      country.daysSinceContact === null
        ? null
        : { value: country.daysSinceContact, format: 'count', bold: country.needsAttention },
      count(country.joined),
      count(country.declined),
    ]),
    {
      highlight: (index) => {
        const country = countries[index]
        if (country?.needsAttention) return REPORT_STYLE.highlight
        return country?.status === 'joined' ? REPORT_STYLE.good : null
      },
    }
  )
}
