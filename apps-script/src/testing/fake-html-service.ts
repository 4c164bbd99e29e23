// In-memory stand-in for Apps Script's HtmlService and the HtmlOutput it creates.
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

/** The fake `HtmlService` global. */
export interface FakeHtmlService {
  createHtmlOutput(html?: string): FakeHtmlOutput
}

export function createFakeHtmlService(): FakeHtmlService {
  return { createHtmlOutput: createFakeHtmlOutput }
}
