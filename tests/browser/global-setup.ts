// Starts a Worker for the browser tests (wrangler dev, its own D1) and publishes a calendar.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { applyLocalMigrations, freePort, startLocalWorker } from '../../worker/scripts/local-worker'
import {
  FIXTURE_CALENDAR,
  importCalendarFile,
  newAdminSecret,
  publishEvents,
} from '../../worker/scripts/publish-local'
import { upcomingEvents } from './upcoming-events'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test Worker's origin, e.g. http://127.0.0.1:41234 */
    baseUrl: string
    /** The test Worker's ADMIN_SECRET, to publish from a test. */
    adminSecret: string
    /** A stand-in for the community wiki's origin: the one origin allowed to frame /embed. */
    wikiOrigin: string
  }
}

/**
 * Migrates a temporary D1, starts `wrangler dev` on a free port with a test ADMIN_SECRET
 * and a stand-in wiki origin as the only one allowed to frame /embed,
 * publishes the 2023 calendar plus a few upcoming events through the signed admin route,
 * and returns the teardown that stops the Worker's whole process group.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = mkdtempSync(path.join(tmpdir(), 'lacralo-browser-'))
  const output = { logFile: path.join(persistTo, 'wrangler.log') }
  const secret = newAdminSecret()
  const cleanUp = () => rmSync(persistTo, { recursive: true, force: true })
  try {
    await applyLocalMigrations({ persistTo, output })
    // A test serves its stand-in wiki page on this port (another origin than the Worker's).
    const wikiOrigin = `http://127.0.0.1:${await freePort()}`
    const worker = await startLocalWorker({
      port: await freePort(),
      persistTo,
      vars: { ADMIN_SECRET: secret, EMBED_FRAME_ANCESTORS: wikiOrigin },
      output,
    })
    try {
      const { events } = importCalendarFile(FIXTURE_CALENDAR)
      await publishEvents({
        baseUrl: worker.baseUrl,
        secret,
        events: [...events, ...upcomingEvents(new Date())],
      })
    } catch (error) {
      await worker.stop()
      throw error
    }
    project.provide('baseUrl', worker.baseUrl)
    project.provide('adminSecret', secret)
    project.provide('wikiOrigin', wikiOrigin)
    return async () => {
      await worker.stop()
      cleanUp()
    }
  } catch (error) {
    const log = existsSync(output.logFile) ? readFileSync(output.logFile, 'utf8').slice(-4000) : ''
    cleanUp()
    throw new Error(`The browser tests' Worker did not start: ${error}\nwrangler's output:\n${log}`)
  }
}
