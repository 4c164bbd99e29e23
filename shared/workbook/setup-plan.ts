// What setting up the workbook does to one tab, decided from what the tab holds now. The add-on's
// "Set up this spreadsheet" and `lacralo sheet init` both follow this plan, so they build the same workbook.
import type { ColumnDefinition, DropdownSource, TabDefinition } from './columns'

/** What a tab looks like now, as far as setting it up is concerned. */
export interface TabSetupState {
  /**
   * Row 1's cells, trimmed ('' for an empty one), up to the last column that holds anything in
   * any row: new columns go after it, so that no data ever ends up under a new header.
   */
  headers: readonly string[]
  /** The sheet's size: its number of rows and of columns. */
  maxRows: number
  maxColumns: number
  frozenRows: number
  /** True when a protection covers exactly row 1. */
  headerProtected: boolean
  /** The columns (1-based) whose row-2 cell already has a data validation (a drop-down). */
  columnsWithDropdown: readonly number[]
}

/** A drop-down to put on a list column, from row 2 to the sheet's last row. */
export interface PlannedDropdown {
  /** 1-based column number. */
  column: number
  header: string
  source: DropdownSource
}

/** A run of neighbouring columns that get the same width. */
export interface PlannedWidth {
  /** The first column of the run (1-based). */
  column: number
  count: number
  /** Pixels. */
  width: number
}

/** What to do to a tab; a plan with nothing to do leaves the tab exactly as it is. */
export interface TabSetupPlan {
  /** Where the missing headers go in row 1 (their first column, 1-based), in definition order. */
  newHeaders: { column: number; columns: ColumnDefinition[] }
  /** Columns to add at the sheet's right edge first, so that the new headers fit. */
  columnsToAdd: number
  /** Widths for the columns the plan adds (staff's own columns keep theirs). */
  widths: PlannedWidth[]
  freezeHeader: boolean
  dropdowns: PlannedDropdown[]
  protectHeader: boolean
  /** The column (1-based) of each header once the plan is carried out; the first of two equal headers wins. */
  columnIndex: Map<string, number>
}

/** The size "Set up this spreadsheet" and the Sheets API give a new tab: 1,000 rows by 26 columns. */
export const NEW_TAB_SIZE = { rows: 1000, columns: 26 } as const

/**
 * The state of a tab that does not exist yet, as it is right after being created.
 *
 * @example
 * planTabSetup(tabDefinition('CROP'), newTabState()).newHeaders.column // 1
 */
export function newTabState(): TabSetupState {
  return {
    headers: [],
    maxRows: NEW_TAB_SIZE.rows,
    maxColumns: NEW_TAB_SIZE.columns,
    frozenRows: 0,
    headerProtected: false,
    columnsWithDropdown: [],
  }
}

/**
 * The columns (1-based) of a header row by header; the first of two equal headers wins, and
 * empty cells name nothing.
 *
 * @example
 * headerColumns(['Title', '', 'ID', 'Title']) // Map { 'Title' => 1, 'ID' => 3 }
 */
export function headerColumns(headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>()
  headers.forEach((header, position) => {
    if (header !== '' && !index.has(header)) index.set(header, position + 1)
  })
  return index
}

function widthRuns(first: number, columns: readonly ColumnDefinition[]): PlannedWidth[] {
  const runs: PlannedWidth[] = []
  columns.forEach((column, offset) => {
    const last = runs[runs.length - 1]
    if (last && last.width === column.width) last.count++
    else runs.push({ column: first + offset, count: 1, width: column.width })
  })
  return runs
}

/**
 * Plans setting up one tab, never moving or deleting what staff have: the defined columns
 * row 1 lacks are added after every column that holds anything (from A when row 1 is empty),
 * with their widths; the header row is frozen if nothing is, protected (warning only) if it is
 * not, and list columns without a drop-down get one (invalid values allowed, with a warning).
 * A tab already set up gets an empty plan.
 *
 * @example
 * const plan = planTabSetup(tabDefinition('Participation'), { ...state, headers: ['Date', 'Note', 'ID'] })
 * plan.newHeaders // { column: 4, columns: [Member ID, Kind, Detail] }
 */
export function planTabSetup(tab: TabDefinition, state: TabSetupState): TabSetupPlan {
  const columnIndex = headerColumns(state.headers)
  const missing = tab.columns.filter((column) => !columnIndex.has(column.header))
  const first = columnIndex.size === 0 ? 1 : state.headers.length + 1
  missing.forEach((column, offset) => {
    columnIndex.set(column.header, first + offset)
  })
  const lastColumn = first + missing.length - 1
  const hasDropdown = new Set(state.columnsWithDropdown)
  const dropdowns: PlannedDropdown[] = []
  // A sheet of one row has no row 2 to put a drop-down on (nor a row to freeze above).
  if (state.maxRows >= 2) {
    for (const column of tab.columns) {
      if (column.kind !== 'list' || !column.source) continue
      const position = columnIndex.get(column.header) as number
      if (!hasDropdown.has(position))
        dropdowns.push({ column: position, header: column.header, source: column.source })
    }
  }
  return {
    newHeaders: { column: first, columns: missing },
    columnsToAdd: missing.length > 0 ? Math.max(0, lastColumn - state.maxColumns) : 0,
    widths: widthRuns(first, missing),
    freezeHeader: state.maxRows > 1 && state.frozenRows === 0,
    dropdowns,
    protectHeader: !state.headerProtected,
    columnIndex,
  }
}

/**
 * True when carrying the plan out would change the tab.
 *
 * @example
 * planChangesTab(planTabSetup(tab, stateOfATabSetUpBefore)) // false
 */
export function planChangesTab(plan: TabSetupPlan): boolean {
  return (
    plan.newHeaders.columns.length > 0 ||
    plan.freezeHeader ||
    plan.dropdowns.length > 0 ||
    plan.protectHeader
  )
}
