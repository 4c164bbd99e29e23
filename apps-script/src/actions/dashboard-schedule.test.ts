import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import * as entryPoints from '../main'
import { createTestbed } from '../testing/action-testbed'
import { fillRegion, INSIGHTS_NOW } from '../testing/insights-fixtures'
import {
  DASHBOARD_HANDLER,
  runDashboardSchedule,
  runInstallDashboardSchedule,
  runRemoveDashboardSchedule,
} from './dashboard-schedule'
import { runRebuildDashboard } from './rebuild-dashboard'

describe('the daily dashboard rebuild', () => {
  it('runs a function the add-on exports, so the trigger finds it', () => {
    expect(Object.keys(entryPoints)).toContain(DASHBOARD_HANDLER)
    expect(typeof entryPoints.rebuildDashboardOnSchedule).toBe('function')
  })

  it('is switched on once and off again, and says so in the user’s language', () => {
    const bed = createTestbed({ start: INSIGHTS_NOW, locale: 'pt' })
    const app = bed.fake.globals.ScriptApp
    expect(runDashboardSchedule(bed.host, app)).toMatchObject({
      ok: true,
      scheduled: false,
      lastRebuild: null,
    })
    const on = runInstallDashboardSchedule(bed.newHost(), app)
    expect(on).toMatchObject({
      ok: true,
      scheduled: true,
      message: t('pt', 'dashboard.schedule.installed', { hour: 6 }),
    })
    expect(runInstallDashboardSchedule(bed.newHost(), app)).toMatchObject({
      message: t('pt', 'dashboard.schedule.alreadyOn', { hour: 6 }),
    })
    expect(bed.fake.triggers.installed).toEqual([
      { id: expect.any(String), handler: DASHBOARD_HANDLER, everyMinutes: 24 * 60 },
    ])
    expect(runRemoveDashboardSchedule(bed.newHost(), app)).toMatchObject({
      scheduled: false,
      message: t('pt', 'dashboard.schedule.removed'),
    })
    expect(bed.fake.triggers.installed).toEqual([])
  })

  it('leaves other triggers alone', () => {
    const bed = createTestbed({ start: INSIGHTS_NOW })
    const app = bed.fake.globals.ScriptApp
    app.newTrigger('syncRegistrationsOnSchedule').timeBased().everyMinutes(15).create()
    runInstallDashboardSchedule(bed.host, app)
    runRemoveDashboardSchedule(bed.newHost(), app)
    expect(bed.fake.triggers.installed.map((trigger) => trigger.handler)).toEqual([
      'syncRegistrationsOnSchedule',
    ])
  })

  it('shows how the last rebuild went, scheduled runs without a toast', () => {
    const bed = createTestbed({ start: INSIGHTS_NOW })
    fillRegion(bed)
    runRebuildDashboard(bed.host, bed.fake.globals.SpreadsheetApp, { trigger: 'schedule' })
    expect(bed.fake.spreadsheet.toasts).toEqual([])
    const state = runDashboardSchedule(bed.newHost(), bed.fake.globals.ScriptApp)
    expect(state.ok && state.lastRebuild).toEqual({
      finishedAt: INSIGHTS_NOW.toISOString(),
      trigger: 'schedule',
      ok: true,
      message: expect.stringContaining('29 of 33 countries without an ALS'),
    })
  })
})
