// In-memory stand-in for LockService: one script lock and one document lock, which a test can
// hold "from another execution" to see how the code under test waits or gives up.

export interface FakeLock {
  tryLock(timeoutInMillis: number): boolean
  waitLock(timeoutInMillis: number): void
  releaseLock(): void
  hasLock(): boolean
}

export interface FakeLockService {
  getScriptLock(): FakeLock
  getDocumentLock(): FakeLock
  getUserLock(): FakeLock
}

/** The test's hand on the locks. */
export interface FakeLockControl {
  /** Takes the lock as another execution would, so that the code under test cannot get it. */
  holdElsewhere(lock: 'script' | 'document' | 'user'): void
  /** Lets the other execution's lock go. */
  releaseElsewhere(lock: 'script' | 'document' | 'user'): void
  /** Whether anyone holds the lock now. */
  isHeld(lock: 'script' | 'document' | 'user'): boolean
}

type LockName = 'script' | 'document' | 'user'
type Holder = FakeLock | 'elsewhere' | null

/**
 * A fresh LockService and its control. A lock held elsewhere stays held for the whole wait:
 * tryLock returns false and waitLock throws, as Apps Script does at the end of its timeout.
 *
 * @example
 * const { service, control } = createFakeLockService()
 * control.holdElsewhere('document')
 * service.getDocumentLock().tryLock(1000) // false
 */
export function createFakeLockService(): { service: FakeLockService; control: FakeLockControl } {
  const holders: Record<LockName, Holder> = { script: null, document: null, user: null }
  const lockFor = (name: LockName): FakeLock => {
    const lock: FakeLock = {
      tryLock(timeout) {
        if (!Number.isFinite(timeout) || timeout < 0) {
          throw new Error(`Lock.tryLock: timeout must be a positive number, got ${timeout}`)
        }
        if (holders[name] === lock) return true
        if (holders[name] !== null) return false
        holders[name] = lock
        return true
      },
      waitLock(timeout) {
        if (!lock.tryLock(timeout)) {
          throw new Error('Lock timeout: another process was holding the lock for too long.')
        }
      },
      releaseLock() {
        if (holders[name] === lock) holders[name] = null
      },
      hasLock: () => holders[name] === lock,
    }
    return lock
  }
  return {
    service: {
      getScriptLock: () => lockFor('script'),
      getDocumentLock: () => lockFor('document'),
      getUserLock: () => lockFor('user'),
    },
    control: {
      holdElsewhere(name) {
        holders[name] = 'elsewhere'
      },
      releaseElsewhere(name) {
        if (holders[name] === 'elsewhere') holders[name] = null
      },
      isHeld: (name) => holders[name] !== null,
    },
  }
}
