import { describe, expect, it } from 'vitest'
import { caughtActionError } from '../testing/caught-action-error'
import { CLIENT_TEST_NOW, createWorkerClientTestbed } from '../testing/worker-client-testbed'
import { WorkerRejection } from './worker-client'

const EVENT = {
  id: 'caribnog-25',
  title: 'CaribNOG 25 – Zoë’s “Kingston” edition',
  startDate: '2023-03-26',
}

describe('Worker client', () => {
  it('sends one signed PUT that the Worker accepts, with exactly the bytes signed', () => {
    const { client, network, worker } = createWorkerClientTestbed()
    const answer = client.admin('PUT', '/admin/events', { events: [EVENT] }) as { version: number }
    expect(answer.version).toBe(1)
    expect(network.requests).toHaveLength(1)
    const [request] = network.requests
    expect(request?.method).toBe('PUT')
    expect(request?.url).toBe('https://lacralo.example.workers.dev/admin/events')
    expect(request?.contentType).toBe('application/json')
    expect(request?.headers['Accept-Language']).toBe('es')
    expect(JSON.parse(request?.body ?? '')).toEqual({ events: [EVENT] })
    expect(worker.calendarPuts[0]?.events[0]?.title).toBe(EVENT.title)
  })

  it('signs the path a Worker under a path prefix receives', () => {
    const { client, worker } = createWorkerClientTestbed({
      baseUrl: 'https://lacralo.example.org/outreach',
    })
    client.admin('GET', '/admin/registrations?after=0&limit=10')
    expect(worker.visits).toEqual([
      {
        method: 'GET',
        pathWithQuery: '/outreach/admin/registrations?after=0&limit=10',
        signed: true,
        status: 200,
      },
    ])
  })

  it('tells staff to check the secret when the Worker answers 401, after one re-signed try', () => {
    const { client, network } = createWorkerClientTestbed({
      secret: 'not-the-worker-secret-0123456789',
    })
    const error = caughtActionError(() => client.admin('GET', '/admin/webinars'))
    expect(error.code).toBe('unauthorized')
    expect(error.localized('es')).toContain('el secreto de administración no coincide')
    expect(network.requests).toHaveLength(2)
  })

  it('re-signs a request sent twice in the same second, which the Worker would take for a replay', () => {
    const { client, network } = createWorkerClientTestbed()
    client.admin('PUT', '/admin/events', { events: [EVENT] })
    const again = client.admin('PUT', '/admin/events', { events: [EVENT] }) as { version: number }
    expect(again.version).toBe(2)
    expect(network.requests.map((request) => request.headers['X-Lacralo-Timestamp'])).toEqual([
      String(CLIENT_TEST_NOW),
      String(CLIENT_TEST_NOW),
      String(CLIENT_TEST_NOW + 1),
    ])
  })

  it('is refused when its clock is more than five minutes from the Worker’s', () => {
    const { client } = createWorkerClientTestbed({ workerNow: CLIENT_TEST_NOW + 400 })
    expect(caughtActionError(() => client.admin('GET', '/admin/webinars')).code).toBe(
      'unauthorized'
    )
  })

  it('says the Worker is unreachable, with the address and the reason, when the fetch fails', () => {
    const { client, network } = createWorkerClientTestbed()
    network.setHandler(() => {
      throw new Error(
        'Exception: Address unavailable: https://lacralo.example.workers.dev/admin/webinars'
      )
    })
    const error = caughtActionError(() => client.admin('GET', '/admin/webinars'))
    expect(error.code).toBe('unreachable')
    expect(error.localized('en')).toBe(
      'Could not reach the web service at https://lacralo.example.workers.dev (Address unavailable: https://lacralo.example.workers.dev/admin/webinars). Check the Worker URL under Settings and the internet connection, then try again.'
    )
  })

  it.each([
    [404, 'worker-not-found', { body: 'Not found' }],
    [
      503,
      'worker-not-configured',
      { json: { error: { code: 'admin_not_configured', message: 'x' } } },
    ],
    [
      500,
      'worker-failed',
      { json: { error: { code: 'internal_error', message: 'Algo salió mal.' } } },
    ],
    [502, 'unexpected-answer', { body: '<html>Bad gateway</html>' }],
    [200, 'unexpected-answer', { body: '<!DOCTYPE html><title>Parked domain</title>' }],
  ] as const)('turns HTTP %i into a %s error', (status, code, answer) => {
    const { client, worker } = createWorkerClientTestbed()
    worker.intercept(() => ({ status, ...answer }))
    const error = caughtActionError(() => client.admin('GET', '/admin/webinars'))
    expect(error.code).toBe(code)
    if (code === 'worker-failed') expect(error.localized('es')).toContain('Algo salió mal.')
  })

  it('passes a 422’s message and problems on, for the action to place on rows', () => {
    const { client } = createWorkerClientTestbed()
    const error = caughtActionError(() =>
      client.admin('PUT', '/admin/events', { events: [{ id: 'Not An Id' }] })
    )
    expect(error).toBeInstanceOf(WorkerRejection)
    const rejection = error as WorkerRejection
    expect(rejection.code).toBe('rejected')
    expect(rejection.workerProblems.map((problem) => problem.path)).toContain('events.0.id')
  })

  it('fetches a public page without signing it, and gives null when it cannot', () => {
    const { client, network, worker } = createWorkerClientTestbed()
    client.admin('PUT', '/admin/webinars', { webinars: [{ slug: 'dnssec-2023' }] })
    expect(client.publicText('/webinars/dnssec-2023.ics?lang=fr')).toContain(
      'SUMMARY:dnssec-2023 (fr)'
    )
    expect(network.requests[1]?.headers['X-Lacralo-Signature']).toBeUndefined()
    expect(client.publicText('/webinars/unknown.ics?lang=fr')).toBeNull()
    worker.intercept(() => {
      throw new Error('DNS error')
    })
    expect(client.publicText('/webinars/dnssec-2023.ics?lang=fr')).toBeNull()
  })
})
