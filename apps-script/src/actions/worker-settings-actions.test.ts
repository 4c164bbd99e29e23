import { describe, expect, it } from 'vitest'
import { createTestbed, TEST_ADMIN_SECRET } from '../testing/action-testbed'
import {
  runGetWorkerSettings,
  runSaveWorkerSettings,
  runTestConnection,
} from './worker-settings-actions'

describe('Settings in the sidebar', () => {
  it('never hands the secret back, only whether it is set', () => {
    const bed = createTestbed({ configured: false })
    expect(runGetWorkerSettings(bed.host)).toEqual({
      ok: true,
      message: '',
      workerUrl: null,
      secretSet: false,
    })
    const saved = runSaveWorkerSettings(bed.host, {
      workerUrl: bed.worker.baseUrl,
      secret: TEST_ADMIN_SECRET,
    })
    expect(saved).toEqual({
      ok: true,
      message: 'Settings saved.',
      workerUrl: 'https://lacralo.example.workers.dev',
      secretSet: true,
    })
    expect(JSON.stringify(runGetWorkerSettings(bed.host))).not.toContain(TEST_ADMIN_SECRET)
    expect(bed.fake.spreadsheet.toasts).toEqual([
      { message: 'Settings saved.', title: 'Connection settings' },
    ])
  })

  it('keeps the secret out of every cell', () => {
    const bed = createTestbed({ configured: false })
    runSaveWorkerSettings(bed.host, { workerUrl: bed.worker.baseUrl, secret: TEST_ADMIN_SECRET })
    runTestConnection(bed.host)
    const cells = JSON.stringify(bed.fake.spreadsheet.snapshot())
    expect(cells).not.toContain(TEST_ADMIN_SECRET)
  })

  it('answers a bad setting with the reason, and keeps what was saved', () => {
    const bed = createTestbed({ locale: 'fr' })
    const result = runSaveWorkerSettings(bed.host, { workerUrl: 'ftp://x.example.org' })
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(result.message).toContain('n’est pas une URL de Worker')
    expect(runGetWorkerSettings(bed.host)).toMatchObject({ workerUrl: bed.worker.baseUrl })
  })
})

describe('Test connection', () => {
  it('makes one signed GET and says the secret is accepted', () => {
    const bed = createTestbed({ locale: 'es' })
    const result = runTestConnection(bed.host)
    expect(result).toEqual({
      ok: true,
      message:
        'Conexión correcta con https://lacralo.example.workers.dev: el secreto de administración es válido. Webinars en el servicio web: 0.',
      workerUrl: 'https://lacralo.example.workers.dev',
      webinars: 0,
    })
    expect(bed.worker.visits).toEqual([
      { method: 'GET', pathWithQuery: '/admin/webinars', signed: true, status: 200 },
    ])
  })

  it('tells staff to set the Worker up when nothing is saved, without a request', () => {
    const bed = createTestbed({ configured: false })
    const result = runTestConnection(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'not-configured' })
    expect(result.message).toContain('Enter both in the sidebar, under Settings')
    expect(bed.fake.network.requests).toEqual([])
  })

  it('tells staff to check the secret when the Worker answers 401', () => {
    const bed = createTestbed({ locale: 'pt' })
    runSaveWorkerSettings(bed.host, { secret: 'the-wrong-secret-0123456789' })
    const result = runTestConnection(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'unauthorized' })
    expect(result.message).toContain('o segredo de administração não confere')
  })

  it('says when the Worker cannot be reached', () => {
    const bed = createTestbed()
    bed.fake.network.setHandler(null)
    const result = runTestConnection(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'unreachable' })
    expect(result.message).toContain(
      'Could not reach the web service at https://lacralo.example.workers.dev'
    )
  })
})
