// "Dashboard": rebuild the Dashboard tab, see the headline, the countries without an ALS and
// their outreach pipeline in a sentence, the ALS review list, and switch the daily rebuild on
// or off.
/// <reference lib="dom" />
import type { DashboardSchedule, LastRebuild } from '../actions/dashboard-schedule'
import type { DashboardReport } from '../actions/rebuild-dashboard'
import { actionButton, createStatus, runAction } from './action'
import { h, replaceChildren, uniqueId } from './dom'
import { figures } from './figures'
import { type InsightsText, insightsText } from './insights-text'
import { scheduleSwitch } from './schedule-switch'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function when(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

function lastLine(last: LastRebuild | null, locale: string, say: InsightsText): HTMLElement {
  if (!last) return h('p', { class: 'note' }, say('panel.dashboard.never'))
  const params = {
    when: when(last.finishedAt, locale),
    how: say(last.trigger === 'schedule' ? 'panel.dashboard.bySchedule' : 'panel.dashboard.byHand'),
    message: last.message,
  }
  return last.ok
    ? h('p', { class: 'note' }, say('panel.dashboard.lastOk', params))
    : h('p', { class: 'error' }, say('panel.dashboard.lastFailed', params))
}

function showReport(report: DashboardReport, context: SidebarContext, say: InsightsText) {
  const { totals } = report
  const without = report.countriesWithoutAls
  return [
    h('p', { class: 'headline' }, h('strong', {}, report.headline)),
    figures(
      [
        [say('panel.figure.withoutAls'), totals.countriesWithoutAls],
        [say('panel.figure.activeMembers'), totals.activeMembers],
        [say('panel.figure.alsReview'), report.alsReviewCount],
        [say('panel.figure.upcoming'), report.upcomingEvents],
        [say('panel.figure.late'), report.lateDeadlines],
      ],
      context.locale
    ),
    h('h3', {}, say('panel.dashboard.withoutHeading')),
    without.length === 0
      ? h('p', { class: 'note' }, say('panel.dashboard.everyCountry'))
      : h(
          'ul',
          { class: 'countries-without-als' },
          ...without.map((country) => h('li', {}, `${country.name} (${country.code})`))
        ),
    h('h3', {}, say('panel.dashboard.pipelineHeading')),
    h('p', { class: 'pipeline-headline' }, report.pipelineHeadline),
    h('h3', {}, say('panel.dashboard.reviewHeading', { count: report.alsReviewCount })),
    report.alsReview.length === 0
      ? h('p', { class: 'note' }, say('panel.dashboard.noReview'))
      : h(
          'ul',
          {
            class: 'problems als-review',
            tabindex: 0,
            'aria-label': say('panel.dashboard.reviewHeading', { count: report.alsReviewCount }),
          },
          ...report.alsReview.map((entry) =>
            h(
              'li',
              { class: 'problem' },
              h('span', { class: 'what' }, `${entry.name} (${entry.alsId}, ${entry.country})`),
              h('span', { class: 'where' }, entry.message)
            )
          )
        ),
    report.alsReviewCount > report.alsReview.length &&
      h(
        'p',
        { class: 'note' },
        say('panel.dashboard.reviewMore', {
          shown: report.alsReview.length,
          count: report.alsReviewCount,
        })
      ),
    ...report.notes.map((line) => h('p', { class: 'note' }, line)),
  ]
}

/**
 * The Dashboard section. It asks the server for the schedule and the last rebuild when built.
 *
 * @example
 * root.append(dashboardSection(context))
 */
export function dashboardSection(context: SidebarContext): HTMLElement {
  const { text, locale, call } = context
  const say = insightsText(locale)
  const status = createStatus(text)
  const last = h('div', { class: 'last-run' })
  const scheduleId = uniqueId('dashboard-schedule')
  const schedule = h('input', { type: 'checkbox', id: scheduleId, role: 'switch', disabled: true })
  const scheduleLabel = h(
    'label',
    { for: scheduleId },
    say('panel.dashboard.schedule', { hour: 6 })
  )
  const scheduleNote = h('p', { class: 'note', role: 'status', 'aria-live': 'polite' })

  const showSchedule = (state: DashboardSchedule) => {
    schedule.checked = state.scheduled
    scheduleLabel.textContent = say('panel.dashboard.schedule', { hour: state.hour })
    replaceChildren(last, lastLine(state.lastRebuild, locale, say))
  }
  const refresh = scheduleSwitch({
    context,
    checkbox: schedule,
    note: scheduleNote,
    lastRun: last,
    load: () => call('getDashboardSchedule'),
    turn: (on) => call(on ? 'installDashboardSchedule' : 'removeDashboardSchedule'),
    turning: (on) => say(on ? 'panel.dashboard.turningOn' : 'panel.dashboard.turningOff'),
    show: showSchedule,
    loaded: () => {
      element.dataset.loaded = 'true'
    },
  })

  const rebuild = actionButton(
    say('panel.dashboard.button'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: say('panel.dashboard.busy'),
        run: () => call('rebuildDashboard'),
        done: (report) => {
          status.show(
            h('p', { class: 'result' }, report.message),
            ...showReport(report, context, say)
          )
          void refresh()
        },
      }),
    { primary: true }
  )

  const element = section(
    'dashboard',
    say('panel.dashboard.heading'),
    say('panel.dashboard.intro'),
    h('div', { class: 'actions' }, rebuild),
    status.element,
    last,
    h('div', { class: 'switch' }, schedule, scheduleLabel),
    scheduleNote
  )
  void refresh()
  return element
}
