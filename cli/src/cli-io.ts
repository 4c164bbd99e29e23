// What the CLI touches outside itself: output streams, files and the environment (replaceable in tests).
import { readFile } from 'node:fs/promises'

/** Where the CLI writes: process.stdout and process.stderr fit, and so does a test's buffer. */
export interface CliOutput {
  write(text: string): unknown
  /** True on a terminal: the report may use colour. */
  isTTY?: boolean
  /** The terminal's width, to wrap the report's messages. */
  columns?: number
}

export interface CliIo {
  stdout: CliOutput
  stderr: CliOutput
  /** Reads a file as UTF-8 text; rejects with Node's error (its `code` says why). */
  readFile(path: string): Promise<string>
  env: Record<string, string | undefined>
}

/**
 * The real process: its streams, its file system, its environment.
 *
 * @example
 * await main(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
    env: process.env,
  }
}
