import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices } from './services'
import { SIDEBAR_BOOT_MARKER, showAddonSidebar, sidebarBootJson } from './sidebar'
import { createFakeAppsScript } from './testing/fake-apps-script'

const PAGE = `<!DOCTYPE html><html lang="en"><head></head><body><main id="sidebar"></main><script type="application/json" id="sidebar-boot">${SIDEBAR_BOOT_MARKER}</script><script>start()</script></body></html>`

function bootOf(html: string): unknown {
  const json = /<script type="application\/json" id="sidebar-boot">(.*?)<\/script>/.exec(html)?.[1]
  return JSON.parse(json ?? 'null')
}

const dirs: string[] = []

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** Opens the sidebar for a user of `locale`, with `files` as the project's HTML files. */
function openFor(locale: string, files: Record<string, string> = { Sidebar: PAGE }) {
  const htmlDir = mkdtempSync(path.join(tmpdir(), 'lacralo-sidebar-'))
  dirs.push(htmlDir)
  for (const [name, html] of Object.entries(files))
    writeFileSync(path.join(htmlDir, `${name}.html`), html)
  const fake = createFakeAppsScript({ locale, htmlDir })
  showAddonSidebar(createServices(fake.globals), fake.globals)
  return fake.ui.sidebars
}

describe('add-on sidebar', () => {
  it('opens the built page with the user language in its boot data, titled in that language', () => {
    const sidebars = openFor('es')
    expect(sidebars).toHaveLength(1)
    expect(sidebars[0]?.title).toBe('Herramientas de difusión de LACRALO')
    expect(bootOf(sidebars[0]?.html ?? '')).toEqual({
      locale: 'es',
      title: 'Herramientas de difusión de LACRALO',
    })
    expect(sidebars[0]?.html).toContain('<script>start()</script>')
  })

  it('speaks English to a user whose language the toolkit does not have', () => {
    const [sidebar] = openFor('ja')
    expect(sidebar?.title).toBe('LACRALO Outreach Toolkit')
    expect(bootOf(sidebar?.html ?? '')).toEqual({ locale: 'en', title: 'LACRALO Outreach Toolkit' })
  })

  it.each([
    ['pt_BR', 'pt', 'Ferramentas de divulgação da LACRALO'],
    ['fr-CA', 'fr', 'Outils de sensibilisation de LACRALO'],
  ])('maps the setting %s to %s', (setting, locale, title) => {
    const [sidebar] = openFor(setting)
    expect(sidebar?.title).toBe(title)
    expect(bootOf(sidebar?.html ?? '')).toEqual({ locale, title })
  })

  it('fails with what to do when the pushed Sidebar.html is not the built page', () => {
    expect(() => openFor('en', { Sidebar: '<p>old page</p>' })).toThrow(
      /Sidebar\.html is not the toolkit's built sidebar[\s\S]*npm run build:addon/
    )
  })

  it('fails as Apps Script does when Sidebar.html was not pushed at all', () => {
    expect(() => openFor('en', {})).toThrow('No HTML file named Sidebar was found.')
  })
})

describe('sidebar boot data', () => {
  it('cannot close its script element or open a comment, whatever it holds', () => {
    const title = 'Q&A </script><!-- <b>'
    const json = sidebarBootJson({ locale: 'en', title })
    expect(json).not.toMatch(/<\/script|<!--|</i)
    expect(JSON.parse(json)).toEqual({ locale: 'en', title })
  })
})
