import { describe, expect, it } from 'vitest'
import { createTestbed, DNSSEC_WEBINAR as DNSSEC } from '../testing/action-testbed'
import { runPublishWebinars } from './publish-webinars'

describe('Publish the webinars', () => {
  it('sends the Webinars tab, join links included, in one signed request', () => {
    const bed = createTestbed({ locale: 'es' })
    bed.fill('Webinars', [
      DNSSEC,
      { ...DNSSEC, slug: 'ua-2023', titles: { pt: 'Aceitação Universal' } },
    ])
    const result = runPublishWebinars(bed.host)
    expect(result).toMatchObject({
      ok: true,
      webinars: 2,
      added: ['dnssec-2023', 'ua-2023'],
      archived: [],
      promoted: 0,
      message:
        'Webinars publicados: 2 (añadidos: 2, modificados: 0, retirados de las páginas: 0). Personas que pasaron de la lista de espera a un lugar: 0.',
    })
    expect(bed.worker.visits).toEqual([
      { method: 'PUT', pathWithQuery: '/admin/webinars', signed: true, status: 200 },
    ])
    expect(bed.worker.webinarPuts[0]?.webinars[0]).toEqual({
      ...DNSSEC,
      descriptions: { es: 'Cómo firmar una zona.' },
    })
    expect(bed.fake.calls.count('getValues')).toBe(1)
  })

  it('refuses, sending nothing, while a webinar row has a problem', () => {
    const bed = createTestbed()
    bed.fill('Webinars', [{ ...DNSSEC, registrationCloses: '2023-04-25T17:00:00-05:00' }])
    const result = runPublishWebinars(bed.host)
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid-rows',
      problems: [{ tab: 'Webinars', row: 2, column: 'Registration closes', severity: 'error' }],
    })
    expect(bed.fake.network.requests).toEqual([])
  })

  it('refuses to publish an empty tab, which would take every webinar off the pages', () => {
    const bed = createTestbed({ locale: 'pt' })
    const result = runPublishWebinars(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'empty' })
    expect(result.message).toContain('retiraria todos os webinars')
    expect(bed.fake.network.requests).toEqual([])
  })

  it('does not take an answer it cannot read for a publish result', () => {
    const bed = createTestbed()
    bed.fill('Webinars', [DNSSEC])
    bed.worker.intercept(() => ({ status: 200, json: { webinars: 'all of them' } }))
    expect(runPublishWebinars(bed.host)).toMatchObject({ ok: false, code: 'unexpected-answer' })
  })
})
