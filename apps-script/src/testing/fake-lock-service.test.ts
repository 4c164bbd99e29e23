import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'

describe('fake LockService', () => {
  it('gives the lock to one holder at a time, until it is released', () => {
    const { globals } = createFakeAppsScript()
    const first = globals.LockService.getScriptLock()
    const second = globals.LockService.getScriptLock()
    expect(first.tryLock(1000)).toBe(true)
    expect(first.hasLock()).toBe(true)
    expect(second.tryLock(1000)).toBe(false)
    expect(() => second.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.'
    )
    first.releaseLock()
    expect(second.tryLock(1000)).toBe(true)
  })

  it('keeps script and document locks apart', () => {
    const { globals } = createFakeAppsScript()
    expect(globals.LockService.getScriptLock().tryLock(0)).toBe(true)
    expect(globals.LockService.getDocumentLock().tryLock(0)).toBe(true)
  })

  it('lets a test hold a lock as another execution would', () => {
    const fake = createFakeAppsScript()
    fake.locks.holdElsewhere('document')
    const lock = fake.globals.LockService.getDocumentLock()
    expect(lock.tryLock(10_000)).toBe(false)
    lock.releaseLock()
    expect(fake.locks.isHeld('document')).toBe(true)
    fake.locks.releaseElsewhere('document')
    expect(lock.tryLock(10_000)).toBe(true)
  })
})
