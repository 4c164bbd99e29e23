// "Set up": creates the workbook's tabs and columns, and lists what it changed.
/// <reference lib="dom" />
import { actionButton, createStatus, runAction } from './action'
import { h } from './dom'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

/**
 * The Set up section: one button, then the server's report (already in the user's language).
 *
 * @example
 * root.append(setupSection(context))
 */
export function setupSection(context: SidebarContext): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const button = actionButton(
    text('sidebar.setup.button'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.setup.busy'),
        run: () => call('setUpSpreadsheet'),
        done: (report) => {
          const [summary, ...changes] = report.lines
          status.show(
            h('p', { class: 'result' }, summary ?? ''),
            changes.length > 0 &&
              h('ul', { class: 'changes' }, ...changes.map((line) => h('li', {}, line)))
          )
        },
      }),
    { primary: true }
  )
  return section(
    'setup',
    text('sidebar.setup.heading'),
    text('sidebar.setup.intro'),
    h('div', { class: 'actions' }, button),
    status.element
  )
}
