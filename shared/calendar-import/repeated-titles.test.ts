import { describe, expect, it } from 'vitest'
import { findRepeatedTitles } from './repeated-titles'

describe('findRepeatedTitles', () => {
  it('pairs the later of two rows with the same title a few days apart', () => {
    expect(
      findRepeatedTitles([
        { row: 21, title: 'CTU 34th Anniversary', startDate: '2023-04-24' },
        { row: 22, title: 'ARIN ICT Roadshow', startDate: '2023-04-24' },
        { row: 23, title: 'ctu  34th anniversary', startDate: '2023-04-28' },
      ])
    ).toEqual([{ row: 23, otherRow: 21 }])
  })

  it('leaves a series weeks apart alone (bimonthly calls, a webinar each quarter)', () => {
    expect(
      findRepeatedTitles([
        { row: 27, title: 'LAC Strategy Council Call Bimonthly Call', startDate: '2023-05-24' },
        { row: 36, title: 'LAC Strategy Council Call Bimonthly Call', startDate: '2023-07-19' },
        { row: 45, title: 'LAC Strategy Council Call Bimonthly Call', startDate: '2023-09-13' },
      ])
    ).toEqual([])
  })

  it('pairs rows when one is undated, and names the closest earlier row', () => {
    expect(
      findRepeatedTitles([
        { row: 2, title: 'LAC IGF', startDate: '2023-10-01' },
        { row: 3, title: 'LAC IGF', startDate: '2023-10-05' },
        { row: 4, title: 'LAC IGF', startDate: '2023-10-06' },
        { row: 9, title: 'Roadshow', startDate: null },
        { row: 10, title: 'Roadshow', startDate: '2023-11-15' },
      ])
    ).toEqual([
      { row: 3, otherRow: 2 },
      { row: 4, otherRow: 3 },
      { row: 10, otherRow: 9 },
    ])
  })

  it('pairs rows exactly two weeks apart but not fifteen days apart', () => {
    const rows = (end: string) => [
      { row: 2, title: 'X', startDate: '2023-03-01' },
      { row: 3, title: 'X', startDate: end },
    ]
    expect(findRepeatedTitles(rows('2023-03-15'))).toHaveLength(1)
    expect(findRepeatedTitles(rows('2023-03-16'))).toHaveLength(0)
  })
})
