// Adds ScriptApp's daily schedule (timeBased().everyDays(n).atHour(h)) to the fake triggers of
// fake-script-app-triggers.ts: a daily trigger is recorded as one every 24 × n hours.
import type {
  FakeClockTriggerBuilder,
  FakeScriptApp,
  FakeTrigger,
} from './fake-script-app-triggers'

/** The clock builder with the daily schedule. */
export interface FakeDailyTriggerBuilder extends FakeClockTriggerBuilder {
  everyDays(days: number): FakeDailyTriggerBuilder
  atHour(hour: number): FakeDailyTriggerBuilder
  nearMinute(minute: number): FakeDailyTriggerBuilder
}

/** ScriptApp whose time-based builder also schedules by the day. */
export interface FakeDailyScriptApp extends FakeScriptApp {
  newTrigger(functionName: string): { timeBased(): FakeDailyTriggerBuilder }
}

/**
 * `service` with everyDays, atHour and nearMinute on its time-based builders.
 *
 * @example
 * withDailyTriggers(createFakeScriptApp().service).newTrigger('rebuildDashboardOnSchedule')
 *   .timeBased().everyDays(1).atHour(6).create()
 */
export function withDailyTriggers(service: FakeScriptApp): FakeDailyScriptApp {
  return {
    ...service,
    newTrigger(functionName) {
      const made = service.newTrigger(functionName)
      return {
        timeBased() {
          const inner = made.timeBased()
          let daily = false
          const builder: FakeDailyTriggerBuilder = {
            everyMinutes(minutes) {
              inner.everyMinutes(minutes)
              return builder
            },
            everyHours(hours) {
              inner.everyHours(hours)
              return builder
            },
            everyDays(days) {
              if (!Number.isInteger(days) || days < 1)
                throw new Error('Exception: Invalid argument: days')
              inner.everyHours(24 * days)
              daily = true
              return builder
            },
            atHour(hour) {
              if (!daily) throw new Error('Exception: atHour needs everyDays or everyWeeks first.')
              if (!Number.isInteger(hour) || hour < 0 || hour > 23)
                throw new Error('Exception: Invalid argument: hour')
              return builder
            },
            nearMinute(minute) {
              if (!Number.isInteger(minute) || minute < 0 || minute > 59)
                throw new Error('Exception: Invalid argument: minute')
              return builder
            },
            create: (): FakeTrigger => inner.create(),
          }
          return builder
        },
      }
    },
  }
}
