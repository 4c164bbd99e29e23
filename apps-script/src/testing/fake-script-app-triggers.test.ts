import { describe, expect, it } from 'vitest'
import { createFakeScriptApp } from './fake-script-app-triggers'

describe('fake ScriptApp triggers', () => {
  it('installs, lists and deletes time-driven triggers', () => {
    const { service, triggers } = createFakeScriptApp()
    const trigger = service
      .newTrigger('syncRegistrationsOnSchedule')
      .timeBased()
      .everyMinutes(15)
      .create()
    service.newTrigger('other').timeBased().everyHours(1).create()
    expect(service.getProjectTriggers().map((item) => item.getHandlerFunction())).toEqual([
      'syncRegistrationsOnSchedule',
      'other',
    ])
    service.deleteTrigger(trigger)
    expect(triggers.installed).toEqual([{ id: 'trigger-2', handler: 'other', everyMinutes: 60 }])
  })

  it('accepts only the minute intervals Apps Script accepts', () => {
    const { service } = createFakeScriptApp()
    expect(() => service.newTrigger('f').timeBased().everyMinutes(7)).toThrow(/1, 5, 10, 15 or 30/)
    expect(() => service.newTrigger('f').timeBased().create()).toThrow(/no schedule/)
  })
})
