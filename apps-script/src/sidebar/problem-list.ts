// A list of problems (tab, row, column, message); a problem with a place in the spreadsheet is a
// button that puts the cursor on its cell (the server's selectCell).
/// <reference lib="dom" />
import type { ActionProblem } from '../actions/action-error'
import { h, replaceChildren } from './dom'
import { errorText } from './error-text'
import { isFailure } from './outcome'
import type { SidebarContext } from './sidebar-context'

/**
 * Where a problem is, as the user reads it: 'Events · row 14 · Start date'.
 *
 * @example
 * problemPlace({ tab: null, row: 3, column: 'Date', ... }, text) // 'Row 3 · Date'
 */
export function problemPlace(
  problem: ActionProblem,
  { text }: Pick<SidebarContext, 'text'>
): string {
  const parts: string[] = []
  if (problem.tab) parts.push(problem.tab)
  if (problem.row !== null)
    parts.push(
      text(parts.length === 0 ? 'sidebar.problem.rowFirst' : 'sidebar.problem.row', {
        row: problem.row,
      })
    )
  if (problem.column) parts.push(problem.column)
  return parts.join(' · ')
}

function problemBody(problem: ActionProblem, context: SidebarContext): HTMLElement[] {
  const severity = problem.severity === 'warning' ? 'warning' : 'error'
  const place = problemPlace(problem, context)
  return [
    h(
      'span',
      { class: 'where' },
      h('span', { class: `tag ${severity}` }, context.text(`sidebar.problem.${severity}`)),
      ' ',
      place
    ),
    h('span', { class: 'what' }, problem.message),
  ]
}

/**
 * The problems, each with its place and message; `total` above the number listed says that the
 * rest are marked in the sheet.
 *
 * @example
 * status.show(h('p', {}, report.message), problemList(report.problems, context, { total: report.problemCount }))
 */
export function problemList(
  problems: readonly ActionProblem[],
  context: SidebarContext,
  options: { total?: number } = {}
): HTMLElement {
  const { text, call } = context
  const selection = h('p', { class: 'selection', role: 'status', 'aria-live': 'polite' })
  const items = problems.map((problem) => {
    const body = problemBody(problem, context)
    const { tab, row, column } = problem
    if (!tab || row === null) return h('li', { class: 'problem' }, ...body)
    const button = h(
      'button',
      { type: 'button', class: 'problem', title: text('sidebar.problem.goTo') },
      ...body
    )
    button.addEventListener('click', async () => {
      try {
        const result = await call('selectCell', tab, row, column)
        if (isFailure(result)) {
          replaceChildren(selection, result.message)
          return
        }
        for (const other of list.querySelectorAll('[aria-current]'))
          other.removeAttribute('aria-current')
        button.setAttribute('aria-current', 'true')
        replaceChildren(
          selection,
          text('sidebar.problem.selected', { place: problemPlace(problem, context) })
        )
      } catch (error) {
        replaceChildren(selection, errorText(error, text))
      }
    })
    return h('li', {}, button)
  })
  // Focusable, so that the list scrolls from the keyboard too when it is taller than its box.
  const list = h(
    'ul',
    { class: 'problems', tabindex: 0, 'aria-label': text('sidebar.problem.list') },
    ...items
  )
  const total = options.total ?? problems.length
  return h(
    'div',
    { class: 'problem-list' },
    list,
    total > problems.length &&
      h(
        'p',
        { class: 'note' },
        text('sidebar.problem.more', { shown: problems.length, count: total })
      ),
    selection
  )
}
