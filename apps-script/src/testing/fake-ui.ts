// In-memory stand-in for a spreadsheet's Ui (SpreadsheetApp.getUi()): records what the code
// under test showed the user, menus, sidebars and alerts, as plain data.
import type { HostMenu, HostUi } from '../services'
import { type FakeHtmlOutput, isFakeHtmlOutput } from './fake-html-service'

export type RecordedMenuEntry =
  | { kind: 'item'; label: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: RecordedMenu }

/** A menu as it was when `addToUi()` was called. The add-on menu has no caption of its own. */
export interface RecordedMenu {
  kind: 'addon' | 'custom'
  caption: string | null
  entries: RecordedMenuEntry[]
}

export interface RecordedSidebar {
  title: string
  html: string
}

export interface RecordedAlert {
  title: string | null
  prompt: string
}

/** Everything the user would have seen, in order. */
export interface FakeUiRecord {
  /** The menu bar's menus: one add-on menu at most, one custom menu per caption (last wins). */
  menus: RecordedMenu[]
  sidebars: RecordedSidebar[]
  alerts: RecordedAlert[]
}

export interface FakeMenu extends HostMenu {
  addItem(caption: string, functionName: string): FakeMenu
  addSeparator(): FakeMenu
  addSubMenu(menu: FakeMenu): FakeMenu
  addToUi(): void
}

export interface FakeUi extends HostUi {
  createAddonMenu(): FakeMenu
  createMenu(caption: string): FakeMenu
  showSidebar(output: FakeHtmlOutput): void
  alert(promptOrTitle: string, promptOrButtons?: unknown, buttons?: unknown): 'OK'
}

const SNAPSHOT = Symbol('snapshot')
type MenuWithSnapshot = FakeMenu & { [SNAPSHOT](): RecordedMenu }

function nonEmpty(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${what} must be a non-empty string, got ${String(value)}`)
  }
  return value
}

function createFakeMenu(
  kind: RecordedMenu['kind'],
  caption: string | null,
  record: FakeUiRecord
): FakeMenu {
  const entries: RecordedMenuEntry[] = []
  // Entries are never changed once pushed, so copying the list freezes the menu as shown.
  const snapshot = (): RecordedMenu => ({ kind, caption, entries: [...entries] })
  const menu: MenuWithSnapshot = {
    addItem(label, functionName) {
      entries.push({
        kind: 'item',
        label: nonEmpty(label, 'Menu.addItem: caption'),
        functionName: nonEmpty(functionName, 'Menu.addItem: functionName'),
      })
      return menu
    },
    addSeparator() {
      entries.push({ kind: 'separator' })
      return menu
    },
    addSubMenu(subMenu) {
      entries.push({ kind: 'submenu', menu: (subMenu as MenuWithSnapshot)[SNAPSHOT]() })
      return menu
    },
    addToUi() {
      const added = snapshot()
      const index = record.menus.findIndex((m) => m.kind === kind && m.caption === caption)
      if (index === -1) record.menus.push(added)
      else record.menus[index] = added
    },
    [SNAPSHOT]: snapshot,
  }
  return menu
}

/**
 * Creates a fake `Ui` and the record of what it showed.
 *
 * @example
 * const { ui, record } = createFakeUi()
 * ui.createAddonMenu().addItem('Open sidebar', 'openSidebar').addToUi()
 * record.menus[0].entries // [{ kind: 'item', label: 'Open sidebar', functionName: 'openSidebar' }]
 */
export function createFakeUi(): { ui: FakeUi; record: FakeUiRecord } {
  const record: FakeUiRecord = { menus: [], sidebars: [], alerts: [] }
  const ui: FakeUi = {
    createAddonMenu: () => createFakeMenu('addon', null, record),
    createMenu: (caption) =>
      createFakeMenu('custom', nonEmpty(caption, 'Ui.createMenu: caption'), record),
    showSidebar(output) {
      if (!isFakeHtmlOutput(output)) {
        throw new Error('Ui.showSidebar expects an HtmlOutput made by HtmlService')
      }
      record.sidebars.push({ title: output.getTitle(), html: output.getContent() })
    },
    alert(promptOrTitle, promptOrButtons, buttons) {
      const titled = typeof promptOrButtons === 'string' && buttons !== undefined
      record.alerts.push(
        titled
          ? { title: promptOrTitle, prompt: promptOrButtons as string }
          : { title: null, prompt: promptOrTitle }
      )
      return 'OK'
    },
  }
  return { ui, record }
}
