// The on/off switch of a time-driven trigger (the registration sync, the dashboard rebuild).
/// <reference lib="dom" />
import type { ActionFailure } from '../actions/run-action'
import { h, replaceChildren } from './dom'
import { errorText } from './error-text'
import { isFailure } from './outcome'
import type { SidebarContext } from './sidebar-context'

export interface ScheduleSwitchOptions<S extends { scheduled: boolean; message: string }> {
  context: SidebarContext
  /** The switch: disabled until the state has loaded, and while a change is under way. */
  checkbox: HTMLInputElement
  /** Where the outcome of turning it on or off is said. */
  note: HTMLElement
  /** Where a failure to read the state is shown (the section's last-run block). */
  lastRun: HTMLElement
  load: () => Promise<S | ActionFailure>
  turn: (on: boolean) => Promise<S | ActionFailure>
  /** "Turning on…" / "Turning off…" in the sidebar's language. */
  turning: (on: boolean) => string
  /** Shows a state the server answered (switch, label, last run). */
  show: (state: S) => void
  /** Called once the first load has finished, whatever its outcome. */
  loaded: () => void
}

/**
 * Wires a schedule switch to the server and returns `refresh`, which reads the state again.
 * A refused or failed change puts the switch back and says why.
 *
 * @example
 * const refresh = scheduleSwitch({ context, checkbox, note, lastRun, load: () => call('getSyncStatus'), … })
 */
export function scheduleSwitch<S extends { scheduled: boolean; message: string }>(
  options: ScheduleSwitchOptions<S>
): () => Promise<void> {
  const { checkbox, note, lastRun } = options
  const text = options.context.text
  const refresh = async () => {
    try {
      const state = await options.load()
      if (isFailure(state)) replaceChildren(lastRun, h('p', { class: 'error' }, state.message))
      else options.show(state)
    } catch (error) {
      replaceChildren(lastRun, h('p', { class: 'error' }, errorText(error, text)))
    } finally {
      checkbox.disabled = false
      options.loaded()
    }
  }

  checkbox.addEventListener('change', async () => {
    const wanted = checkbox.checked
    checkbox.disabled = true
    replaceChildren(note, options.turning(wanted))
    try {
      const state = await options.turn(wanted)
      if (isFailure(state)) {
        checkbox.checked = !wanted
        replaceChildren(note, h('span', { class: 'error-text' }, state.message))
      } else {
        options.show(state)
        replaceChildren(note, state.message)
      }
    } catch (error) {
      checkbox.checked = !wanted
      replaceChildren(note, h('span', { class: 'error-text' }, errorText(error, text)))
    } finally {
      checkbox.disabled = false
    }
  })
  return refresh
}
