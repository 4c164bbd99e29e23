// The time-driven trigger that syncs registrations: the slice of ScriptApp that installs it.

/** A trigger, reduced to what the add-on reads. */
export interface HostTrigger {
  getHandlerFunction(): string
}

/** `ScriptApp`, reduced to time-driven triggers. */
export interface HostScriptApp {
  newTrigger(functionName: string): {
    timeBased(): { everyMinutes(minutes: number): { create(): HostTrigger } }
  }
  getProjectTriggers(): HostTrigger[]
  deleteTrigger(trigger: HostTrigger): void
}

export interface TriggerService {
  /** True when a trigger runs `handler`. */
  has(handler: string): boolean
  /** Installs a trigger running `handler` every `minutes`, unless one is there already. */
  install(handler: string, minutes: number): boolean
  /** Removes every trigger that runs `handler`; answers how many there were. */
  remove(handler: string): number
}

/**
 * Triggers over ScriptApp. In a spreadsheet-bound script a trigger may run every 15 minutes;
 * an add-on published on the Google Workspace Marketplace is held to one run an hour at most,
 * so a Marketplace build must use everyHours(1) instead.
 *
 * @example
 * createTriggerService(ScriptApp).install('syncRegistrationsOnSchedule', 15)
 */
export function createTriggerService(scriptApp: HostScriptApp): TriggerService {
  const matching = (handler: string) =>
    scriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === handler)
  return {
    has: (handler) => matching(handler).length > 0,
    install(handler, minutes) {
      if (matching(handler).length > 0) return false
      scriptApp.newTrigger(handler).timeBased().everyMinutes(minutes).create()
      return true
    },
    remove(handler) {
      const found = matching(handler)
      for (const trigger of found) scriptApp.deleteTrigger(trigger)
      return found.length
    },
  }
}
