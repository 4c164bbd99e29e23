// The calendar import from CSV text (or a sheet's values): the CLI's and the tests' entry point.
import {
  type CalendarImport,
  type ImportOptions,
  importCalendarTable,
} from './import-calendar-rows'
import { readTable } from './read-table'

export type { CalendarImport, ImportOptions } from './import-calendar-rows'

/**
 * Imports a calendar table from CSV text (comma, semicolon or tab separated; papaparse reads
 * it) or a 2-D array of a sheet's values, as `importCalendarTable` describes: events from the
 * rows without errors, every problem explained. The add-on, which bundles no CSV parser, calls
 * `importCalendarRows` with the rows instead.
 *
 * @example
 * const { events, problems } = importCalendar('Event Name,Date\nCaribNOG 25,3/26/23', { locale: 'es' })
 * events[0] // { id: 'caribnog-25-2023-03-26', title: 'CaribNOG 25', startDate: '2023-03-26', ... }
 */
export function importCalendar(
  input: string | readonly (readonly unknown[])[],
  options: ImportOptions = {}
): CalendarImport {
  return importCalendarTable(readTable(input), options)
}
