// Groups single-cell writes into rectangles, so that each rectangle is one setValues() call.
import type { CellValue } from './workbook'

/** A value for the cell at a 1-based row and column. */
export interface CellWrite {
  row: number
  column: number
  value: CellValue
}

/** A rectangle of values whose top-left cell is at `row`, `column`. */
export interface WriteBlock {
  row: number
  column: number
  values: CellValue[][]
}

/**
 * The fewest rectangles this simple method finds that cover exactly the written cells: runs of
 * consecutive rows in each column, then side-by-side columns whose runs match joined. A later
 * write to the same cell wins. Cells not written are never part of a block.
 *
 * @example
 * writeBlocks([
 *   { row: 2, column: 5, value: 'sent' },
 *   { row: 3, column: 5, value: 'sent' },
 * ]) // [{ row: 2, column: 5, values: [['sent'], ['sent']] }]
 */
export function writeBlocks(cells: readonly CellWrite[]): WriteBlock[] {
  const byColumn = new Map<number, Map<number, CellValue>>()
  for (const { row, column, value } of cells) {
    const rows = byColumn.get(column) ?? new Map<number, CellValue>()
    rows.set(row, value)
    byColumn.set(column, rows)
  }
  // Runs of consecutive rows per column, keyed by their span so that columns can be joined.
  const runs = new Map<string, { first: number; last: number; columns: number[] }>()
  for (const [column, rows] of byColumn) {
    const numbers = [...rows.keys()].sort((a, b) => a - b)
    let first = numbers[0] as number
    numbers.forEach((row, index) => {
      const next = numbers[index + 1]
      if (next === row + 1) return
      const key = `${first}:${row}`
      const run = runs.get(key) ?? { first, last: row, columns: [] }
      run.columns.push(column)
      runs.set(key, run)
      if (next !== undefined) first = next
    })
  }
  const blocks: WriteBlock[] = []
  for (const { first, last, columns } of runs.values()) {
    columns.sort((a, b) => a - b)
    let start = 0
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index] as number
      if (columns[index + 1] === column + 1) continue
      const from = columns[start] as number
      const values: CellValue[][] = []
      for (let row = first; row <= last; row++) {
        const line: CellValue[] = []
        for (let c = from; c <= column; c++) line.push(byColumn.get(c)?.get(row) as CellValue)
        values.push(line)
      }
      blocks.push({ row: first, column: from, values })
      start = index + 1
    }
  }
  return blocks.sort((a, b) => a.row - b.row || a.column - b.column)
}
