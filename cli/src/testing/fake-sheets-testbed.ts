// What the `lacralo sheet` tests share: the fake Sheets API, a service account with its key file
// on disk, and a way to run the real `lacralo` command against them and read what it said.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CliIo } from '../cli-io'
import { main } from '../main'
import {
  createTestServiceAccount,
  type FakeAccount,
  type FakeSheetsServer,
  type FakeSpreadsheetSeed,
  startFakeSheetsServer,
} from './fake-sheets-server'

/** What one run of the command did. */
export interface CommandRun {
  code: number
  out: string
  err: string
}

export interface SheetsTestbed {
  server: FakeSheetsServer
  account: FakeAccount
  /** The service account's JSON key, written to a file. */
  keyFile: string
  /** A fresh folder for the test's own files. */
  dir: string
  /** Adds a spreadsheet shared with the service account as Editor (unless `editors` says otherwise). */
  addSpreadsheet(seed: FakeSpreadsheetSeed): void
  /**
   * Runs `lacralo <argv>` with the key file (GOOGLE_APPLICATION_CREDENTIALS) and the fake's URL
   * (LACRALO_SHEETS_ROOT_URL) in its environment, plus `env`.
   */
  run(argv: readonly string[], env?: Record<string, string>): Promise<CommandRun>
  close(): Promise<void>
}

/**
 * Starts a testbed: call `close()` when done (afterAll / afterEach).
 *
 * @example
 * const bed = await startSheetsTestbed()
 * bed.addSpreadsheet({ id: SPREADSHEET })
 * const { code, out } = await bed.run(['sheet', 'init', '--spreadsheet', SPREADSHEET])
 */
export async function startSheetsTestbed(
  options: { sheetsApiEnabled?: boolean; projectNumber?: string } = {}
): Promise<SheetsTestbed> {
  const { account, keyFile } = createTestServiceAccount(options)
  const server = await startFakeSheetsServer({ accounts: [account] })
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lacralo-sheet-'))
  const keyPath = path.join(dir, 'lacralo-key.json')
  await writeFile(keyPath, JSON.stringify(keyFile, null, 2))
  return {
    server,
    account,
    keyFile: keyPath,
    dir,
    addSpreadsheet: (seed) => server.addSpreadsheet({ editors: [account.clientEmail], ...seed }),
    async run(argv, env = {}) {
      let out = ''
      let err = ''
      const io: CliIo = {
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: (text: string) => (err += text) },
        readFile: (file) => readFile(file, 'utf8'),
        env: {
          GOOGLE_APPLICATION_CREDENTIALS: keyPath,
          LACRALO_SHEETS_ROOT_URL: server.url,
          LANG: 'en_US.UTF-8',
          ...env,
        },
      }
      const code = await main(argv, io)
      return { code, out, err }
    },
    async close() {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
