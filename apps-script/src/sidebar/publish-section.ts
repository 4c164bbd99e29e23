// "Publish": the Events tab to the public calendar, the Webinars tab to the registration pages;
// shows the new version and what was added, changed and removed.
/// <reference lib="dom" />
import { actionButton, createStatus, runAction } from './action'
import { h } from './dom'
import { figures } from './figures'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function publicLink(base: string, path: string, label: string): HTMLElement {
  return h(
    'p',
    { class: 'link' },
    h('a', { href: `${base}${path}`, target: '_blank', rel: 'noopener' }, label)
  )
}

/**
 * The Publish section: one button for the calendar, one for the webinars, one outcome area.
 *
 * @example
 * root.append(publishSection(context))
 */
export function publishSection(context: SidebarContext): HTMLElement {
  const { text, call, locale } = context
  const status = createStatus(text)
  const calendar = actionButton(
    text('sidebar.publish.calendarButton'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.publish.calendarBusy'),
        run: () => call('publishCalendar'),
        done: (report) =>
          status.show(
            h('p', { class: 'result' }, report.message),
            figures(
              [
                [text('sidebar.figure.version'), report.version],
                [text('sidebar.figure.events'), report.counts.events],
                [text('sidebar.figure.added'), report.counts.added],
                [text('sidebar.figure.changed'), report.counts.changed],
                [text('sidebar.figure.removed'), report.counts.removed],
              ],
              locale
            ),
            publicLink(
              report.workerUrl,
              `/embed?lang=${locale}`,
              text('sidebar.publish.openCalendar')
            )
          ),
      }),
    { primary: true }
  )
  const webinars = actionButton(
    text('sidebar.publish.webinarsButton'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.publish.webinarsBusy'),
        run: () => call('publishWebinars'),
        done: (report) =>
          status.show(
            h('p', { class: 'result' }, report.message),
            figures(
              [
                [text('sidebar.figure.webinars'), report.webinars],
                [text('sidebar.figure.added'), report.added.length],
                [text('sidebar.figure.changed'), report.changed.length],
                [text('sidebar.figure.archived'), report.archived.length],
                [text('sidebar.figure.promoted'), report.promoted],
              ],
              locale
            ),
            publicLink(
              report.workerUrl,
              `/webinars?lang=${locale}`,
              text('sidebar.publish.openWebinars')
            )
          ),
      })
  )
  return section(
    'publish',
    text('sidebar.publish.heading'),
    text('sidebar.publish.intro'),
    h('div', { class: 'actions' }, calendar, webinars),
    status.element
  )
}
