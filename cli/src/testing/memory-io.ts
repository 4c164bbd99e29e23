// An in-memory CliIo for tests: files from a map, output collected in strings.
import type { CliIo } from '../cli-io'

export interface MemoryIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string
  /** Everything written to stderr so far. */
  err(): string
}

/**
 * A CliIo whose files are `files` (any other path fails as a missing file would) and whose
 * output is kept for the test to read.
 *
 * @example
 * const io = memoryIo({ files: { 'calendar.csv': 'Event Name,Date\n' } })
 * await main(['events', 'import', 'calendar.csv'], io)
 * io.out()
 */
export function memoryIo(
  options: { files?: Record<string, string>; env?: Record<string, string> } = {}
): MemoryIo {
  let out = ''
  let err = ''
  const files = options.files ?? {}
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: options.env ?? {},
    async readFile(path) {
      const text = files[path]
      if (text !== undefined) return text
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT',
      })
    },
    out: () => out,
    err: () => err,
  }
}
