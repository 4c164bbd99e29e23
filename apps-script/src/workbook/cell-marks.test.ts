import { describe, expect, it } from 'vitest'
import { withMarks, withoutMarks } from './cell-marks'

describe('cell marks', () => {
  it('puts the add-on’s messages above a note staff wrote, and takes only them away', () => {
    const marked = withMarks('Checked with the ALS', [
      'Start date: this field is required',
      'End date: before the start',
    ])
    expect(marked).toBe(
      '⚠ Start date: this field is required\n⚠ End date: before the start\n\nChecked with the ALS'
    )
    expect(withoutMarks(marked)).toBe('Checked with the ALS')
  })

  it('replaces its earlier messages instead of piling them up', () => {
    const once = withMarks('', ['Old problem'])
    expect(withMarks(once, ['New problem'])).toBe('⚠ New problem')
    expect(withoutMarks(once)).toBe('')
  })

  it('keeps each message on one line, and leaves staff notes without marks untouched', () => {
    expect(withMarks('', ['Two\nlines'])).toBe('⚠ Two lines')
    expect(withoutMarks('A note\n⚠ with a sign inside')).toBe('A note\n⚠ with a sign inside')
  })
})
