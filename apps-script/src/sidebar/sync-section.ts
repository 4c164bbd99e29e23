// "Registrations": sync now, the last run (when, what, any notes) and the 15-minute schedule.
/// <reference lib="dom" />
import type { LastSyncView } from '../actions/sync-registrations'
import type { SyncStatus } from '../actions/sync-schedule'
import { actionButton, createStatus, runAction } from './action'
import { h, replaceChildren, uniqueId } from './dom'
import { figures } from './figures'
import { scheduleSwitch } from './schedule-switch'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function when(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

function lastRun(last: LastSyncView | null, context: SidebarContext): HTMLElement[] {
  const { text, locale } = context
  if (!last) return [h('p', { class: 'note' }, text('sidebar.sync.never'))]
  const how = text(last.trigger === 'schedule' ? 'sidebar.sync.bySchedule' : 'sidebar.sync.byHand')
  const params = { when: when(last.finishedAt, locale), how }
  const counts = last.counts
  return [
    h(
      'p',
      { class: last.ok ? 'note' : 'error' },
      text(last.ok ? 'sidebar.sync.lastOk' : 'sidebar.sync.lastFailed', params)
    ),
    last.ok &&
      figures(
        [
          [text('sidebar.figure.received'), counts.received ?? 0],
          [text('sidebar.figure.new'), counts.added ?? 0],
          [text('sidebar.figure.updated'), counts.updated ?? 0],
          [text('sidebar.figure.emailsSent'), counts.emailsSent ?? 0],
        ],
        locale
      ),
    ...last.lines.slice(1).map((line) => h('p', { class: 'note' }, line)),
  ].filter((node): node is HTMLElement => node instanceof HTMLElement)
}

/**
 * The Registrations section. It asks the server for the schedule and the last run when built.
 *
 * @example
 * root.append(syncSection(context))
 */
export function syncSection(context: SidebarContext): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const last = h('div', { class: 'last-run' })
  const scheduleId = uniqueId('sync-schedule')
  const schedule = h('input', { type: 'checkbox', id: scheduleId, role: 'switch', disabled: true })
  const scheduleLabel = h(
    'label',
    { for: scheduleId },
    text('sidebar.sync.schedule', { minutes: 15 })
  )
  const scheduleNote = h('p', { class: 'note', role: 'status', 'aria-live': 'polite' })

  const showStatus = (state: SyncStatus) => {
    schedule.checked = state.scheduled
    scheduleLabel.textContent = text('sidebar.sync.schedule', { minutes: state.everyMinutes })
    replaceChildren(last, ...lastRun(state.lastSync, context))
  }

  const refresh = scheduleSwitch({
    context,
    checkbox: schedule,
    note: scheduleNote,
    lastRun: last,
    load: () => call('getSyncStatus'),
    turn: (on) => call(on ? 'installSyncSchedule' : 'removeSyncSchedule'),
    turning: (on) => text(on ? 'sidebar.sync.turningOn' : 'sidebar.sync.turningOff'),
    show: showStatus,
    loaded: () => {
      element.dataset.loaded = 'true'
    },
  })

  const syncNow = actionButton(
    text('sidebar.sync.button'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.sync.busy'),
        run: () => call('syncRegistrations'),
        done: (report) => {
          status.show(
            h('p', { class: 'result' }, report.message),
            report.more && h('p', { class: 'note' }, text('sidebar.sync.more')),
            ...report.notes.map((note) => h('p', { class: 'note' }, note))
          )
          void refresh()
        },
      }),
    { primary: true }
  )

  const element = section(
    'sync',
    text('sidebar.sync.heading'),
    text('sidebar.sync.intro'),
    h('div', { class: 'actions' }, syncNow),
    status.element,
    h('h3', {}, text('sidebar.sync.lastHeading')),
    last,
    h('div', { class: 'switch' }, schedule, scheduleLabel),
    scheduleNote
  )
  void refresh()
  return element
}
