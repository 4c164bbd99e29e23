// The Workbook over SpreadsheetApp: the one module that reads and writes the spreadsheet.
/// <reference types="google-apps-script" />
import { t } from '../../../shared/i18n/catalogue'
import {
  type DropdownSource,
  dropdownValues,
  type TabDefinition,
} from '../../../shared/workbook/columns'
import {
  headerColumns,
  type PlannedDropdown,
  planTabSetup,
} from '../../../shared/workbook/setup-plan'
import { MARK_BACKGROUND, withMarks, withoutMarks } from './cell-marks'
import type {
  HostDataValidation,
  HostSheet,
  HostSpreadsheet,
  WorkbookHost,
} from './spreadsheet-host'
import { type CellValue, quoteHeaders, type Workbook, WorkbookError } from './workbook'
import { type CellWrite, writeBlocks } from './write-blocks'

// How long an action waits for another one on the same spreadsheet to finish.
const LOCK_TIMEOUT_MS = 10_000
const WHITE = '#ffffff'

type Row = Readonly<Record<string, CellValue>>

function headerText(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value).trim()
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '')
}

// A key written through recordToRow may carry the apostrophe that keeps it text.
function keyText(value: CellValue | undefined): string {
  if (value === undefined) return ''
  const text = String(value).trim()
  return text.startsWith("'") ? text.slice(1).trim() : text
}

// A white cell is written back as "no fill", so that alternating colours still show through.
function fill(color: string): string | null {
  return color.toLowerCase() === WHITE ? null : color
}

/**
 * The workbook of the spreadsheet `host` gives: Apps Script's own globals in production, the
 * in-memory fake in tests.
 *
 * @example
 * const workbook = createSheetWorkbook(createFakeAppsScript().globals)
 * workbook.ensureTab(tabDefinition('Events'))
 */
export function createSheetWorkbook(host: WorkbookHost): Workbook {
  const app = host.SpreadsheetApp
  let spreadsheet: HostSpreadsheet | null = null
  const active = (): HostSpreadsheet => {
    spreadsheet ??= app.getActiveSpreadsheet()
    return spreadsheet
  }

  function sheetOf(name: string): HostSheet {
    const sheet = active().getSheetByName(name)
    if (!sheet) throw new WorkbookError('workbook.error.missingTab', { tab: name })
    return sheet
  }

  function headerCells(sheet: HostSheet): string[] {
    const lastColumn = sheet.getLastColumn()
    if (lastColumn === 0) return []
    return (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []).map(headerText)
  }

  function requireColumns(name: string, index: Map<string, number>, headers: Iterable<string>) {
    const missing = [...new Set(headers)].filter((header) => !index.has(header))
    if (missing.length > 0) {
      throw new WorkbookError('workbook.error.missingColumn', {
        tab: name,
        headers: quoteHeaders(missing),
      })
    }
  }

  function appendAt(
    sheet: HostSheet,
    index: Map<string, number>,
    rows: readonly Row[],
    lastRow: number
  ): number[] {
    const headerAt = new Map([...index].map(([header, column]) => [column, header]))
    const used = [...new Set(rows.flatMap((row) => Object.keys(row)))].map(
      (header) => index.get(header) as number
    )
    if (used.length === 0) return []
    const from = Math.min(...used)
    const to = Math.max(...used)
    const first = lastRow + 1
    const needed = lastRow + rows.length
    const maxRows = sheet.getMaxRows()
    if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows)
    const values = rows.map((row) => {
      const line: CellValue[] = []
      for (let column = from; column <= to; column++) {
        const header = headerAt.get(column)
        line.push((header === undefined ? undefined : row[header]) ?? '')
      }
      return line
    })
    sheet.getRange(first, from, rows.length, to - from + 1).setValues(values)
    return rows.map((_, offset) => first + offset)
  }

  // One setValues over the rectangle of updated cells; the cells inside it that are not
  // updated are written back as they were: formulas as formulas, text kept text.
  function rewrite(sheet: HostSheet, values: CellValue[][], updates: CellWrite[]): void {
    const rows = updates.map((update) => update.row)
    const columns = updates.map((update) => update.column)
    const top = Math.min(...rows)
    const left = Math.min(...columns)
    const height = Math.max(...rows) - top + 1
    const width = Math.max(...columns) - left + 1
    const written = new Map(updates.map((update) => [`${update.row}:${update.column}`, update]))
    const range = sheet.getRange(top, left, height, width)
    const formulas = written.size === height * width ? null : range.getFormulas()
    const block: CellValue[][] = []
    for (let r = 0; r < height; r++) {
      const line: CellValue[] = []
      for (let c = 0; c < width; c++) {
        const update = written.get(`${top + r}:${left + c}`)
        const formula = formulas?.[r]?.[c] ?? ''
        const current = values[top + r - 1]?.[left + c - 1] ?? ''
        if (update) line.push(update.value)
        else if (formula !== '') line.push(formula)
        else line.push(typeof current === 'string' && current !== '' ? `'${current}` : current)
      }
      block.push(line)
    }
    range.setValues(block)
  }

  function addDropdowns(sheet: HostSheet, dropdowns: readonly PlannedDropdown[], maxRows: number) {
    const rules = new Map<DropdownSource, HostDataValidation>()
    for (const { column, source } of dropdowns) {
      let rule = rules.get(source)
      if (!rule) {
        // Invalid values are allowed, with a warning, so that staff can paste and fix later.
        rule = app
          .newDataValidation()
          .requireValueInList(dropdownValues(source), true)
          .setAllowInvalid(true)
          .build()
        rules.set(source, rule)
      }
      sheet.getRange(2, column, maxRows - 1, 1).setDataValidation(rule)
    }
  }

  // The columns whose row-2 cell has a drop-down; read only for tabs that have list columns.
  function columnsWithDropdown(
    sheet: HostSheet,
    definition: TabDefinition,
    maxRows: number,
    maxColumns: number
  ): number[] {
    const lists = definition.columns.some((column) => column.kind === 'list' && column.source)
    if (!lists || maxRows < 2 || maxColumns < 1) return []
    const rules = sheet.getRange(2, 1, 1, maxColumns).getDataValidations()[0] ?? []
    return rules.flatMap((rule, offset) => (rule ? [offset + 1] : []))
  }

  function headerProtected(sheet: HostSheet): boolean {
    return sheet.getProtections(app.ProtectionType.RANGE).some((protection) => {
      const range = protection.getRange()
      return range.getRow() === 1 && range.getNumRows() === 1
    })
  }

  return {
    spreadsheetTimeZone: () => active().getSpreadsheetTimeZone(),

    readTab(name) {
      const values = sheetOf(name).getDataRange().getValues()
      const headers = (values[0] ?? []).map(headerText)
      while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop()
      const columns = [...headerColumns(headers)]
      const rows = []
      for (let r = 1; r < values.length; r++) {
        const line = values[r] ?? []
        const cells: Record<string, CellValue> = {}
        let filled = false
        for (const [header, column] of columns) {
          const value = line[column - 1] ?? ''
          cells[header] = value
          if (!isBlank(value)) filled = true
        }
        if (filled) rows.push({ rowNumber: r + 1, cells })
      }
      return { headers, rows }
    },

    writeCells(name, updates) {
      if (updates.length === 0) return
      const sheet = sheetOf(name)
      const index = headerColumns(headerCells(sheet))
      requireColumns(
        name,
        index,
        updates.map((update) => update.header)
      )
      const lastRow = sheet.getLastRow()
      const outside = updates.find(
        (update) =>
          !Number.isInteger(update.rowNumber) || update.rowNumber < 2 || update.rowNumber > lastRow
      )
      if (outside) {
        throw new WorkbookError('workbook.error.rowOutOfRange', {
          row: outside.rowNumber,
          tab: name,
          last: lastRow,
        })
      }
      const cells = updates.map((update) => ({
        row: update.rowNumber,
        column: index.get(update.header) as number,
        value: update.value,
      }))
      for (const block of writeBlocks(cells)) {
        const width = block.values[0]?.length ?? 0
        sheet.getRange(block.row, block.column, block.values.length, width).setValues(block.values)
      }
    },

    appendRows(name, rows) {
      if (rows.length === 0) return []
      const sheet = sheetOf(name)
      const index = headerColumns(headerCells(sheet))
      requireColumns(
        name,
        index,
        rows.flatMap((row) => Object.keys(row))
      )
      return appendAt(sheet, index, rows, sheet.getLastRow())
    },

    upsertRows(name, keyHeader, rows) {
      if (rows.length === 0) return { updated: [], appended: [] }
      const sheet = sheetOf(name)
      const values = sheet.getDataRange().getValues()
      const index = headerColumns((values[0] ?? []).map(headerText))
      requireColumns(name, index, [keyHeader, ...rows.flatMap((row) => Object.keys(row))])
      const keyColumn = index.get(keyHeader) as number
      const incoming = new Map<string, Record<string, CellValue>>()
      for (const row of rows) {
        const key = keyText(row[keyHeader])
        if (key === '') {
          throw new WorkbookError('workbook.error.missingKey', {
            tab: name,
            headers: quoteHeaders([keyHeader]),
          })
        }
        incoming.set(key, { ...incoming.get(key), ...row })
      }
      const existing = new Map<string, number>()
      // Backwards, so that of two rows with the same key the first is the one updated.
      for (let r = values.length - 1; r >= 1; r--) {
        const key = keyText(values[r]?.[keyColumn - 1])
        if (key !== '') existing.set(key, r + 1)
      }
      const updates: CellWrite[] = []
      const updated: number[] = []
      const appends: Row[] = []
      for (const [key, row] of incoming) {
        const rowNumber = existing.get(key)
        if (rowNumber === undefined) {
          appends.push(row)
          continue
        }
        updated.push(rowNumber)
        for (const [header, value] of Object.entries(row)) {
          updates.push({ row: rowNumber, column: index.get(header) as number, value })
        }
      }
      if (updates.length > 0) rewrite(sheet, values, updates)
      const appended = appends.length > 0 ? appendAt(sheet, index, appends, values.length) : []
      return { updated, appended }
    },

    deleteRows(name, rowNumbers) {
      if (rowNumbers.length === 0) return
      const sheet = sheetOf(name)
      const lastRow = sheet.getLastRow()
      const outside = rowNumbers.find((row) => !Number.isInteger(row) || row < 2 || row > lastRow)
      if (outside !== undefined) {
        throw new WorkbookError('workbook.error.rowOutOfRange', {
          row: outside,
          tab: name,
          last: lastRow,
        })
      }
      const rows = [...new Set(rowNumbers)].sort((a, b) => b - a)
      // Sheets refuses to delete every row under the frozen ones; a blank row at the end keeps one.
      const maxRows = sheet.getMaxRows()
      if (rows.length >= maxRows - sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, 1)
      let index = 0
      while (index < rows.length) {
        const bottom = rows[index] as number
        let top = bottom
        while (rows[index + 1] === top - 1) {
          top -= 1
          index += 1
        }
        sheet.deleteRows(top, bottom - top + 1)
        index += 1
      }
    },

    markCells(name, marks) {
      if (marks.length === 0) return
      const sheet = sheetOf(name)
      const range = sheet.getDataRange()
      const numRows = range.getNumRows()
      const numColumns = range.getNumColumns()
      const headers = (sheet.getRange(1, 1, 1, numColumns).getValues()[0] ?? []).map(headerText)
      const index = headerColumns(headers)
      requireColumns(
        name,
        index,
        marks.map((mark) => mark.header)
      )
      const outside = marks.find(
        (mark) =>
          !Number.isInteger(mark.rowNumber) || mark.rowNumber < 1 || mark.rowNumber > numRows
      )
      if (outside) {
        throw new WorkbookError('workbook.error.rowOutOfRange', {
          row: outside.rowNumber,
          tab: name,
          last: numRows,
        })
      }
      const messages = new Map<string, { row: number; column: number; lines: string[] }>()
      for (const mark of marks) {
        const column = index.get(mark.header) as number
        const key = `${mark.rowNumber}:${column}`
        const cell = messages.get(key) ?? { row: mark.rowNumber, column, lines: [] }
        cell.lines.push(mark.message)
        messages.set(key, cell)
      }
      const notes = range.getNotes()
      const backgrounds = range.getBackgrounds().map((row) => row.map(fill))
      for (const { row, column, lines } of messages.values()) {
        const noteRow = notes[row - 1] as string[]
        noteRow[column - 1] = withMarks(noteRow[column - 1] ?? '', lines)
        ;(backgrounds[row - 1] as (string | null)[])[column - 1] = MARK_BACKGROUND
      }
      range.setNotes(notes)
      range.setBackgrounds(backgrounds)
    },

    clearMarks(name) {
      const range = sheetOf(name).getDataRange()
      let notesChanged = false
      let fillsChanged = false
      const notes = range.getNotes().map((row) =>
        row.map((note) => {
          const kept = withoutMarks(note)
          if (kept !== note) notesChanged = true
          return kept
        })
      )
      const backgrounds = range.getBackgrounds().map((row) =>
        row.map((color) => {
          if (color.toLowerCase() !== MARK_BACKGROUND) return fill(color)
          fillsChanged = true
          return null
        })
      )
      if (notesChanged) range.setNotes(notes)
      if (fillsChanged) range.setBackgrounds(backgrounds)
    },

    ensureTab(definition, options = {}) {
      const book = active()
      const found = book.getSheetByName(definition.name)
      const sheet = found ?? book.insertSheet(definition.name, book.getSheets().length)
      const maxRows = sheet.getMaxRows()
      const maxColumns = sheet.getMaxColumns()
      const plan = planTabSetup(definition, {
        headers: found ? headerCells(sheet) : [],
        maxRows,
        maxColumns,
        frozenRows: sheet.getFrozenRows(),
        headerProtected: headerProtected(sheet),
        columnsWithDropdown: columnsWithDropdown(sheet, definition, maxRows, maxColumns),
      })
      const { column: start, columns: missing } = plan.newHeaders
      if (missing.length > 0) {
        if (plan.columnsToAdd > 0) sheet.insertColumnsAfter(maxColumns, plan.columnsToAdd)
        const range = sheet.getRange(1, start, 1, missing.length)
        range.setValues([missing.map((column) => column.header)])
        range.setFontWeight('bold')
        for (const { column, count, width } of plan.widths)
          sheet.setColumnWidths(column, count, width)
      }
      if (plan.freezeHeader) sheet.setFrozenRows(1)
      addDropdowns(sheet, plan.dropdowns, maxRows)
      if (plan.protectHeader) {
        const description = options.protectionDescription ?? t('en', 'workbook.headerProtection')
        sheet.getRange('1:1').protect().setDescription(description).setWarningOnly(true)
      }
      return {
        created: !found,
        headersAdded: missing.map((column) => column.header),
        dropdownsAdded: plan.dropdowns.map((dropdown) => dropdown.header),
        frozeHeader: plan.freezeHeader,
        protectedHeader: plan.protectHeader,
      }
    },

    withLock(action) {
      const lock = host.LockService.getDocumentLock()
      if (!lock) return action()
      if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new WorkbookError('workbook.error.busy', {})
      try {
        return action()
      } finally {
        lock.releaseLock()
      }
    },

    toast: (message, title) => active().toast(message, title),
  }
}

/**
 * The workbook of the spreadsheet the add-on runs in. Call it inside an entry point: the
 * globals exist only in Apps Script.
 *
 * @example
 * export function setUpSpreadsheet() { return runSetUp(activeWorkbook(), 'en') }
 */
export function activeWorkbook(): Workbook {
  return createSheetWorkbook({ SpreadsheetApp, LockService })
}
