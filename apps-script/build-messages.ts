// An esbuild plugin for Code.js, and the resource files it pairs with: the bundled message
// groups travel as one HTML file per language (messages-es.html, ...) that Code.js reads with
// HtmlService at the first message of that language an execution looks up, so most calls load
// one language, not four. The groups the menu needs stay inline in Code.js.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import vm from 'node:vm'
import * as esbuild from 'esbuild'
import { LOCALES, type Locale } from '../shared/i18n/locales'

const I18N_DIR = path.resolve(import.meta.dirname, '../shared/i18n')
const CATALOGUE_FILE = path.join(I18N_DIR, 'catalogue.ts')
const MESSAGES_DIR = path.join(I18N_DIR, 'messages')

/** The module the rewritten group modules and catalogue import their lazy loader from. */
const LOADER_MODULE = 'lacralo:resource-messages'
const LOADER_NAMESPACE = 'lacralo-resource-messages'

const GROUP_FILE = /[\\/]shared[\\/]i18n[\\/]messages[\\/]([\w-]+)\.ts$/
const CATALOGUE_PATH = /[\\/]shared[\\/]i18n[\\/]catalogue\.ts$/
const GROUP_DECLARATION = /export const (\w+)\s*=\s*defineMessages\(/g

/** What the name of each language's messages file starts with: messages-en, messages-es, ... */
export const MESSAGE_FILE_PREFIX = 'messages-'

/**
 * The Apps Script name of a language's messages file (written as `<name>.html`).
 *
 * @example
 * messageFileName('es') // 'messages-es'
 */
export function messageFileName(locale: Locale): string {
  return `${MESSAGE_FILE_PREFIX}${locale}`
}

export interface ResourceMessagesOptions {
  /**
   * Groups (file names in shared/i18n/messages, without .ts) left out entirely, because the
   * add-on never shows them and another plugin stubs them (WEB_ONLY_MESSAGE_GROUPS).
   */
  exclude?: readonly string[]
  /** Groups bundled into Code.js as written, in all four languages, and left out of the files. */
  inline?: readonly string[]
  /**
   * Source files whose quoted message keys Code.js carries too (menu.ts: the menu's labels),
   * besides the files, so code that may not read a file can still show them.
   */
  inlineKeysFrom?: readonly string[]
}

/** One language's messages file, as the build writes it. */
export interface MessageFile {
  locale: Locale
  /** Its Apps Script name, 'messages-es'; the file is `messages-es.html`. */
  name: string
  /** JSON: { group: { key: text } }, every key of every group in the file, in this language. */
  text: string
  /** Its size in bytes (UTF-8). */
  bytes: number
}

/** The messages as a build carries them: what goes where. */
export interface ResourceMessages {
  /** Groups carried in the messages files, by file name. */
  groups: string[]
  /** Groups bundled into Code.js as written. */
  inline: string[]
  /** Groups left out (stubbed by another plugin). */
  exclude: string[]
  /** Per language, the keys of file groups Code.js carries too, by group. */
  inlineKeys: Record<Locale, Record<string, Record<string, string>>>
  files: MessageFile[]
}

type GroupData = Partial<Record<Locale, Record<string, string>>>

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * The index just past the bracket that closes the one at `open`, skipping strings, template
 * literals and comments (the code it reads is message data and the catalogue's merge: no
 * regular expression literals).
 *
 * @example
 * closingBracket("f({ a: '}' })", 1) // 13
 */
export function closingBracket(source: string, open: number): number {
  const first = source[open] ?? ''
  if (!(first in PAIRS)) throw new Error(`No bracket at index ${open}`)
  // What closes each open construct: a bracket, or '`' while inside a template's text.
  const expected: string[] = []
  let index = open
  while (index < source.length) {
    const char = source[index] as string
    const next = source[index + 1]
    if (expected.at(-1) === '`') {
      if (char === '\\') index += 2
      else if (char === '`') {
        expected.pop()
        index += 1
      } else if (char === '$' && next === '{') {
        expected.push('}')
        index += 2
      } else index += 1
      continue
    }
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', index)
      index = end === -1 ? source.length : end
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2)
      index = end === -1 ? source.length : end + 2
    } else if (char === "'" || char === '"') {
      index += 1
      while (index < source.length && source[index] !== char)
        index += source[index] === '\\' ? 2 : 1
      index += 1
    } else if (char === '`') {
      expected.push('`')
      index += 1
    } else if (char in PAIRS) {
      expected.push(PAIRS[char] as string)
      index += 1
    } else if (char === ')' || char === ']' || char === '}') {
      if (expected.pop() !== char) throw new Error(`Unbalanced '${char}' at index ${index}`)
      index += 1
      if (expected.length === 0) return index
    } else index += 1
  }
  throw new Error(`The bracket at index ${open} is never closed`)
}

/** The group files catalogue.ts merges, in its order, without the excluded ones. */
async function bundledGroups(exclude: readonly string[]): Promise<string[]> {
  const catalogue = await readFile(CATALOGUE_FILE, 'utf8')
  const groups = [...catalogue.matchAll(/from '\.\/messages\/([\w-]+)'/g)].map((match) => match[1])
  if (groups.length === 0) throw new Error(`${CATALOGUE_FILE} imports no message group`)
  return groups.filter((group): group is string => !!group && !exclude.includes(group))
}

function groupDeclaration(file: string, source: string): { name: string; call: number } {
  const declarations = [...source.matchAll(GROUP_DECLARATION)]
  const [declaration] = declarations
  if (declarations.length !== 1 || !declaration || declaration.index === undefined) {
    throw new Error(
      `${file}: expected one \`export const ...Messages = defineMessages({...})\`, found ${declarations.length}`
    )
  }
  const call = declaration.index + declaration[0].length - 'defineMessages('.length
  return { name: declaration[1] as string, call }
}

/** Runs the group modules in Node and returns their data, by group. */
async function groupData(groups: readonly string[]): Promise<Record<string, GroupData>> {
  const imports = await Promise.all(
    groups.map(async (group, index) => {
      const file = path.join(MESSAGES_DIR, `${group}.ts`)
      const { name } = groupDeclaration(file, await readFile(file, 'utf8'))
      return `export { ${name} as group${index} } from ${JSON.stringify(file)}`
    })
  )
  const result = await esbuild.build({
    stdin: { contents: imports.join('\n'), resolveDir: I18N_DIR, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    logLevel: 'silent',
  })
  const module = { exports: {} as Record<string, GroupData> }
  vm.runInNewContext(result.outputFiles[0]?.text ?? '', { module, exports: module.exports })
  return Object.fromEntries(
    groups.map((group, index) => [group, module.exports[`group${index}`] ?? {}])
  )
}

/** Every quoted string in `files` (a key may be any of them). */
async function quotedStrings(files: readonly string[]): Promise<Set<string>> {
  const strings = new Set<string>()
  for (const file of files) {
    const source = await readFile(file, 'utf8')
    for (const match of source.matchAll(/'([^'\\\n]+)'|"([^"\\\n]+)"/g)) {
      strings.add((match[1] ?? match[2]) as string)
    }
  }
  return strings
}

/**
 * `value` as JSON text in which nothing looks like markup: `<`, `>` and `&` are written as
 * \u003c, \u003e and \u0026 (JSON.parse reads the same value). The project's HTML files that
 * carry data rather than a page (the messages files, the insights chunk) are written with it,
 * so that HtmlService, which takes them for HTML, has no tag, comment or entity to act on and
 * getContent() returns the text as written.
 *
 * @example
 * htmlSafeJson({ source: 'a<b&&c' }) // '{"source":"a\\u003cb\\u0026\\u0026c"}'
 */
export function htmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/**
 * A messages file's text: JSON written with htmlSafeJson. Plain JSON rather than gzip+base64:
 * gzip would make a file about 15 KB instead of about 40 KB, but decoding it takes four more
 * service calls per execution (base64Decode, newBlob, ungzip, getDataAsString), each passing a
 * byte array between Apps Script's services and V8, where JSON.parse of 40 KB takes a fraction
 * of a millisecond; the files' size does not count towards Code.js's budget.
 */
function messageFileText(groups: Record<string, Record<string, string>>): string {
  return htmlSafeJson(groups)
}

/**
 * The messages of the groups catalogue.ts merges as the add-on carries them: one JSON file per
 * language with every group that is neither excluded nor inline. Each file is complete (a key
 * a language lacks holds the English text, as `t` would fall back to), so a call reads one file.
 *
 * @example
 * const { files } = await resourceMessageFiles({ exclude: WEB_ONLY_MESSAGE_GROUPS, inline: ['addon'] })
 * files.map((file) => file.name) // ['messages-en', 'messages-es', 'messages-pt', 'messages-fr']
 */
export async function resourceMessageFiles(
  options: ResourceMessagesOptions = {}
): Promise<ResourceMessages> {
  const exclude = [...(options.exclude ?? [])]
  const registered = await bundledGroups(exclude)
  const inline = [...(options.inline ?? [])]
  const unknown = inline.filter((group) => !registered.includes(group))
  if (unknown.length > 0) {
    throw new Error(
      `Inline message groups ${unknown.join(', ')} are not bundled: not in shared/i18n/catalogue.ts, or excluded`
    )
  }
  const groups = registered.filter((group) => !inline.includes(group))
  const data = await groupData(groups)
  const named = await quotedStrings(options.inlineKeysFrom ?? [])
  const inFiles = {} as Record<Locale, Record<string, Record<string, string>>>
  const inlineKeys = {} as Record<Locale, Record<string, Record<string, string>>>
  for (const locale of LOCALES) {
    inFiles[locale] = {}
    inlineKeys[locale] = {}
  }
  for (const group of groups) {
    const english = data[group]?.en ?? {}
    const keys = Object.keys(english)
    for (const locale of LOCALES) {
      const messages = data[group]?.[locale] ?? {}
      const extra = Object.keys(messages).filter((key) => !(key in english))
      if (extra.length > 0) {
        throw new Error(
          `${group}.ts: the ${locale} messages have keys English lacks: ${extra.join(', ')}`
        )
      }
      const filled: Record<string, string> = {}
      for (const key of keys) filled[key] = messages[key] ?? (english[key] as string)
      inFiles[locale][group] = filled
      const carried = keys.filter((key) => named.has(key))
      if (carried.length > 0) {
        inlineKeys[locale][group] = Object.fromEntries(
          carried.map((key) => [key, filled[key] as string])
        )
      }
    }
  }
  const files = LOCALES.map((locale): MessageFile => {
    const text = messageFileText(inFiles[locale])
    return { locale, name: messageFileName(locale), text, bytes: Buffer.byteLength(text) }
  })
  return { groups, inline, exclude, inlineKeys, files }
}

function localeGetters(read: (locale: string) => string): string {
  return `{ ${LOCALES.map((locale) => `get ${locale}() { return ${read(JSON.stringify(locale))} }`).join(', ')} }`
}

/**
 * The loader module. A group's language is read from that language's messages file, once per
 * execution (module variables live as long as one). CATALOGUE's language is a read-only view
 * that answers the keys Code.js carries (the inline groups and keys) without reading a file,
 * and reads the file at the first other key: so onOpen builds the menu in any auth mode, and an
 * action reads one file. The catalogue's merge runs with `only` set, so the group languages it
 * does not ask for stay unread.
 */
function loaderSource(inlineKeys: ResourceMessages['inlineKeys']): string {
  return `const FILE_PREFIX = ${JSON.stringify(MESSAGE_FILE_PREFIX)}
const INLINE = ${JSON.stringify(inlineKeys)}
const files = {}
// undefined: every language; null: only what Code.js carries; a locale: only that one.
let only
function fileMessages(locale) {
  if (!files[locale]) {
    const name = FILE_PREFIX + locale
    let text
    try {
      text = HtmlService.createHtmlOutputFromFile(name).getContent()
    } catch (error) {
      throw new Error('The add-on could not read its messages file ' + name + '.html (' + (error && error.message) + '): build it with npm run build:addon and push it beside Code.js.')
    }
    files[locale] = JSON.parse(text)
  }
  return files[locale]
}
function groupIn(name, locale) {
  if (only === null) return INLINE[locale][name] || {}
  if (only !== undefined && only !== locale) return {}
  return fileMessages(locale)[name]
}
export function lazyMessageGroup(name) { return ${localeGetters((locale) => `groupIn(name, ${locale})`)} }
function merged(build, mode, locale) {
  only = mode
  try { return build()[locale] } finally { only = undefined }
}
function localeCatalogue(build, locale) {
  let inline
  let complete
  const full = () => complete || (complete = merged(build, locale, locale))
  const holder = (key) => {
    if (complete) return complete
    if (!inline) inline = merged(build, null, locale)
    return typeof key === 'string' && Object.prototype.hasOwnProperty.call(inline, key) ? inline : full()
  }
  return new Proxy({}, {
    get: (_, key) => holder(key)[key],
    has: (_, key) => key in holder(key),
    ownKeys: () => Reflect.ownKeys(full()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(holder(key), key)
      if (descriptor) descriptor.configurable = true
      return descriptor
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  })
}
export function lazyLocales(build) {
  const catalogues = {}
  const of = (locale) => catalogues[locale] || (catalogues[locale] = localeCatalogue(build, locale))
  return ${localeGetters((locale) => `of(${locale})`)}
}
`
}

/**
 * A group module with its `defineMessages({...})` data replaced by the lazy group; the rest
 * of the module (its helpers, its types) stays as it is.
 *
 * @example
 * lazyGroupModule('common.ts', 'common', source) // "import { lazyMessageGroup ... } ... = __lazyMessageGroup(\"common\")"
 */
export function lazyGroupModule(file: string, group: string, source: string): string {
  const { call } = groupDeclaration(file, source)
  const end = closingBracket(source, call + 'defineMessages'.length)
  return [
    `import { lazyMessageGroup as __lazyMessageGroup } from '${LOADER_MODULE}'`,
    source.slice(0, call),
    `__lazyMessageGroup(${JSON.stringify(group)})`,
    source.slice(end),
  ].join('')
}

/**
 * catalogue.ts with CATALOGUE's merge of the groups deferred to its first use: its own
 * initializer, run by the lazy loader when code first reads a language of it.
 *
 * @example
 * lazyCatalogueModule('catalogue.ts', source) // "... export const CATALOGUE: ... = __lazyLocales(() => ({ ... }))"
 */
export function lazyCatalogueModule(file: string, source: string): string {
  const declaration = /export const CATALOGUE\b[^=]*=\s*/.exec(source)
  const start = declaration ? declaration.index + declaration[0].length : -1
  if (!declaration || source[start] !== '{') {
    throw new Error(
      `${file}: expected \`export const CATALOGUE: ... = { ... }\`, which the add-on build defers to first use`
    )
  }
  const end = closingBracket(source, start)
  return [
    `import { lazyLocales as __lazyLocales } from '${LOADER_MODULE}'`,
    source.slice(0, start),
    `__lazyLocales(() => (${source.slice(start, end)}))`,
    source.slice(end),
  ].join('')
}

/**
 * The esbuild plugin: replaces the data of the message groups in `messages.groups` by lazy
 * groups that read `HtmlService.createHtmlOutputFromFile('messages-<locale>').getContent()` at
 * their first use in an execution, and defers CATALOGUE's merge to the same; `t`, CATALOGUE
 * and every group keep their API. Inline groups are bundled as written, excluded ones left to
 * the plugin that stubs them. Loading Code.js reads nothing.
 *
 * @example
 * const messages = await resourceMessageFiles({ exclude: WEB_ONLY_MESSAGE_GROUPS, inline: ['addon'] })
 * esbuild.build({ ..., plugins: [resourceMessages(messages)] })
 */
export function resourceMessages(messages: ResourceMessages): esbuild.Plugin {
  return {
    name: 'resource-messages',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${LOADER_MODULE}$`) }, () => ({
        path: LOADER_MODULE,
        namespace: LOADER_NAMESPACE,
      }))
      build.onLoad({ filter: /.*/, namespace: LOADER_NAMESPACE }, () => ({
        contents: loaderSource(messages.inlineKeys),
        loader: 'js',
      }))
      build.onLoad({ filter: GROUP_FILE }, async (args) => {
        const group = GROUP_FILE.exec(args.path)?.[1] ?? ''
        if (messages.exclude.includes(group) || messages.inline.includes(group)) return undefined
        if (!messages.groups.includes(group)) {
          throw new Error(
            `${args.path}: this message group is not registered in shared/i18n/catalogue.ts, so the add-on's messages files lack it`
          )
        }
        const source = await readFile(args.path, 'utf8')
        return { contents: lazyGroupModule(args.path, group, source), loader: 'ts' }
      })
      build.onLoad({ filter: CATALOGUE_PATH }, async (args) => {
        const source = await readFile(args.path, 'utf8')
        return { contents: lazyCatalogueModule(args.path, source), loader: 'ts' }
      })
    },
  }
}
