import { describe, expect, it } from 'vitest'
import * as entryPoints from '../main'
import { createTestbed, DNSSEC_WEBINAR } from '../testing/action-testbed'
import { runScheduledSync, runSyncRegistrations } from './sync-registrations'
import {
  runInstallSchedule,
  runRemoveSchedule,
  runSyncStatus,
  SYNC_EVERY_MINUTES,
  SYNC_HANDLER,
} from './sync-schedule'

describe('Automatic sync', () => {
  it('installs one trigger every 15 minutes that runs an exported entry point', () => {
    const bed = createTestbed({ locale: 'es' })
    const installed = runInstallSchedule(bed.host)
    expect(installed).toMatchObject({
      ok: true,
      scheduled: true,
      everyMinutes: 15,
      message:
        'La sincronización automática está activada: las inscripciones, las propuestas de eventos y las sugerencias de candidatos se sincronizarán cada 15 minutos.',
    })
    expect(bed.fake.triggers.installed).toEqual([
      { id: 'trigger-1', handler: SYNC_HANDLER, everyMinutes: SYNC_EVERY_MINUTES },
    ])
    expect(typeof (entryPoints as Record<string, unknown>)[SYNC_HANDLER]).toBe('function')

    const again = runInstallSchedule(bed.host)
    expect(again.message).toBe('La sincronización automática ya estaba activada (cada 15 minutos).')
    expect(bed.fake.triggers.installed).toHaveLength(1)
  })

  it('removes it again', () => {
    const bed = createTestbed()
    runInstallSchedule(bed.host)
    expect(runRemoveSchedule(bed.host)).toMatchObject({
      ok: true,
      scheduled: false,
      message: 'Automatic sync is off.',
    })
    expect(bed.fake.triggers.installed).toEqual([])
    expect(runRemoveSchedule(bed.host).message).toBe('Automatic sync was already off.')
  })

  it('runs without a toast and leaves its outcome for the sidebar', () => {
    const bed = createTestbed({ locale: 'fr' })
    bed.fill('Webinars', [DNSSEC_WEBINAR])
    bed.worker.register({ id: 'r-1', webinarSlug: 'dnssec-2023' })
    expect(runSyncStatus(bed.host)).toMatchObject({ ok: true, scheduled: false, lastSync: null })

    runScheduledSync(bed.newHost())
    expect(bed.fake.spreadsheet.toasts).toEqual([])
    const status = runSyncStatus(bed.newHost())
    expect(status).toMatchObject({
      ok: true,
      lastSync: {
        trigger: 'schedule',
        ok: true,
        finishedAt: '2023-03-01T12:00:00.000Z',
        counts: { received: 1, added: 1 },
      },
    })
    expect(status.ok && status.lastSync?.lines[0]).toBe(
      'Dernière synchronisation : 1 mars 2023, 09:00. Changements reçus : 1 ; courriels de confirmation envoyés : 1.'
    )
    // The webinar was never published to this Worker, so it has no .ics: the email goes without.
    expect(bed.fake.mailbox.sent[0]?.attachments).toEqual([])
  })

  it('records a failed run with its reason, in the language of whoever reads it', () => {
    const bed = createTestbed({ locale: 'en' })
    bed.fake.network.setHandler(null)
    runSyncRegistrations(bed.host)
    bed.fake.setLocale('pt_BR')
    const status = runSyncStatus(bed.newHost())
    expect(status.ok && status.lastSync).toMatchObject({ ok: false, trigger: 'manual' })
    expect(status.ok && status.lastSync?.lines).toEqual([
      'A última sincronização (1 de mar. de 2023, 09:00) não terminou.',
      expect.stringContaining(
        'Não foi possível acessar o serviço web em https://lacralo.example.workers.dev'
      ),
    ])
  })
})
