// In-memory stand-in for Apps Script's HtmlService and the HtmlOutput it creates; the project's
// HTML files are read from a folder (the built dist), as clasp pushes them.
/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HostHtmlOutput } from '../services'

/** An `HtmlOutput` whose content and title can be read back. */
export interface FakeHtmlOutput extends HostHtmlOutput {
  setTitle(title: string): FakeHtmlOutput
  getTitle(): string
  append(addition: string): FakeHtmlOutput
  getContent(): string
  setWidth(width: number): FakeHtmlOutput
  getWidth(): number | null
}

/** Creates an `HtmlOutput` as `HtmlService.createHtmlOutput(html)` does. */
export function createFakeHtmlOutput(html = ''): FakeHtmlOutput {
  let content = String(html)
  let title = ''
  let width: number | null = null
  const output: FakeHtmlOutput = {
    setTitle(newTitle) {
      title = String(newTitle)
      return output
    },
    getTitle: () => title,
    append(addition) {
      content += String(addition)
      return output
    },
    getContent: () => content,
    setWidth(newWidth) {
      width = newWidth
      return output
    },
    getWidth: () => width,
  }
  return output
}

/** Tells a fake `HtmlOutput` from anything else handed to the fake UI. */
export function isFakeHtmlOutput(value: unknown): value is FakeHtmlOutput {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FakeHtmlOutput).getContent === 'function' &&
    typeof (value as FakeHtmlOutput).getTitle === 'function'
  )
}

/** What the fake HtmlService read: the names of the project's HTML files, in order. */
export interface FakeHtmlFiles {
  /** Each `createHtmlOutputFromFile` call's file name ('Sidebar', 'messages-es'), in order. */
  readonly reads: string[]
}

export interface FakeHtmlServiceOptions {
  /**
   * The folder that holds the project's HTML files (the built apps-script/dist, what clasp
   * pushes): `createHtmlOutputFromFile('messages-es')` reads messages-es.html from it. Without
   * it, no HTML file exists.
   */
  htmlDir?: string
}

/** The fake `HtmlService` global. */
export interface FakeHtmlService {
  createHtmlOutput(html?: string): FakeHtmlOutput
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput
}

/**
 * Creates the fake HtmlService and the record of the files it read. A file name is taken with
 * or without '.html', as Apps Script takes it; a file that is not there fails as it does there.
 *
 * @example
 * const { service, files } = createFakeHtmlService({ htmlDir: 'apps-script/dist' })
 * service.createHtmlOutputFromFile('Sidebar').getContent() // the built sidebar page
 * files.reads // ['Sidebar']
 */
export function createFakeHtmlService(options: FakeHtmlServiceOptions = {}): {
  service: FakeHtmlService
  files: FakeHtmlFiles
} {
  const reads: string[] = []
  const service: FakeHtmlService = {
    createHtmlOutput: createFakeHtmlOutput,
    createHtmlOutputFromFile(filename) {
      const name = String(filename).replace(/\.html$/, '')
      reads.push(name)
      const file =
        options.htmlDir && /^[\w.-]+$/.test(name) ? join(options.htmlDir, `${name}.html`) : ''
      if (!file || !existsSync(file)) throw new Error(`No HTML file named ${name} was found.`)
      return createFakeHtmlOutput(readFileSync(file, 'utf8'))
    },
  }
  return { service, files: { reads } }
}
