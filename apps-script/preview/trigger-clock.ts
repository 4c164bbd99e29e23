// Runs the preview's installed time-driven triggers on their schedule, as Apps Script would
// (the 15-minute registration sync, for one), so the preview behaves like the real spreadsheet.
import { type AddonRuntime, errorMessage } from './addon-runtime'

/**
 * Checks the installed triggers every `tickMs` and runs each one `everyMinutes` after it was
 * installed or last ran. A trigger's failure is logged, as Apps Script logs it, and retried
 * at its next time.
 *
 * @example
 * const clock = startTriggerClock(runtime, console.log)
 * clock.stop()
 */
export function startTriggerClock(
  runtime: AddonRuntime,
  log: (line: string) => void,
  options: { tickMs?: number; now?: () => number } = {}
): { stop(): void; tick(): void } {
  const now = options.now ?? Date.now
  const due = new Map<string, number>()
  const tick = () => {
    const installed = runtime.fake.triggers.installed
    for (const id of due.keys()) {
      if (!installed.some((trigger) => trigger.id === id)) due.delete(id)
    }
    for (const trigger of [...installed]) {
      const period = trigger.everyMinutes * 60_000
      const next = due.get(trigger.id)
      if (next === undefined) {
        due.set(trigger.id, now() + period)
        continue
      }
      if (now() < next) continue
      due.set(trigger.id, now() + period)
      try {
        runtime.call(trigger.handler, { triggerUid: trigger.id })
        log(`trigger ${trigger.handler} ran`)
      } catch (error) {
        log(`trigger ${trigger.handler} failed: ${errorMessage(error)}`)
      }
    }
  }
  const timer = setInterval(tick, options.tickMs ?? 15_000)
  timer.unref()
  return { stop: () => clearInterval(timer), tick }
}
