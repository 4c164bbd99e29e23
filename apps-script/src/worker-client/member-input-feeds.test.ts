import { describe, expect, it } from 'vitest'
import { ActionError } from '../actions/action-error'
import { createFakeAdminWorker } from '../testing/fake-admin-worker'
import { createFakeUrlFetchApp } from '../testing/fake-url-fetch'
import { createFakeUtilities } from '../testing/fake-utilities'
import { memberInputPage } from './member-input-feeds'
import { createSigningCrypto } from './signing'
import { createWorkerClient } from './worker-client'
import { parseWorkerUrl } from './worker-url'

const SECRET = 'lacralo-test-admin-secret-0123456789'
const NOW = 1_700_000_000

function setUp() {
  const { service, network } = createFakeUrlFetchApp()
  const worker = createFakeAdminWorker({ secret: SECRET, now: () => NOW })
  network.setHandler(worker.handler)
  const url = parseWorkerUrl(worker.baseUrl)
  if (!url) throw new Error('bad test URL')
  const client = createWorkerClient({
    urlFetch: service,
    crypto: createSigningCrypto(createFakeUtilities()),
    connection: { url, secret: SECRET },
    locale: 'es',
    now: () => new Date(NOW * 1000),
  })
  return { client, worker }
}

function caught(action: () => unknown): ActionError {
  try {
    action()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}

describe('member input feeds', () => {
  it('reads a page of each feed with a signed request, items through their shared schemas', () => {
    const { client, worker } = setUp()
    worker.propose({ id: 'prop-1', title: ' Foro de Gobernanza de Internet de Bolivia ' })
    worker.propose({ id: 'prop-2' })
    worker.suggest({ id: 'sug-1' })
    const first = memberInputPage(client, 'proposals', '0', 1)
    expect(first).toMatchObject({ nextCursor: '1', hasMore: true })
    // Parsed: the title as the schema keeps it (trimmed).
    expect(first.items[0]?.title).toBe('Foro de Gobernanza de Internet de Bolivia')
    expect(memberInputPage(client, 'proposals', '1', 1).items.map((item) => item.id)).toEqual([
      'prop-2',
    ])
    const suggestions = memberInputPage(client, 'suggestions', '0', 200)
    expect(suggestions.items[0]).toMatchObject({ candidateName: 'Red de Telecentros de Honduras' })
    expect(worker.visits).toEqual([
      {
        method: 'GET',
        pathWithQuery: '/admin/proposals?after=0&limit=1',
        signed: true,
        status: 200,
      },
      {
        method: 'GET',
        pathWithQuery: '/admin/proposals?after=1&limit=1',
        signed: true,
        status: 200,
      },
      {
        method: 'GET',
        pathWithQuery: '/admin/suggestions?after=0&limit=200',
        signed: true,
        status: 200,
      },
    ])
  })

  it('refuses a page with an item its schema refuses, or without a usable cursor', () => {
    const { client, worker } = setUp()
    worker.propose({ id: 'prop-1' })
    const answers = [
      { items: [{ id: 'prop-1', title: 'No dates' }], nextCursor: '1', hasMore: false },
      { items: [], nextCursor: 'ten', hasMore: false },
      { items: [], nextCursor: '1' },
      { registrations: [], nextCursor: '1', hasMore: false },
    ]
    for (const json of answers) {
      worker.intercept(() => ({ status: 200, json }))
      const error = caught(() => memberInputPage(client, 'proposals', '0', 100))
      expect(error.code).toBe('unexpected-answer')
    }
  })
})
