// The preview's view of the in-memory spreadsheet: one HTML table per tab, with the marks the
// add-on puts on cells (notes, fills) and the selection, so people and tests see rows arrive.
import type { CellValue } from '../../shared/workbook/columns'
import { escapeHtml } from '../src/html-escape'
import { columnLetters, parseA1 } from '../src/testing/a1-notation'
import type { InstalledTrigger } from '../src/testing/fake-script-app-triggers'
import type { FakeSpreadsheet } from '../src/testing/fake-spreadsheet'

function formatValue(value: CellValue, timeZone: string): string {
  if (Object.prototype.toString.call(value) !== '[object Date]') return String(value)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value as Date)
      .map((part) => [part.type, part.value])
  )
  const day = `${parts.year}-${parts.month}-${parts.day}`
  const time = `${parts.hour}:${parts.minute}`
  return time === '00:00' ? day : `${day} ${time}`
}

/** A valid HTML id for a tab's table: 'tab-Registrations'. */
export function tabTableId(tab: string): string {
  return `tab-${tab.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

function tabTable(spreadsheet: FakeSpreadsheet, name: string, timeZone: string): string {
  const sheet = spreadsheet.sheet(name)
  const rows = sheet.lastRow()
  const columns = sheet.lastColumn()
  const selected = spreadsheet.selected()
  const area =
    selected?.sheet === name && selected.a1
      ? parseA1(selected.a1, sheet.getMaxRows(), sheet.getMaxColumns())
      : null
  const isSelected = (row: number, column: number) =>
    area !== null &&
    row >= area.row &&
    row < area.row + area.numRows &&
    column >= area.column &&
    column < area.column + area.numColumns
  const header = Array.from(
    { length: columns },
    (_, c) => `<th scope="col">${columnLetters(c + 1)}</th>`
  ).join('')
  const body = Array.from({ length: rows }, (_, r) => {
    const cells = Array.from({ length: columns }, (_, c) => {
      const cell = sheet.cellAt(r + 1, c + 1)
      const classes = [cell.bold ? 'bold' : '', isSelected(r + 1, c + 1) ? 'selected' : '']
        .filter(Boolean)
        .join(' ')
      const attributes = [
        classes ? ` class="${classes}"` : '',
        cell.background ? ` style="background:${escapeHtml(cell.background)}"` : '',
        cell.note ? ` title="${escapeHtml(cell.note)}" data-note="${escapeHtml(cell.note)}"` : '',
      ].join('')
      const text = cell.formula ? cell.formula : formatValue(cell.value, timeZone)
      return `<td${attributes}>${escapeHtml(text)}</td>`
    }).join('')
    return `<tr><th scope="row">${r + 1}</th>${cells}</tr>`
  }).join('')
  const count = Math.max(rows - 1, 0)
  return [
    `<section id="${tabTableId(name)}-section"><h2>${escapeHtml(name)} <small>(${count} ${count === 1 ? 'row' : 'rows'} below the header)</small></h2>`,
    rows === 0
      ? '<p class="empty">Empty.</p>'
      : `<div class="scroll"><table id="${tabTableId(name)}" data-tab="${escapeHtml(name)}"><thead><tr><th></th>${header}</tr></thead><tbody>${body}</tbody></table></div>`,
    '</section>',
  ].join('')
}

const STYLE = `
body{font:13px/1.4 Arial,sans-serif;margin:0;color:#202124}
header{position:sticky;top:0;background:#f8f9fa;border-bottom:1px solid #dadce0;padding:8px 12px;z-index:1}
header h1{font-size:15px;margin:0 0 4px}
nav a{margin-right:10px}
main{padding:8px 12px}
h2{font-size:14px;margin:16px 0 6px}
h2 small{color:#5f6368;font-weight:normal}
.scroll{overflow:auto;max-height:70vh;border:1px solid #dadce0}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #e0e0e0;padding:2px 6px;white-space:nowrap;max-width:280px;overflow:hidden;text-overflow:ellipsis;vertical-align:top}
thead th,tbody th{background:#f1f3f4;color:#5f6368;font-weight:normal;position:sticky}
thead th{top:0}
tbody th{left:0}
td.bold{font-weight:bold}
td.selected{outline:2px solid #1a73e8;outline-offset:-2px}
td[data-note]{background-image:linear-gradient(225deg,#f9ab00 6px,transparent 6px)}
.empty{color:#5f6368}
`

/**
 * The whole fake spreadsheet as an HTML page (or one tab of it).
 *
 * @example
 * response.end(workbookPage(runtime.fake.spreadsheet))
 */
export function workbookPage(
  spreadsheet: FakeSpreadsheet,
  options: { tab?: string; triggers?: readonly InstalledTrigger[] } = {}
): string {
  const timeZone = spreadsheet.getSpreadsheetTimeZone()
  const names = spreadsheet.sheetNames()
  const shown = options.tab ? names.filter((name) => name === options.tab) : names
  const selected = spreadsheet.selected()
  const selection = selected
    ? `${selected.sheet}${selected.a1 ? `!${selected.a1}` : ''}`
    : 'nothing'
  const triggers = (options.triggers ?? [])
    .map((trigger) => `${trigger.handler} every ${trigger.everyMinutes} minutes`)
    .join(', ')
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Workbook (preview)</title><style>${STYLE}</style></head><body>`,
    '<header><h1>LACRALO Dashboard: the in-memory workbook</h1>',
    `<p>Time zone ${escapeHtml(timeZone)}. Selected: <output id="selection">${escapeHtml(selection)}</output>. Triggers: <output id="triggers">${escapeHtml(triggers || 'none')}</output>.</p>`,
    `<nav>${names.map((name) => `<a href="#${tabTableId(name)}-section">${escapeHtml(name)}</a>`).join('')}</nav></header>`,
    `<main>${shown.map((name) => tabTable(spreadsheet, name, timeZone)).join('')}</main>`,
    '</body></html>',
  ].join('')
}
