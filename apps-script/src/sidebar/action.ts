// Long actions: the button shows it is busy, a live region says what is happening and then the
// result or the error, and no other action starts meanwhile (the server would refuse it anyway).
/// <reference lib="dom" />
import type { ActionFailure } from '../actions/run-action'
import { type Child, h, replaceChildren } from './dom'
import { errorText } from './error-text'
import { failureProblems, isFailure } from './outcome'
import { problemList } from './problem-list'
import type { SidebarContext } from './sidebar-context'
import type { SidebarText } from './sidebar-text'

/**
 * A section's outcome: a polite live region (role status) for what is running and the short
 * result or error, which screen readers announce, and below it the details (lists, figures),
 * which they can read but which are not announced in full.
 */
export interface Status {
  element: HTMLElement
  busy(message: string): void
  show(summary: Child, ...details: Child[]): void
  error(message: string, ...details: Child[]): void
  clear(): void
}

/**
 * The outcome area of a section.
 *
 * @example
 * const status = createStatus(text)
 * section.append(button, status.element)
 */
export function createStatus(text: SidebarText): Status {
  const live = h('div', { class: 'live', role: 'status', 'aria-live': 'polite' })
  const details = h('div', { class: 'details' })
  const element = h('div', { class: 'status' }, live, details)
  return {
    element,
    busy(message) {
      element.dataset.state = 'busy'
      replaceChildren(details)
      replaceChildren(
        live,
        h('p', { class: 'busy' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), message)
      )
    },
    show(summary, ...more) {
      element.dataset.state = 'done'
      replaceChildren(live, summary)
      replaceChildren(details, ...more)
    },
    error(message, ...more) {
      element.dataset.state = 'error'
      replaceChildren(
        live,
        h('p', { class: 'error' }, h('strong', {}, `${text('sidebar.error.label')} `), message)
      )
      replaceChildren(details, ...more)
    },
    clear() {
      delete element.dataset.state
      replaceChildren(live)
      replaceChildren(details)
    },
  }
}

const ACTION = 'data-action'

/**
 * A button that starts an action. While any action runs, every action button is
 * aria-disabled (it keeps focus, unlike `disabled`) and its clicks are ignored.
 *
 * @example
 * const button = actionButton('Validate', () => validate(), { primary: true })
 */
export function actionButton(
  label: string,
  onClick: (button: HTMLButtonElement) => void,
  options: { primary?: boolean } = {}
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: options.primary ? 'primary' : 'secondary', [ACTION]: '' },
    label
  )
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') === 'true') return
    onClick(button)
  })
  return button
}

function setActionsDisabled(disabled: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`button[${ACTION}]`)) {
    if (disabled) button.setAttribute('aria-disabled', 'true')
    else button.removeAttribute('aria-disabled')
  }
}

export interface ActionOptions<T> {
  button: HTMLButtonElement
  status: Status
  /** What the status says, and the button shows, while the action runs: 'Publishing…'. */
  busyLabel: string
  context: SidebarContext
  run: () => Promise<T>
  /** Shows a successful result in the status. */
  done: (result: Exclude<T, ActionFailure>) => void
}

/**
 * Runs a long action with its button busy and its status live, then shows the result; a
 * failure the server explains (ok: false) is shown as an error with its problems listed, and
 * so is a call that failed. Resolves with the result, or undefined after a failure.
 *
 * @example
 * await runAction({ button, status, context, busyLabel: text('sidebar.publish.calendarBusy'),
 *   run: () => call('publishCalendar'), done: (report) => status.show(...) })
 */
export async function runAction<T>(
  options: ActionOptions<T>
): Promise<Exclude<T, ActionFailure> | undefined> {
  const { button, status, context } = options
  const label = button.textContent ?? ''
  setActionsDisabled(true)
  button.classList.add('busy')
  button.textContent = options.busyLabel
  status.busy(options.busyLabel)
  try {
    const result = await options.run()
    if (isFailure(result)) {
      const problems = failureProblems(result)
      status.error(result.message, problems.length > 0 && problemList(problems, context))
      return undefined
    }
    const success = result as Exclude<T, ActionFailure>
    options.done(success)
    return success
  } catch (error) {
    status.error(errorText(error, context.text))
    return undefined
  } finally {
    button.classList.remove('busy')
    button.textContent = label
    setActionsDisabled(false)
  }
}
