import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'

describe('fake Apps Script', () => {
  it('records a menu as it was when added to the UI', () => {
    const fake = createFakeAppsScript()
    const ui = fake.globals.SpreadsheetApp.getUi()
    const menu = ui.createMenu('LACRALO').addItem('Validate', 'validateWorkbook').addSeparator()
    menu.addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp'))
    menu.addToUi()
    menu.addItem('Added later', 'later')
    expect(fake.ui.menus).toEqual([
      {
        kind: 'custom',
        caption: 'LACRALO',
        entries: [
          { kind: 'item', label: 'Validate', functionName: 'validateWorkbook' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            menu: {
              kind: 'custom',
              caption: 'More',
              entries: [{ kind: 'item', label: 'Help', functionName: 'showHelp' }],
            },
          },
        ],
      },
    ])
  })

  it('keeps one add-on menu: adding it again replaces it', () => {
    const fake = createFakeAppsScript()
    const ui = fake.globals.SpreadsheetApp.getUi()
    ui.createAddonMenu().addItem('Old', 'old').addToUi()
    ui.createAddonMenu().addItem('New', 'openSidebar').addToUi()
    expect(fake.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        entries: [{ kind: 'item', label: 'New', functionName: 'openSidebar' }],
      },
    ])
  })

  it('refuses a menu item without a function name, as Apps Script does', () => {
    const ui = createFakeAppsScript().globals.SpreadsheetApp.getUi()
    expect(() => ui.createAddonMenu().addItem('Open sidebar', '')).toThrow(/functionName/)
  })

  it('shows a sidebar with the title and content of its HtmlOutput', () => {
    const fake = createFakeAppsScript()
    const output = fake.globals.HtmlService.createHtmlOutput('<p>Hola</p>')
      .append('<p>Chau</p>')
      .setTitle('Panel')
    fake.globals.SpreadsheetApp.getUi().showSidebar(output)
    expect(fake.ui.sidebars).toEqual([{ title: 'Panel', html: '<p>Hola</p><p>Chau</p>' }])
  })

  it('records alerts with and without a title', () => {
    const fake = createFakeAppsScript()
    const ui = fake.globals.SpreadsheetApp.getUi()
    expect(ui.alert('Saved')).toBe('OK')
    ui.alert('Publish', 'Publish 12 events?', 'OK_CANCEL')
    expect(fake.ui.alerts).toEqual([
      { title: null, prompt: 'Saved' },
      { title: 'Publish', prompt: 'Publish 12 events?' },
    ])
  })

  it('reports the locale it was given, and a changed one', () => {
    const fake = createFakeAppsScript({ locale: 'pt_BR' })
    expect(fake.globals.Session.getActiveUserLocale()).toBe('pt_BR')
    fake.setLocale('fr')
    expect(fake.globals.Session.getActiveUserLocale()).toBe('fr')
  })
})
