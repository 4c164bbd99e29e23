import { describe, expect, it } from 'vitest'
import { caughtActionError } from '../testing/caught-action-error'
import { createWorkerClientTestbed } from '../testing/worker-client-testbed'
import { memberInputPage } from './member-input-feeds'

describe('member input feeds', () => {
  it('reads a page of each feed with a signed request, items through their shared schemas', () => {
    const { client, worker } = createWorkerClientTestbed()
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
    const { client, worker } = createWorkerClientTestbed()
    worker.propose({ id: 'prop-1' })
    const answers = [
      { items: [{ id: 'prop-1', title: 'No dates' }], nextCursor: '1', hasMore: false },
      { items: [], nextCursor: 'ten', hasMore: false },
      { items: [], nextCursor: '1' },
      { registrations: [], nextCursor: '1', hasMore: false },
    ]
    for (const json of answers) {
      worker.intercept(() => ({ status: 200, json }))
      const error = caughtActionError(() => memberInputPage(client, 'proposals', '0', 100))
      expect(error.code).toBe('unexpected-answer')
    }
  })
})
