import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'
import { createFakeHtmlService } from './fake-html-service'

let htmlDir: string

beforeAll(async () => {
  htmlDir = await mkdtemp(path.join(os.tmpdir(), 'lacralo-html-'))
  await writeFile(path.join(htmlDir, 'Sidebar.html'), '<p>Panel</p>')
  await writeFile(path.join(htmlDir, 'messages-es.html'), '{"common":{"common.error":"Error"}}')
  await writeFile(path.join(htmlDir, 'Code.js'), 'function onOpen() {}')
})

afterAll(async () => {
  await rm(htmlDir, { recursive: true, force: true })
})

describe('the fake HtmlService', () => {
  it("reads the project's HTML files from its folder, named with or without .html", () => {
    const { service, files } = createFakeHtmlService({ htmlDir })
    expect(service.createHtmlOutputFromFile('messages-es').getContent()).toBe(
      '{"common":{"common.error":"Error"}}'
    )
    expect(service.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>Panel</p>')
    expect(files.reads).toEqual(['messages-es', 'Sidebar'])
  })

  it('fails as Apps Script does for a file that is not an HTML file of the project', () => {
    const { service, files } = createFakeHtmlService({ htmlDir })
    expect(() => service.createHtmlOutputFromFile('messages-pt')).toThrow(
      'No HTML file named messages-pt was found.'
    )
    expect(() => service.createHtmlOutputFromFile('Code.js')).toThrow(/No HTML file named Code/)
    expect(() => service.createHtmlOutputFromFile('../etc/passwd')).toThrow(/No HTML file named/)
    // The attempts are recorded too: a test can tell that code tried to read a file.
    expect(files.reads).toHaveLength(3)
  })

  it('has no HTML file without a folder', () => {
    const { service } = createFakeHtmlService()
    expect(() => service.createHtmlOutputFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.'
    )
  })

  it('is the HtmlService of the fake Apps Script, with its reads on the fake', () => {
    const fake = createFakeAppsScript({ htmlDir })
    const output = fake.globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Panel')
    fake.globals.SpreadsheetApp.getUi().showSidebar(output)
    expect(fake.ui.sidebars).toEqual([{ title: 'Panel', html: '<p>Panel</p>' }])
    expect(fake.htmlFiles.reads).toEqual(['Sidebar'])
  })
})
