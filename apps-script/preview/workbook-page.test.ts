import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from '../src/testing/fake-apps-script'
import { tabTableId, workbookPage } from './workbook-page'

function spreadsheet() {
  const fake = createFakeAppsScript({
    timeZone: 'America/Lima',
    sheets: {
      Members: [
        ['ID', 'Name', 'Email'],
        ['M-1', '<script>alert(1)</script>', 'ana@ejemplo.pe'],
      ],
      Events: [
        ['Title', 'Start date', 'Start time'],
        ['Foro & taller', new Date('2024-05-03T05:00:00Z'), new Date('2024-05-03T19:30:00Z')],
      ],
      Empty: [],
    },
  })
  return fake.spreadsheet
}

describe('workbookPage', () => {
  it('shows every tab as a table of its cells, text escaped', () => {
    const html = workbookPage(spreadsheet())
    expect(html).toContain('<table id="tab-Members" data-tab="Members">')
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('<td>Foro &amp; taller</td>')
    expect(html).toContain('<p class="empty">Empty.</p>')
    expect(html).toMatch(/Members <small>\(1 row below the header\)/)
  })

  it("writes date cells as the spreadsheet's time zone shows them", () => {
    const html = workbookPage(spreadsheet())
    // Midnight in Lima is a plain date; 14:30 in Lima has its time.
    expect(html).toContain('<td>2024-05-03</td>')
    expect(html).toContain('<td>2024-05-03 14:30</td>')
  })

  it('shows the selection, the marks the add-on left and the installed triggers', () => {
    const sheets = spreadsheet()
    const members = sheets.sheet('Members')
    members.getRange(2, 3, 1, 1).setNote('Email: no domain').setBackground('#fce8e6')
    members.getRange(2, 3, 1, 1).activate()
    const html = workbookPage(sheets, {
      triggers: [{ id: 'trigger-1', handler: 'syncRegistrationsOnSchedule', everyMinutes: 15 }],
    })
    expect(html).toContain('<output id="selection">Members!C2</output>')
    expect(html).toContain(
      '<td class="selected" style="background:#fce8e6" title="Email: no domain" data-note="Email: no domain">ana@ejemplo.pe</td>'
    )
    expect(html).toContain(
      '<output id="triggers">syncRegistrationsOnSchedule every 15 minutes</output>'
    )
  })

  it('shows one tab when asked, with links to all', () => {
    const html = workbookPage(spreadsheet(), { tab: 'Events' })
    expect(html).toContain(`id="${tabTableId('Events')}"`)
    expect(html).not.toContain('id="tab-Members"')
    expect(html).toContain('<a href="#tab-Members-section">Members</a>')
  })

  it('makes a valid id of any tab name', () => {
    expect(tabTableId('Registrations')).toBe('tab-Registrations')
    expect(tabTableId('Eventos 2024 (copia)')).toBe('tab-Eventos_2024__copia_')
  })
})
