// The Worker's address as staff enter it: checked, normalized and joined with a route's path,
// without URL(), which Apps Script lacks.

/** A Worker address: `base` to put paths after, `basePath` to sign (both without a final '/'). */
export interface WorkerUrl {
  /** 'https://lacralo.example.workers.dev' or 'https://example.org/outreach'. */
  base: string
  /** The path the Worker sits under, '' at the root: the signed path starts with it. */
  basePath: string
}

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const
const ADDRESS = /^(https?):\/\/([^\s/?#@]+)(\/[^\s?#]*)?$/i
const HOST_AND_PORT = /^(\[::1\]|[^:[\]]+)(?::(\d{1,5}))?$/
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
// The characters a path may hold as sent, so that what is signed is what the Worker sees.
const PATH = /^(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]*)*$/

function isHostName(host: string): boolean {
  const labels = host.split('.')
  return host.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label))
}

/**
 * The Worker address in `input`, or null when it is not one: an https:// address (a path is
 * allowed, a query, fragment or user name is not), or http:// on this computer
 * (127.0.0.1, localhost, [::1]) for a Worker under `wrangler dev`. Scheme and host are
 * lower-cased and final slashes dropped.
 *
 * @example
 * parseWorkerUrl(' HTTPS://Lacralo.Example.workers.dev/ ')?.base // 'https://lacralo.example.workers.dev'
 * parseWorkerUrl('http://127.0.0.1:8787')?.base // 'http://127.0.0.1:8787'
 * parseWorkerUrl('http://lacralo.example.org') // null: only https away from this computer
 */
export function parseWorkerUrl(input: string): WorkerUrl | null {
  const match = ADDRESS.exec(input.trim())
  if (!match) return null
  const [, scheme = '', authority = '', rawPath = ''] = match
  const hostAndPort = HOST_AND_PORT.exec(authority.toLowerCase())
  if (!hostAndPort) return null
  const [, host = '', port] = hostAndPort
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null
  const local = (LOCAL_HOSTS as readonly string[]).includes(host)
  if (!local && !isHostName(host)) return null
  const secure = scheme.toLowerCase() === 'https'
  if (!secure && !local) return null
  const basePath = rawPath.replace(/\/+$/, '')
  if (!PATH.test(basePath) || basePath.includes('//')) return null
  const origin = `${secure ? 'https' : 'http'}://${host}${port === undefined ? '' : `:${port}`}`
  return { base: origin + basePath, basePath }
}
