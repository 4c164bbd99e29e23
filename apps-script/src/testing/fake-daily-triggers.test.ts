import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'

describe('fake daily triggers', () => {
  it('installs a daily trigger as one every 24 hours, with the checks Apps Script makes', () => {
    const fake = createFakeAppsScript()
    const app = fake.globals.ScriptApp
    app.newTrigger('rebuildDashboardOnSchedule').timeBased().everyDays(1).atHour(6).create()
    expect(fake.triggers.installed).toEqual([
      { id: expect.any(String), handler: 'rebuildDashboardOnSchedule', everyMinutes: 1440 },
    ])
    expect(() => app.newTrigger('x').timeBased().atHour(6)).toThrow(/everyDays/)
    expect(() => app.newTrigger('x').timeBased().everyDays(1).atHour(24)).toThrow(/hour/)
    expect(() => app.newTrigger('x').timeBased().everyDays(0)).toThrow(/days/)
    app.newTrigger('sync').timeBased().everyMinutes(15).create()
    expect(app.getProjectTriggers().map((trigger) => trigger.getHandlerFunction())).toEqual([
      'rebuildDashboardOnSchedule',
      'sync',
    ])
  })
})
