import { describe, expect, it } from 'vitest'
import { createAddonRuntime } from './addon-runtime'
import { startTriggerClock } from './trigger-clock'

// A script whose trigger handler counts its runs in Script Properties (which survive runs).
const SCRIPT = `
function install() {
  ScriptApp.newTrigger('syncRegistrationsOnSchedule').timeBased().everyMinutes(15).create()
}
function uninstall() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t) })
}
function syncRegistrationsOnSchedule(event) {
  var store = PropertiesService.getScriptProperties()
  if (store.getProperty('FAIL')) throw new Error('Worker unreachable')
  store.setProperty('RUNS', String(Number(store.getProperty('RUNS') || 0) + 1))
  store.setProperty('TRIGGER', event.triggerUid)
}
`

function setUp() {
  const runtime = createAddonRuntime({ code: SCRIPT })
  let now = Date.UTC(2025, 0, 1, 12)
  const log: string[] = []
  const clock = startTriggerClock(runtime, (line) => log.push(line), { now: () => now })
  clock.stop()
  const runs = () =>
    runtime.fake.globals.PropertiesService.getScriptProperties().getProperty('RUNS')
  return {
    runtime,
    clock,
    log,
    runs,
    advance: (minutes: number) => {
      now += minutes * 60_000
    },
  }
}

describe('startTriggerClock', () => {
  it('runs an installed trigger every 15 minutes from when it was installed, not before', () => {
    const { runtime, clock, runs, advance, log } = setUp()
    runtime.call('install')
    clock.tick()
    advance(14)
    clock.tick()
    expect(runs()).toBeNull()
    advance(1)
    clock.tick()
    expect(runs()).toBe('1')
    advance(10)
    clock.tick()
    expect(runs()).toBe('1')
    advance(5)
    clock.tick()
    expect(runs()).toBe('2')
    expect(log).toEqual([
      'trigger syncRegistrationsOnSchedule ran',
      'trigger syncRegistrationsOnSchedule ran',
    ])
    expect(
      runtime.fake.globals.PropertiesService.getScriptProperties().getProperty('TRIGGER')
    ).toBe('trigger-1')
  })

  it('stops running a trigger once it is removed', () => {
    const { runtime, clock, runs, advance } = setUp()
    runtime.call('install')
    clock.tick()
    runtime.call('uninstall')
    advance(30)
    clock.tick()
    expect(runs()).toBeNull()
  })

  it('logs a failed run and tries again at the next time', () => {
    const { runtime, clock, runs, advance, log } = setUp()
    const store = runtime.fake.globals.PropertiesService.getScriptProperties()
    runtime.call('install')
    clock.tick()
    store.setProperty('FAIL', 'yes')
    advance(15)
    clock.tick()
    expect(log).toEqual(['trigger syncRegistrationsOnSchedule failed: Worker unreachable'])
    store.deleteProperty('FAIL')
    advance(15)
    clock.tick()
    expect(runs()).toBe('1')
  })
})
