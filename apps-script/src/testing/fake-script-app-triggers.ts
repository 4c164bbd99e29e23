// In-memory stand-in for ScriptApp's triggers: time-driven triggers built, listed and deleted,
// with the limits Apps Script puts on them.

/** A trigger, as ScriptApp returns it. */
export interface FakeTrigger {
  getHandlerFunction(): string
  getUniqueId(): string
  getEventType(): 'CLOCK'
  getTriggerSource(): 'CLOCK'
}

export interface FakeClockTriggerBuilder {
  everyMinutes(minutes: number): FakeClockTriggerBuilder
  everyHours(hours: number): FakeClockTriggerBuilder
  create(): FakeTrigger
}

export interface FakeScriptApp {
  newTrigger(functionName: string): { timeBased(): FakeClockTriggerBuilder }
  getProjectTriggers(): FakeTrigger[]
  deleteTrigger(trigger: FakeTrigger): void
  EventType: { CLOCK: 'CLOCK' }
}

/** An installed trigger, as plain data. */
export interface InstalledTrigger {
  id: string
  handler: string
  everyMinutes: number
}

/** The test's view of the project's triggers. */
export interface FakeTriggerRecord {
  readonly installed: InstalledTrigger[]
}

// Apps Script accepts only these minute intervals; an hourly trigger is everyHours(1).
const MINUTE_STEPS = [1, 5, 10, 15, 30]

/**
 * A fresh ScriptApp for triggers and the record of what is installed.
 *
 * @example
 * const { service, triggers } = createFakeScriptApp()
 * service.newTrigger('syncRegistrationsOnSchedule').timeBased().everyMinutes(15).create()
 * triggers.installed // [{ id: 'trigger-1', handler: 'syncRegistrationsOnSchedule', everyMinutes: 15 }]
 */
export function createFakeScriptApp(): { service: FakeScriptApp; triggers: FakeTriggerRecord } {
  const installed: InstalledTrigger[] = []
  let next = 1
  const triggerOf = (stored: InstalledTrigger): FakeTrigger => ({
    getHandlerFunction: () => stored.handler,
    getUniqueId: () => stored.id,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
  })
  const service: FakeScriptApp = {
    newTrigger(functionName) {
      if (typeof functionName !== 'string' || functionName === '') {
        throw new Error('Exception: Invalid argument: functionName')
      }
      return {
        timeBased() {
          let minutes: number | null = null
          const builder: FakeClockTriggerBuilder = {
            everyMinutes(value) {
              if (!MINUTE_STEPS.includes(value)) {
                throw new Error(
                  'Exception: The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.'
                )
              }
              minutes = value
              return builder
            },
            everyHours(value) {
              if (!Number.isInteger(value) || value < 1) {
                throw new Error('Exception: Invalid argument: hours')
              }
              minutes = value * 60
              return builder
            },
            create() {
              if (minutes === null) throw new Error('Exception: the trigger has no schedule.')
              const stored = {
                id: `trigger-${next++}`,
                handler: functionName,
                everyMinutes: minutes,
              }
              installed.push(stored)
              return triggerOf(stored)
            },
          }
          return builder
        },
      }
    },
    getProjectTriggers: () => installed.map(triggerOf),
    deleteTrigger(trigger) {
      const index = installed.findIndex((stored) => stored.id === trigger.getUniqueId())
      if (index !== -1) installed.splice(index, 1)
    },
    EventType: { CLOCK: 'CLOCK' },
  }
  return { service, triggers: { installed } }
}
