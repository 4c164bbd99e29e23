// A WorkerClient wired to the fake Worker through the fake UrlFetchApp, at a fixed time: the
// ground the Worker client's own tests stand on.
import { createSigningCrypto } from '../worker-client/signing'
import { createWorkerClient, type WorkerClient } from '../worker-client/worker-client'
import { parseWorkerUrl } from '../worker-client/worker-url'
import { createFakeAdminWorker, type FakeAdminWorker } from './fake-admin-worker'
import { createFakeUrlFetchApp, type FakeNetwork } from './fake-url-fetch'
import { createFakeUtilities } from './fake-utilities'

/** The fake Worker's admin secret, and the client's unless a test says otherwise. */
export const CLIENT_TEST_SECRET = 'lacralo-test-admin-secret-0123456789'

/** The time of the client's and the Worker's clocks, in Unix seconds (14 November 2023). */
export const CLIENT_TEST_NOW = 1_700_000_000

export interface WorkerClientTestbedOptions {
  /** Where the Worker answers (and the client calls); the fake Worker's default unless given. */
  baseUrl?: string
  /** The secret the client signs with; the Worker's unless given. */
  secret?: string
  /** The Worker's clock, in Unix seconds, to set it apart from the client's. */
  workerNow?: number
}

export interface WorkerClientTestbed {
  /** A client speaking Spanish to the Worker. */
  client: WorkerClient
  network: FakeNetwork
  worker: FakeAdminWorker
}

/**
 * A client and the fake Worker it reaches, both at CLIENT_TEST_NOW unless told otherwise.
 *
 * @example
 * const { client, worker } = createWorkerClientTestbed({ secret: 'not-the-worker-secret-0123456789' })
 */
export function createWorkerClientTestbed(
  options: WorkerClientTestbedOptions = {}
): WorkerClientTestbed {
  const { service, network } = createFakeUrlFetchApp()
  const worker = createFakeAdminWorker({
    secret: CLIENT_TEST_SECRET,
    now: () => options.workerNow ?? CLIENT_TEST_NOW,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  })
  network.setHandler(worker.handler)
  const url = parseWorkerUrl(options.baseUrl ?? worker.baseUrl)
  if (!url) throw new Error('bad test URL')
  const client = createWorkerClient({
    urlFetch: service,
    crypto: createSigningCrypto(createFakeUtilities()),
    connection: { url, secret: options.secret ?? CLIENT_TEST_SECRET },
    locale: 'es',
    now: () => new Date(CLIENT_TEST_NOW * 1000),
  })
  return { client, network, worker }
}
