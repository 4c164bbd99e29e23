// Whether a Node module was started as the script itself (`tsx apps-script/build.ts`) rather than
// imported, for the build and the preview, which do both.
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/**
 * True when the module at `moduleUrl` is the script Node was started with (symlinks resolved).
 *
 * @example
 * if (isRunAsScript(import.meta.url)) main()
 */
export function isRunAsScript(moduleUrl: string): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href
  } catch {
    return false
  }
}
