import { describe, expect, it } from 'vitest'
import { readTimeCell } from './parse-time'

describe('readTimeCell', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['14:30:00', '14:30'],
    ['2:30 PM', '14:30'],
    ['2:30pm', '14:30'],
    ['12:00 a.m.', '00:00'],
    ['12 PM', '12:00'],
    ['9am', '09:00'],
    ['14h30', '14:30'],
    ['14h', '14:00'],
    ['10 hrs', '10:00'],
  ])('reads %s as %s', (text, time) => {
    expect(readTimeCell(text)).toBe(time)
  })

  it('reads a sheet time cell (a Date) by its clock, and a fraction of a day', () => {
    expect(readTimeCell(new Date(1899, 11, 30, 16, 45))).toBe('16:45')
    expect(readTimeCell(0.5)).toBe('12:00')
    expect(readTimeCell(45071.75)).toBe('18:00')
  })

  it('gives an empty string for an empty cell', () => {
    expect(readTimeCell('')).toBe('')
    expect(readTimeCell(undefined)).toBe('')
  })

  it.each(['25:00', '13:00 PM', '10:75', 'noon', 'true'])('refuses %s', (text) => {
    expect(readTimeCell(text)).toBeNull()
  })
})
