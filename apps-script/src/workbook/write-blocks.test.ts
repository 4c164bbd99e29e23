import { describe, expect, it } from 'vitest'
import { writeBlocks } from './write-blocks'

describe('writeBlocks', () => {
  it('writes a run of rows in one column as one block', () => {
    const cells = [4, 2, 3].map((row) => ({ row, column: 7, value: `sent ${row}` }))
    expect(writeBlocks(cells)).toEqual([
      { row: 2, column: 7, values: [['sent 2'], ['sent 3'], ['sent 4']] },
    ])
  })

  it('joins side-by-side columns over the same rows into one rectangle', () => {
    const cells = [2, 3].flatMap((row) => [
      { row, column: 3, value: `status ${row}` },
      { row, column: 4, value: `date ${row}` },
    ])
    expect(writeBlocks(cells)).toEqual([
      {
        row: 2,
        column: 3,
        values: [
          ['status 2', 'date 2'],
          ['status 3', 'date 3'],
        ],
      },
    ])
  })

  it('never covers a cell that was not written', () => {
    const blocks = writeBlocks([
      { row: 2, column: 1, value: 'a' },
      { row: 4, column: 1, value: 'b' },
      { row: 2, column: 3, value: 'c' },
    ])
    expect(blocks).toEqual([
      { row: 2, column: 1, values: [['a']] },
      { row: 2, column: 3, values: [['c']] },
      { row: 4, column: 1, values: [['b']] },
    ])
    const covered = blocks.reduce(
      (sum, block) => sum + block.values.length * block.values[0]!.length,
      0
    )
    expect(covered).toBe(3)
  })

  it('lets the last write to a cell win', () => {
    expect(
      writeBlocks([
        { row: 2, column: 2, value: 'first' },
        { row: 2, column: 2, value: 'second' },
      ])
    ).toEqual([{ row: 2, column: 2, values: [['second']] }])
  })

  it('returns nothing for nothing', () => {
    expect(writeBlocks([])).toEqual([])
  })
})
