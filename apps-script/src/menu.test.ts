import { describe, expect, it } from 'vitest'
import * as entryPoints from './main'
import { addonMenuItems, installAddonMenu } from './menu'
import { createServices } from './services'
import { createFakeAppsScript } from './testing/fake-apps-script'

describe('add-on menu', () => {
  it('shows the add-on menu in English by default', () => {
    const fake = createFakeAppsScript()
    installAddonMenu(createServices(fake.globals))
    expect(fake.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        entries: [{ kind: 'item', label: 'Open sidebar', functionName: 'openSidebar' }],
      },
    ])
  })

  it.each([
    ['es_419', 'Abrir panel lateral'],
    ['pt_BR', 'Abrir barra lateral'],
    ['fr', 'Ouvrir le panneau latéral'],
    ['de', 'Open sidebar'],
  ])('labels the items for a %s user', (userLocale, label) => {
    const fake = createFakeAppsScript({ locale: userLocale })
    installAddonMenu(createServices(fake.globals))
    expect(fake.ui.menus[0]?.entries).toEqual([
      { kind: 'item', label, functionName: 'openSidebar' },
    ])
  })

  it('points every item at a function main.ts exports', () => {
    const exportedFunctions = Object.entries(entryPoints)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
    for (const locale of ['en', 'es', 'pt', 'fr'] as const) {
      for (const item of addonMenuItems(locale)) {
        expect(exportedFunctions).toContain(item.functionName)
      }
    }
  })

  it('lists only actions that exist: no item for validate, import, publish or sync yet', () => {
    expect(addonMenuItems('en').map((item) => item.label)).toEqual(['Open sidebar'])
  })
})
