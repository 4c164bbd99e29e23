import path from 'node:path'
import vm from 'node:vm'
import * as esbuild from 'esbuild'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { CATALOGUE } from '../shared/i18n/catalogue'
import { LOCALES } from '../shared/i18n/locales'
import { addonMessages } from '../shared/i18n/messages/addon'
import { addonActionMessages } from '../shared/i18n/messages/addon-actions'
import { emailMessages } from '../shared/i18n/messages/email'
import { schemaMessages } from '../shared/i18n/messages/schema'
import {
  closingBracket,
  htmlSafeJson,
  lazyCatalogueModule,
  lazyGroupModule,
  type ResourceMessages,
  resourceMessageFiles,
  resourceMessages,
} from './build-messages'
import { createFakeHtmlOutput } from './src/testing/fake-html-service'

const MENU = path.join(import.meta.dirname, 'src/menu.ts')

/** The messages as the add-on build lays them out: addon and common inline, the menu's keys too. */
let messages: ResourceMessages

beforeAll(async () => {
  messages = await resourceMessageFiles({
    exclude: ['cli', 'feed'],
    inline: ['addon', 'common'],
    inlineKeysFrom: [MENU],
  })
})

/** Bundles `source` (as a module in apps-script/) with the plugin, as Code.js is built. */
async function bundle(source: string, layout: ResourceMessages = messages): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Bundle',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [resourceMessages(layout)],
  })
  return result.outputFiles[0]?.text ?? ''
}

/**
 * Runs a bundle in a fresh context (one execution) whose HtmlService serves the messages files
 * (all of them, or `served`) and records which it read.
 */
function run(code: string, served = messages.files.map((file) => file.name)) {
  const reads: string[] = []
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      reads.push(name)
      const file = messages.files.find((candidate) => candidate.name === name)
      if (!file || !served.includes(name)) throw new Error(`No HTML file named ${name} was found.`)
      return createFakeHtmlOutput(file.text)
    },
  }
  const context = vm.createContext({ HtmlService })
  vm.runInContext(`${code};globalThis.Bundle = Bundle`, context)
  return { bundle: context.Bundle as Record<string, (...args: unknown[]) => unknown>, reads }
}

const ENTRY = `
import { CATALOGUE, t } from '../shared/i18n/catalogue'
import { schemaMessages, valueLabel } from '../shared/i18n/messages/schema'
export const message = (locale, key, params) => t(locale, key, params)
export const catalogue = (locale) => CATALOGUE[locale]
export const group = (locale) => schemaMessages[locale]
export const label = (locale) => valueLabel('eventStatus', 'tentative', locale)
`

describe('closingBracket', () => {
  it('finds the bracket that closes, past brackets in strings, templates and comments', () => {
    const source = `f({ a: '}', b: "\\"{", c: \`\${ { d: 1 } }}\`, /* } */ e: [1] // )
    })`
    expect(source.slice(0, closingBracket(source, 1))).toBe(source)
    expect(closingBracket('x = [a, (b)]', 4)).toBe(12)
  })

  it('refuses text whose brackets do not balance', () => {
    expect(() => closingBracket('f({ a: 1 )', 1)).toThrow(/Unbalanced '\)'/)
    expect(() => closingBracket("f({ a: '1' ", 1)).toThrow(/never closed/)
  })
})

describe('htmlSafeJson', () => {
  it('writes any value as JSON with no <, > or &, which reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const input of [value, { text }]) {
          const json = htmlSafeJson(input)
          expect(json).not.toMatch(/[<>&]/)
          // As JSON itself reads it back (-0 becomes 0 in any JSON).
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)))
        }
      })
    )
  })

  it('hides what HtmlService could take for markup in code: tags, comments, entities', () => {
    const source = 'if (a<b && c>d) x = "</script><!-- &amp; -->"'
    const json = htmlSafeJson({ source })
    expect(json).toBe(
      '{"source":"if (a\\u003cb \\u0026\\u0026 c\\u003ed) x = \\"\\u003c/script\\u003e\\u003c!-- \\u0026amp; --\\u003e\\""}'
    )
    expect(JSON.parse(json).source).toBe(source)
  })
})

describe('resourceMessageFiles', () => {
  it('lays out one complete file per language, with the groups neither excluded nor inline', () => {
    expect(messages.groups).toContain('schema')
    expect(messages.groups).toContain('addon-actions')
    for (const group of ['cli', 'feed', 'addon', 'common']) {
      expect(messages.groups).not.toContain(group)
    }
    expect(messages.files.map((file) => file.name)).toEqual(
      LOCALES.map((locale) => `messages-${locale}`)
    )
    for (const file of messages.files) {
      const groups = JSON.parse(file.text)
      expect(Object.keys(groups)).toEqual(messages.groups)
      expect(groups.schema).toEqual(schemaMessages[file.locale])
      expect(groups['addon-actions']).toEqual(addonActionMessages[file.locale])
      expect(file.bytes).toBe(Buffer.byteLength(file.text))
    }
  })

  it('escapes <, > and & in the files, which read back as written', () => {
    const english = messages.files[0]
    expect(english?.text).not.toMatch(/[<>&]/)
    expect(JSON.parse(english?.text ?? '{}').email['email.display-name']).toBe(
      emailMessages.en['email.display-name']
    )
    expect(emailMessages.en['email.display-name']).toContain('<name@example.org>')
  })

  it('carries inline the keys of file groups that the given sources name, and no others', () => {
    for (const locale of LOCALES) {
      const carried = messages.inlineKeys[locale]['addon-actions'] ?? {}
      expect(carried['actions.menu.validate']).toBe(
        addonActionMessages[locale]['actions.menu.validate']
      )
      expect(carried).not.toHaveProperty('actions.validate.clean')
      expect(messages.inlineKeys[locale]).not.toHaveProperty('schema')
    }
  })

  it('refuses an inline group that the catalogue does not bundle', async () => {
    await expect(resourceMessageFiles({ exclude: ['cli'], inline: ['cli'] })).rejects.toThrow(
      /Inline message groups cli are not bundled/
    )
  })
})

describe('the resource-messages plugin', () => {
  it('gives every message in all four languages, exactly as the catalogue does', async () => {
    const { bundle: built } = run(await bundle(ENTRY))
    for (const locale of LOCALES) {
      expect(built.catalogue?.(locale)).toEqual(CATALOGUE[locale])
      expect(built.group?.(locale)).toEqual(schemaMessages[locale])
    }
    expect(built.message?.('es', 'issue.too_long', { maximum: 300 })).toBe(
      CATALOGUE.es['issue.too_long'].replace('{maximum}', '300')
    )
    expect(built.label?.('pt')).toBe(schemaMessages.pt['value.eventStatus.tentative'])
  })

  it('reads nothing on load, then the file of the language asked for, once', async () => {
    const { bundle: built, reads } = run(await bundle(ENTRY))
    expect(reads).toEqual([])
    expect(built.message?.('fr', 'issue.too_long', { maximum: 3 })).toBe(
      CATALOGUE.fr['issue.too_long'].replace('{maximum}', '3')
    )
    expect(built.label?.('fr')).toBe(schemaMessages.fr['value.eventStatus.tentative'])
    expect(built.message?.('fr', 'actions.validate.clean')).toBe(
      CATALOGUE.fr['actions.validate.clean']
    )
    expect(reads).toEqual(['messages-fr'])
    expect(built.label?.('en')).toBe('Tentative')
    expect(reads).toEqual(['messages-fr', 'messages-en'])
  })

  it('answers the inline groups and keys without reading a file', async () => {
    const { bundle: built, reads } = run(await bundle(ENTRY), [])
    expect(built.message?.('es', 'addon.menu.openSidebar')).toBe(
      addonMessages.es['addon.menu.openSidebar']
    )
    expect(built.message?.('pt', 'actions.menu.validate')).toBe(
      addonActionMessages.pt['actions.menu.validate']
    )
    expect(built.message?.('fr', 'language.es')).toBe('Espagnol')
    expect(reads).toEqual([])
  })

  it('fails with a clear error when a messages file is missing', async () => {
    const { bundle: built } = run(await bundle(ENTRY), ['messages-en'])
    expect(() => built.message?.('es', 'issue.too_long')).toThrow(
      /could not read its messages file messages-es\.html \(No HTML file named messages-es was found\.\)/
    )
  })

  it('leaves the text of the file groups out of the bundle, and the inline text in', async () => {
    const code = await bundle(ENTRY)
    expect(code).not.toContain(schemaMessages.fr['field.event.startDate'])
    expect(code).not.toContain(addonActionMessages.es['actions.validate.clean'])
    expect(code).toContain(addonMessages.es['addon.menu.openSidebar'])
    expect(code).toContain(addonActionMessages.es['actions.menu.validate'])
    expect(code).toMatch(/HtmlService\.createHtmlOutputFromFile/)
  })

  it('leaves the excluded groups to the plugins that stub them', async () => {
    // Without a stub plugin in front of it, an excluded group is bundled as written.
    const layout = await resourceMessageFiles({ exclude: ['schema'] })
    const code = await bundle(ENTRY, layout)
    expect(code).toContain(schemaMessages.fr['field.event.startDate'])
    expect(code).not.toContain(addonActionMessages.es['actions.validate.clean'])
  })
})

describe('the module rewrites', () => {
  it('replace only the data of a group, keeping its helpers', () => {
    const source = `import { defineMessages } from '../define-messages'
export const commonMessages = defineMessages({ en: { 'a.b': 'x {y} )' }, es: {}, pt: {}, fr: {} })
export const count = () => Object.keys(commonMessages.en).length`
    const rewritten = lazyGroupModule('common.ts', 'common', source)
    expect(rewritten).toContain('export const commonMessages = __lazyMessageGroup("common")')
    expect(rewritten).toContain('export const count = () => Object.keys(commonMessages.en).length')
    expect(rewritten).not.toContain("'x {y} )'")
  })

  it('defer the catalogue’s merge, and refuse a catalogue they do not recognise', () => {
    const source = `export const CATALOGUE: Record<Locale, Messages> = {
  en: Object.assign({}, ...GROUPS.map((g) => g.en)),
}
export function t() {}`
    expect(lazyCatalogueModule('catalogue.ts', source)).toContain(
      'export const CATALOGUE: Record<Locale, Messages> = __lazyLocales(() => ({\n  en: Object.assign({}, ...GROUPS.map((g) => g.en)),\n}))\nexport function t() {}'
    )
    expect(() => lazyCatalogueModule('catalogue.ts', 'export const MESSAGES = {}')).toThrow(
      /expected `export const CATALOGUE: \.\.\. = \{ \.\.\. \}`/
    )
    expect(() => lazyGroupModule('x.ts', 'x', 'export const x = {}')).toThrow(
      /expected one `export const \.\.\.Messages = defineMessages/
    )
  })
})
