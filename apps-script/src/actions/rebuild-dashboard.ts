// "Rebuild the dashboard": every source tab read once (Prospects too, for the outreach pipeline
// of the countries without an ALS), the shared dashboard model built, the Dashboard tab
// rewritten in a few batched calls with its charts, and Active and Reason on Members and ALS
// recomputed; the same from a daily trigger.
import { buildDashboard, type Dashboard } from '../../../shared/dashboard/build-dashboard'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { ActionHost } from './action-host'
import { writeActivity } from './activity-columns'
import { dashboardLayout } from './dashboard-layout'
import { type ReportSpreadsheetApp, writeReport } from './report-sheet'
import { type ActionResult, runAction } from './run-action'
import { recordReader } from './workbook-records'

/** The tab the dashboard is written to. */
export const DASHBOARD_TAB = 'Dashboard'

/** Where the last rebuild is recorded for the sidebar (Document Properties). */
export const LAST_REBUILD_PROPERTY = 'LACRALO_LAST_DASHBOARD'

/** The most ALS review entries the sidebar lists (the tab lists them all). */
export const MAX_REVIEW_LISTED = 50

/** An ALS due for review, as the sidebar lists it. */
export interface AlsReviewView {
  alsId: string
  name: string
  country: string
  lastSeen: string | null
  message: string
}

/** What a rebuild found; plain JSON for the sidebar. */
export interface DashboardReport {
  message: string
  asOf: string
  /** "12 of 33 countries without an ALS". */
  headline: string
  /**
   * "12 of 33 countries without an ALS: prospects in progress in 5, no prospect yet in 4", or
   * what to do when the workbook has no Prospects tab.
   */
  pipelineHeadline: string
  countriesWithoutAls: { code: string; name: string }[]
  totals: Dashboard['totals']
  upcomingEvents: number
  lateDeadlines: number
  alsReviewCount: number
  alsReview: AlsReviewView[]
  /** Rows other tabs could not give (left out of the figures). */
  notes: string[]
  rebuiltAt: string
}

/**
 * Builds the dashboard from the workbook (each tab read once) and writes it: the Dashboard
 * tab, and Active and Reason on Members and ALS. Call it holding the lock.
 *
 * @example
 * rebuildDashboard(host, SpreadsheetApp).headline // '12 of 33 countries without an ALS'
 */
export function rebuildDashboard(host: ActionHost, app: ReportSpreadsheetApp): DashboardReport {
  const { locale } = host
  const reader = recordReader(host)
  const settings = reader.settings()
  const countries = reader.countries()
  const members = reader.tab('Members')
  const alses = reader.tab('ALS', { optional: true })
  const participation = reader.tab('Participation', { optional: true })
  const events = reader.tab('Events', { optional: true })
  const webinars = reader.tab('Webinars', { optional: true })
  const registrations = reader.tab('Registrations', { optional: true })
  // A workbook set up before the Prospects tab existed reads it as missing (no header row).
  const prospects = reader.tab('Prospects', { optional: true })
  const prospectsMissing = prospects.content.headers.length === 0
  const records = <T>(loaded: { records: { record: T }[] }) =>
    loaded.records.map(({ record }) => record)
  const model = buildDashboard({
    countries,
    alses: records(alses),
    members: records(members),
    records: records(participation),
    events: records(events),
    webinars: records(webinars),
    registrations: records(registrations),
    prospects: prospectsMissing ? null : records(prospects),
    settings,
    today: reader.today,
    locale,
  })
  const countryNames = new Map(countries.map((country) => [country.code, country.names[locale]]))
  writeReport(app, DASHBOARD_TAB, dashboardLayout(model, { settings, countryNames }), {
    properties: host.properties.document,
  })
  const memberVerdicts = model.members
  writeActivity(
    host.workbook,
    'Members',
    members.content,
    members.records.map(({ rowNumber }, index) => ({
      rowNumber,
      active: memberVerdicts[index]?.active ?? false,
      reason: memberVerdicts[index]?.message ?? '',
    }))
  )
  writeActivity(
    host.workbook,
    'ALS',
    alses.content,
    alses.records.map(({ rowNumber }, index) => ({
      rowNumber,
      active: model.alses[index]?.active ?? false,
      reason: model.alses[index]?.message ?? '',
    }))
  )
  return dashboardReport(model, locale, countryNames, reader.notes, host.now())
}

function dashboardReport(
  model: Dashboard,
  locale: Locale,
  countryNames: ReadonlyMap<string, string>,
  notes: string[],
  now: Date
): DashboardReport {
  const without = model.headline.countries.map((code) => ({
    code,
    name: countryNames.get(code) ?? code,
  }))
  const late = model.upcomingEvents.filter((event) => event.late).length
  return {
    message: t(locale, 'dashboard.rebuild.done', {
      headline: model.headline.message,
      active: model.totals.activeMembers,
      members: model.totals.members,
      review: model.alsReview.length,
    }),
    asOf: model.asOf,
    headline: model.headline.message,
    pipelineHeadline:
      model.pipeline?.headline.message ?? t(locale, 'dashboard.tab.pipelineMissing'),
    countriesWithoutAls: without,
    totals: model.totals,
    upcomingEvents: model.upcomingEvents.length,
    lateDeadlines: late,
    alsReviewCount: model.alsReview.length,
    alsReview: model.alsReview.slice(0, MAX_REVIEW_LISTED).map((entry) => ({
      alsId: entry.alsId,
      name: entry.name,
      country: countryNames.get(entry.country) ?? entry.country,
      lastSeen: entry.lastSeen,
      message: entry.message,
    })),
    notes,
    rebuiltAt: now.toISOString(),
  }
}

/**
 * The menu and sidebar action: rebuildDashboard under the lock, with a toast.
 *
 * @example
 * export function rebuildDashboard() { return runRebuildDashboard(appsScriptActionHost(), SpreadsheetApp) }
 */
export function runRebuildDashboard(
  host: ActionHost,
  app: ReportSpreadsheetApp,
  options: { trigger?: 'manual' | 'schedule' } = {}
): ActionResult<DashboardReport> {
  const scheduled = options.trigger === 'schedule'
  const result = runAction(
    host,
    { title: 'insights.menu.rebuildDashboard', lock: true, toast: !scheduled },
    () => rebuildDashboard(host, app)
  )
  host.properties.document.setProperty(
    LAST_REBUILD_PROPERTY,
    JSON.stringify({
      finishedAt: host.now().toISOString(),
      trigger: scheduled ? 'schedule' : 'manual',
      ok: result.ok,
      message: result.message,
    })
  )
  return result
}
