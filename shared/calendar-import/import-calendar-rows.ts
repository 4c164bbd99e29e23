// The calendar import's core: a table of cells (a sheet's values) to outreach events and problems.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { type OutreachEvent, outreachEventSchema } from '../schemas/event'
import { type DateOrder, inferDateConventions } from './date-conventions'
import { deriveEventId, eventIdAllocator } from './event-id'
import { columnName, matchHeaders } from './headers'
import { readDateCell } from './parse-date'
import { describeProblem, type ImportProblem, longDate, type ProblemReport } from './problems'
import { type RowEvent, readEventRow, type TableRow } from './read-event-row'
import { findRepeatedTitles } from './repeated-titles'
import { type Cell, cellText, isEmptyRow, type Table, tableFromRows } from './table-cells'

export interface ImportOptions {
  /** The language of the problems' messages (default en). */
  locale?: Locale
  /** How numeric dates are written, when known (a sheet's locale); inferred when not given. */
  dateOrder?: DateOrder
}

/** The events of the rows without errors, and every problem found, in the order of the rows. */
export interface CalendarImport {
  events: OutreachEvent[]
  problems: ImportProblem[]
}

/**
 * Imports a calendar table read into cells (`importCalendarRows` takes a sheet's values,
 * `importCalendar` in import-calendar.ts CSV text): the header row names the columns (in
 * English, Spanish, Portuguese or French); each following row is one event. Rows with an error are left out of `events`
 * and explained in `problems`; warnings point at what was guessed or looks wrong but was kept.
 * Entirely empty rows are skipped.
 *
 * What it decides for the person, always with a warning to confirm:
 * - numeric dates follow the sheet's order (date-conventions.ts); one that only reads the other
 *   way (25/5/23) is read that way; one in a year few other dates are in is kept as written;
 * - an undated event ('TBD', 'placeholder', empty) is kept as tentative; a title marked
 *   "(placeholder)" or "(place TBD)" makes the event tentative but keeps its title as written,
 *   so the public calendar says what the sheet says (the id and the duplicate check use the
 *   title without the marker, so the id survives the marker's removal);
 * - without a Country cell, a country or city the title names sets the country (and so the
 *   sub-region); see place-in-title.ts and cities.ts;
 * - without a Category or Format cell, the title suggests them (infer-category.ts);
 * - without an ID cell, the id is made from the title and date (event-id.ts).
 *
 * @example
 * importCalendarTable(readTable(csvText), { locale: 'es' })
 */
export function importCalendarTable(table: Table, options: ImportOptions = {}): CalendarImport {
  const locale = options.locale ?? DEFAULT_LOCALE
  const reports: ProblemReport[] = []
  const report = (problem: ProblemReport) => reports.push(problem)
  const finish = (events: OutreachEvent[]): CalendarImport => ({
    events,
    problems: reports
      .map((problem, order) => ({ problem, order }))
      .sort((a, b) => a.problem.row - b.problem.row || a.order - b.order)
      .map(({ problem }) => describeProblem(locale, problem)),
  })

  const header = matchHeaders((table.rows[0] ?? []).map((cell) => cellText(cell)))
  for (const row of table.unclosedQuoteRows)
    report({ row, column: null, severity: 'error', code: 'csv.quotes' })
  for (const index of header.unknown) {
    const column = header.names[index] ?? null
    report({ row: 1, column, severity: 'warning', code: 'header.unknown' })
  }
  for (const { index, first } of header.repeated) {
    const column = header.names[index] ?? null
    const other = header.names[first] ?? ''
    report({ row: 1, column, severity: 'warning', code: 'header.duplicate', params: { other } })
  }
  if (header.columns.title === undefined) {
    report({ row: 1, column: null, severity: 'error', code: 'header.noTitle' })
    return finish([])
  }
  if (header.columns.startDate === undefined)
    report({ row: 1, column: null, severity: 'warning', code: 'header.noDate' })

  const cellAt = (cells: readonly Cell[], index: number | undefined) =>
    index === undefined ? undefined : cells[index]
  // A row whose quotes never close swallowed the rest of the file: it is reported, not read.
  const unreadable = new Set(table.unclosedQuoteRows)
  const rows: TableRow[] = table.rows.slice(1).flatMap((cells, index) =>
    isEmptyRow(cells) || unreadable.has(index + 2)
      ? []
      : [
          {
            row: index + 2,
            cells,
            startDate: readDateCell(cellAt(cells, header.columns.startDate)),
            endDate: readDateCell(cellAt(cells, header.columns.endDate)),
          },
        ]
  )
  const conventions = inferDateConventions(
    rows.flatMap((row) => [row.startDate, row.endDate]),
    { order: options.dateOrder }
  )
  const context = { header, conventions, locale, report }
  const read = rows.flatMap((row) => readEventRow(row, context) ?? [])

  const titleColumn = columnName(header, 'title')
  const byRow = new Map(read.map((entry) => [entry.row, entry]))
  const repeats = findRepeatedTitles(
    read.map((entry) => ({
      row: entry.row,
      title: entry.bareTitle,
      startDate: entry.event.startDate,
    }))
  )
  for (const { row, otherRow } of repeats) {
    const other = byRow.get(otherRow)?.event
    const current = byRow.get(row)?.event
    const bothDated = other?.startDate && current?.startDate
    report({
      row,
      column: titleColumn,
      severity: 'warning',
      code: 'title.repeated',
      key: bothDated ? 'import.title.repeated' : 'import.title.repeatedUndated',
      params: {
        title: current?.title ?? '',
        otherRow,
        otherDate: other?.startDate ? longDate(other.startDate, locale) : '',
      },
    })
  }

  return finish(assignIds(read, columnName(header, 'id'), report))
}

/**
 * Imports a calendar from a sheet's values or rows already split into cells: the add-on's
 * entry, which brings no CSV parser into its bundle. Reads like `importCalendarTable`.
 *
 * @example
 * const { events } = importCalendarRows([['Event Name', 'Date'], ['CaribNOG 25', '3/26/23']])
 * events[0]?.id // 'caribnog-25-2023-03-26'
 */
export function importCalendarRows(
  rows: readonly (readonly unknown[])[],
  options: ImportOptions = {}
): CalendarImport {
  return importCalendarTable(tableFromRows(rows), options)
}

/**
 * Gives every event its id: the ID cell where there is one (each must be unique), else one
 * derived from the bare title and the date, numbered when two rows would share it.
 */
function assignIds(
  read: readonly RowEvent[],
  idColumn: string | null,
  report: (problem: ProblemReport) => void
): OutreachEvent[] {
  const explicitRows = new Map<string, number>()
  const keep = read.filter((entry) => {
    if (entry.id === null) return true
    const otherRow = explicitRows.get(entry.id)
    if (otherRow === undefined) {
      explicitRows.set(entry.id, entry.row)
      return true
    }
    report({
      row: entry.row,
      column: idColumn,
      severity: 'error',
      code: 'id.duplicate',
      params: { value: entry.id, otherRow },
    })
    return false
  })
  const uniqueEventId = eventIdAllocator(explicitRows.keys())
  return keep.flatMap((entry) => {
    const id = entry.id ?? uniqueEventId(deriveEventId(entry.bareTitle, entry.event.startDate))
    const parsed = outreachEventSchema.safeParse({ ...entry.event, id })
    if (parsed.success) return [parsed.data]
    report({
      row: entry.row,
      column: null,
      severity: 'error',
      code: 'event.invalid',
      params: { detail: parsed.error.issues.map((issue) => issue.message).join(', ') },
    })
    return []
  })
}
