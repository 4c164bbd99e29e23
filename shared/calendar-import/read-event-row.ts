// Reads one row of a calendar table into an event, reporting what is wrong or was guessed.
import type { MessageParams } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { countryByCode, countryByName, countryName } from '../reference/countries'
import {
  EVENT_CATEGORIES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  eventId,
  type OutreachEvent,
} from '../schemas/event'
import { isTimeZone, webUrl } from '../schemas/primitives'
import { type DateConventions, resolveDate } from './date-conventions'
import { readCategory, readFormat, readLanguages, readStatus, readYesNo } from './field-values'
import { columnName, type EventColumn, type HeaderMatch } from './headers'
import { inferCategory, inferFormat } from './infer-category'
import { titleMarker } from './markers'
import { checkedDate, type DateReading } from './parse-date'
import { readTimeCell } from './parse-time'
import { findPlaceInTitle } from './place-in-title'
import { longDate, type ProblemReport } from './problems'
import { type Cell, cellText } from './table-cells'

/** One data row, with its date cells already read (the sheet's conventions come from them). */
export interface TableRow {
  /** The row number as the sheet shows it (the header is row 1). */
  row: number
  cells: readonly Cell[]
  startDate: DateReading
  endDate: DateReading
}

/** What the whole table tells the reading of each row. */
export interface RowContext {
  header: HeaderMatch
  conventions: DateConventions
  locale: Locale
  report(problem: ProblemReport): void
}

/** A row read into an event that still needs its id. */
export interface RowEvent {
  row: number
  /** The ID cell, or null when the id is to be derived. */
  id: string | null
  /** The title without its "(placeholder)" marker, for ids and duplicate checks. */
  bareTitle: string
  event: Omit<OutreachEvent, 'id'>
}

const MAX_TITLE = 300
const MAX_CITY = 120
const MAX_DESCRIPTION = 4000

/**
 * Reads a row. Returns null when the row has an error (reported through `context.report`):
 * a row is imported whole or not at all.
 *
 * @example
 * readEventRow({ row: 2, cells: ['CaribNOG 25', '3/26/23'], startDate, endDate }, context)
 * // { row: 2, id: null, bareTitle: 'CaribNOG 25', event: { title: 'CaribNOG 25', startDate: '2023-03-26', ... } }
 */
export function readEventRow(tableRow: TableRow, context: RowContext): RowEvent | null {
  const { header, conventions, locale } = context
  const { row } = tableRow
  let errors = 0
  const cellOf = (field: EventColumn): Cell | undefined => {
    const index = header.columns[field]
    return index === undefined ? undefined : tableRow.cells[index]
  }
  const textOf = (field: EventColumn) => cellText(cellOf(field)).normalize('NFC')
  const columnOf = (field: EventColumn) => columnName(header, field)
  const warn = (
    field: EventColumn,
    code: ProblemReport['code'],
    params?: MessageParams,
    extra?: Partial<ProblemReport>
  ) => context.report({ row, column: columnOf(field), severity: 'warning', code, params, ...extra })
  const fail = (field: EventColumn, code: ProblemReport['code'], params?: MessageParams) => {
    errors += 1
    context.report({ row, column: columnOf(field), severity: 'error', code, params })
  }
  const sheetDate = (date: string) => longDate(date, locale)

  const title = textOf('title')
  if (title === '') {
    fail('title', 'title.missing')
    return null
  }
  if (title.length > MAX_TITLE) fail('title', 'text.tooLong', { max: MAX_TITLE })
  const { marker, bareTitle } = titleMarker(title)

  const readDate = (field: 'startDate' | 'endDate', reading: DateReading): string | null => {
    if (reading.kind === 'empty' || reading.kind === 'marker') return null
    const value = reading.text
    const resolved = resolveDate(reading, conventions)
    if (!resolved.ok) {
      if (resolved.reason === 'noYear') fail(field, 'date.noYear', { value })
      else fail(field, 'date.invalid', { value, example: dateExample(conventions) })
      return null
    }
    const date = resolved.date
    if (resolved.againstOrder) {
      const code = conventions.order === 'month-first' ? 'date.dayFirst' : 'date.monthFirst'
      warn(field, code, { value, date: sheetDate(date) })
    }
    if (resolved.yearAssumed) warn(field, 'date.yearAssumed', { value, date: sheetDate(date) })
    const year = Number(date.slice(0, 4))
    if (field === 'startDate' && conventions.year !== null && conventions.isStrayYear(year)) {
      const calendarYear = conventions.year
      const corrected = checkedDate(calendarYear, Number(date.slice(5, 7)), Number(date.slice(8)))
      warn(
        field,
        'date.otherYear',
        { value, date: sheetDate(date), year, calendarYear },
        corrected ? { suggestion: { field: 'startDate', value: corrected } } : {}
      )
    }
    return date
  }

  const startReading = tableRow.startDate
  if (header.columns.startDate !== undefined) {
    if (startReading.kind === 'empty') warn('startDate', 'date.missing')
    if (startReading.kind === 'marker')
      warn('startDate', 'date.placeholder', { value: startReading.text })
  }
  const startDate = readDate('startDate', startReading)

  const endReading = tableRow.endDate
  if (endReading.kind === 'marker') warn('endDate', 'date.endUnknown', { value: endReading.text })
  const endDate = readDate('endDate', endReading)
  if (endDate !== null && (startReading.kind === 'empty' || startReading.kind === 'marker')) {
    fail('endDate', 'date.endWithoutStart')
  } else if (endDate !== null && startDate !== null && endDate < startDate) {
    fail('endDate', 'date.endBeforeStart', { start: sheetDate(startDate), end: sheetDate(endDate) })
  }

  const readTime = (field: 'startTime' | 'endTime'): string | null => {
    const time = readTimeCell(cellOf(field))
    if (time === null) fail(field, 'time.invalid', { value: textOf(field) })
    return time || null
  }
  let startTime = readTime('startTime')
  let endTime = readTime('endTime')
  if (endTime !== null && startTime === null) fail('endTime', 'time.endWithoutStart')
  if (startTime !== null && startDate === null) {
    warn('startTime', 'time.undated')
    startTime = null
    endTime = null
  }
  const zoneText = textOf('timeZone')
  const timeZone = zoneText === '' ? null : zoneText
  if (timeZone !== null && !isTimeZone(timeZone))
    fail('timeZone', 'timeZone.invalid', { value: timeZone })
  if (startTime !== null && timeZone === null) fail('startTime', 'time.noZone')

  const city = textOf('city') || null
  if (city !== null && city.length > MAX_CITY) fail('city', 'text.tooLong', { max: MAX_CITY })

  let country: string | null = null
  const countryText = textOf('country')
  if (countryText !== '') {
    country = countryByName(countryText)?.code ?? knownCountryCode(countryText)
    if (country === null) fail('country', 'country.unknown', { value: countryText })
  } else {
    const place = findPlaceInTitle(title)
    if (place) {
      country = place.country
      warn(
        'title',
        'country.suggested',
        { place: place.place, country: countryName(place.country, locale), code: place.country },
        { suggestion: { field: 'country', value: place.country } }
      )
    }
  }

  const url = readUrl(textOf('url'), {
    added: (value) => warn('url', 'url.schemeAdded', { value }),
    invalid: (value) => fail('url', 'url.invalid', { value }),
  })

  const choice = <T extends string>(
    field: 'status' | 'category' | 'format',
    read: (text: string) => T | null,
    choices: readonly T[]
  ): T | null => {
    const text = textOf(field)
    if (text === '') return null
    const value = read(text)
    if (value === null)
      fail(field, `${field}.invalid`, { value: text, choices: choices.join(', ') })
    return value
  }
  const explicitStatus = choice('status', readStatus, EVENT_STATUSES)
  const category = choice('category', readCategory, EVENT_CATEGORIES) ?? inferCategory(bareTitle)
  const format = choice('format', readFormat, EVENT_FORMATS) ?? inferFormat(bareTitle)

  const languagesText = textOf('languages')
  const languages = languagesText === '' ? [] : readLanguages(languagesText)
  if (languages === null) fail('languages', 'languages.invalid', { value: languagesText })

  const cropEligible = readYesNo(cellOf('cropEligible'))
  if (cropEligible === null) fail('cropEligible', 'crop.invalid', { value: textOf('cropEligible') })

  const description = textOf('description') || null
  if (description !== null && description.length > MAX_DESCRIPTION)
    fail('description', 'text.tooLong', { max: MAX_DESCRIPTION })

  const idText = textOf('id')
  if (idText !== '' && !eventId.safeParse(idText).success)
    fail('id', 'id.invalid', { value: idText })

  let status = explicitStatus ?? 'confirmed'
  if (startDate === null && status === 'confirmed') {
    if (explicitStatus === 'confirmed') warn('status', 'status.undatedConfirmed')
    status = 'tentative'
  }
  // A Status cell says what the marker in the title would only suggest.
  if (marker !== null && explicitStatus === null) {
    warn('title', 'title.placeholder', { marker })
    status = 'tentative'
  }

  if (errors > 0) return null
  return {
    row,
    id: idText === '' ? null : idText,
    bareTitle,
    event: {
      title,
      startDate,
      endDate,
      startTime,
      endTime,
      timeZone,
      city,
      country,
      subregion: country === null ? null : (countryByCode(country)?.subregion ?? null),
      category,
      format,
      status,
      url,
      languages: languages ?? [],
      cropEligible: cropEligible ?? false,
      description,
    },
  }
}

/** How the sheet's own order writes 25 May 2023, for "write it like ..." messages. */
function dateExample(conventions: DateConventions): string {
  return conventions.order === 'month-first' ? '5/25/2023' : '25/5/2023'
}

/** An ISO code of the region, or of a country elsewhere that the runtime can name (US, DE). */
function knownCountryCode(text: string): string | null {
  const code = text.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(code)) return null
  return countryByCode(code) || countryName(code, 'en') !== code ? code : null
}

/** A link, with https:// added to a bare address such as www.lacnic.net. */
function readUrl(
  text: string,
  on: { added(value: string): void; invalid(value: string): void }
): string | null {
  if (text === '') return null
  if (webUrl.safeParse(text).success) return text
  const withScheme = `https://${text}`
  if (
    !/^[a-z][a-z0-9+.-]*:/i.test(text) &&
    /^[^\s/]+\.[^\s/]+/.test(text) &&
    webUrl.safeParse(withScheme).success
  ) {
    on.added(text)
    return withScheme
  }
  on.invalid(text)
  return null
}
