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
        entries: [
          { kind: 'item', label: 'Open sidebar', functionName: 'openSidebar' },
          { kind: 'item', label: 'Set up this spreadsheet', functionName: 'setUpSpreadsheet' },
          { kind: 'item', label: 'Check the spreadsheet', functionName: 'validateSpreadsheet' },
          {
            kind: 'item',
            label: 'Import events from the Import tab',
            functionName: 'importEvents',
          },
          { kind: 'item', label: 'Publish the calendar', functionName: 'publishCalendar' },
          { kind: 'item', label: 'Publish the webinars', functionName: 'publishWebinars' },
          {
            kind: 'item',
            label: 'Sync webinar registrations',
            functionName: 'syncRegistrations',
          },
          { kind: 'item', label: 'Rebuild the dashboard', functionName: 'rebuildDashboard' },
          { kind: 'item', label: 'Test the connection', functionName: 'testConnection' },
        ],
      },
    ])
  })

  it.each([
    ['es_419', 'Abrir panel lateral', 'Configurar esta hoja de cálculo', 'Publicar el calendario'],
    ['pt_BR', 'Abrir barra lateral', 'Configurar esta planilha', 'Publicar o calendário'],
    [
      'fr',
      'Ouvrir le panneau latéral',
      'Configurer cette feuille de calcul',
      'Publier le calendrier',
    ],
    ['de', 'Open sidebar', 'Set up this spreadsheet', 'Publish the calendar'],
  ])('labels the items for a %s user', (userLocale, sidebarLabel, setUpLabel, publishLabel) => {
    const fake = createFakeAppsScript({ locale: userLocale })
    installAddonMenu(createServices(fake.globals))
    const entries = fake.ui.menus[0]?.entries ?? []
    expect(entries.slice(0, 2)).toEqual([
      { kind: 'item', label: sidebarLabel, functionName: 'openSidebar' },
      { kind: 'item', label: setUpLabel, functionName: 'setUpSpreadsheet' },
    ])
    expect(entries).toContainEqual({
      kind: 'item',
      label: publishLabel,
      functionName: 'publishCalendar',
    })
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

  it('lists the actions that work: check, import, publish, sync and the connection test', () => {
    expect(addonMenuItems('en').map((item) => item.functionName)).toEqual([
      'openSidebar',
      'setUpSpreadsheet',
      'validateSpreadsheet',
      'importEvents',
      'publishCalendar',
      'publishWebinars',
      'syncRegistrations',
      'rebuildDashboard',
      'testConnection',
    ])
  })
})
