import { describe, expect, it } from 'vitest'
import { WorkbookError } from '../workbook/workbook'
import { ActionError } from './action-error'
import { syncFailure } from './sync-failure'
import type { SyncNote } from './sync-state'

function run(pagesWritten: number) {
  const recorded: { ok: boolean; problem: SyncNote[] }[] = []
  const options = {
    locale: 'es' as const,
    record: (ok: false, problem: SyncNote[]) => recorded.push({ ok, problem }),
    pagesWritten,
    interrupted: 'actions.sync.interrupted' as const,
    counts: { added: 3, updated: 1 },
  }
  return { recorded, options }
}

describe('syncFailure', () => {
  it('records a crash with its reason and gives the crash back as it is', () => {
    const { recorded, options } = run(2)
    const crash = new TypeError('boom')
    expect(syncFailure(crash, options)).toBe(crash)
    expect(recorded).toEqual([
      {
        ok: false,
        problem: [{ key: 'actions.sync.crashed', params: { reason: 'TypeError: boom' } }],
      },
    ])
  })

  it('gives back a failure before any page was written as it is, recorded', () => {
    const { recorded, options } = run(0)
    const failure = new WorkbookError('workbook.error.missingTab', { tab: 'Registrations' })
    expect(syncFailure(failure, options)).toBe(failure)
    expect(recorded).toEqual([
      {
        ok: false,
        problem: [{ key: 'workbook.error.missingTab', params: { tab: 'Registrations' } }],
      },
    ])
  })

  it('says the run was interrupted once pages were written, with their counts', () => {
    const { recorded, options } = run(1)
    const failure = new ActionError('unreachable', 'actions.worker.unreachable', {
      url: 'https://lacralo.example.workers.dev',
      reason: 'timeout',
    })
    const thrown = syncFailure(failure, options)
    expect(recorded).toEqual([
      { ok: false, problem: [{ key: failure.key, params: failure.params }] },
    ])
    expect(thrown).toBeInstanceOf(ActionError)
    expect(thrown).toMatchObject({
      code: 'unreachable',
      key: 'actions.sync.interrupted',
      params: { reason: failure.localized('es'), added: 3, updated: 1 },
    })
  })
})
