// "Validate": checks every tab, lists the problems; clicking one puts the cursor on its cell.
/// <reference lib="dom" />
import { actionButton, createStatus, runAction } from './action'
import { h } from './dom'
import { problemList } from './problem-list'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

/**
 * The Validate section.
 *
 * @example
 * root.append(validateSection(context))
 */
export function validateSection(context: SidebarContext): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const button = actionButton(
    text('sidebar.validate.button'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.validate.busy'),
        run: () => call('validateSpreadsheet'),
        done: (report) =>
          status.show(
            h('p', { class: report.valid ? 'result' : 'result attention' }, report.message),
            report.problems.length > 0 &&
              problemList(report.problems, context, { total: report.problemCount })
          ),
      }),
    { primary: true }
  )
  return section(
    'validate',
    text('sidebar.validate.heading'),
    text('sidebar.validate.intro'),
    h('div', { class: 'actions' }, button),
    status.element
  )
}
