import { describe, expect, it } from 'vitest'
import { sheetText } from './sheet-text'

describe('sheetText', () => {
  it.each([
    '=HYPERLINK("https://evil.example","click")',
    '+1+cmd|calc',
    '-2+3',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
  ])('keeps a would-be formula as text: %j', (text) => {
    expect(sheetText(text)).toBe(`'${text}`)
  })

  it.each(['0042', '2023-03-26', '10:30', '3.5', '.5', '$5', '(5)', 'TRUE', ' false ', "'quoted'"])(
    'keeps text Sheets would turn into something else as text: %j',
    (text) => {
      expect(sheetText(text)).toBe(`'${text}`)
    }
  )

  it.each([
    'CaribNOG 25',
    'Sofía Núñez',
    'zoë@correo.example',
    'https://lacralo.example/a=b',
    'a=b',
    'trueness',
    '',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(sheetText(text)).toBe(text)
  })
})
