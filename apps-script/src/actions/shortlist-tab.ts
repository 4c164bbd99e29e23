// The "Shortlist – <event title>" tab: its name (safe for Sheets, unique per event) and its
// content (the deadline, the fiscal year's trips, the shortlist with each person's reasons,
// and who is not on it and why), laid out for report-sheet.ts.
import type { CropReason, CropReasonCode } from '../../../shared/crop/crop-reasons'
import type { CropShortlist } from '../../../shared/crop/crop-shortlist'
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { REPORT_STYLE, type ReportLayout, reportGrid } from './report-grid'
import type { ReportSpreadsheetApp } from './report-sheet'

/** What every shortlist tab's name starts with. */
export const SHORTLIST_PREFIX = 'Shortlist – '

/** The longest tab name Google Sheets accepts. */
export const MAX_TAB_NAME = 100

/** Where the event's ID is written, so that a later run finds the tab again. */
export const EVENT_ID_CELL = { row: 2, column: 2 } as const

// Characters other spreadsheet programs refuse in a tab name, and control characters.
const UNSAFE = /[[\]*?:\\/\p{Cc}\p{Cf}]/gu

/**
 * `text` cut to at most `max` characters (code points), never inside a surrogate pair or
 * before a combining mark, with '…' when something was cut.
 *
 * @example
 * truncateName('Foro de Gobernanza de Internet', 12) // 'Foro de Gob…'
 */
export function truncateName(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const kept = chars.slice(0, Math.max(0, max - 1))
  // A combining mark belongs to the letter before it: drop the letter rather than split them.
  while (kept.length > 0 && /^\p{M}/u.test(chars[kept.length] ?? '')) kept.pop()
  return `${kept.join('').trimEnd()}…`
}

/**
 * The tab name for an event's shortlist, with `suffix` (' (2)') when another event of the same
 * title has the plain name: characters Sheets or Excel refuse become '-', spaces are
 * collapsed, and the title is cut so that the whole name fits Sheets' 100 characters.
 *
 * @example
 * shortlistTabName('CaribNOG 26: Port of Spain') // 'Shortlist – CaribNOG 26- Port of Spain'
 */
export function shortlistTabName(title: string, suffix = ''): string {
  const clean = title.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE, '-').trim()
  const room = MAX_TAB_NAME - Array.from(SHORTLIST_PREFIX).length - Array.from(suffix).length
  return `${SHORTLIST_PREFIX}${truncateName(clean || '-', room)}${suffix}`
}

/**
 * The name to write an event's shortlist under: its own tab from an earlier run (found by the
 * event ID in B2), else the first free name. A tab of the same name for another event is
 * never overwritten.
 *
 * @example
 * shortlistTabFor(SpreadsheetApp, { id: 'caribnog-26', title: 'CaribNOG 26' }) // 'Shortlist – CaribNOG 26'
 */
export function shortlistTabFor(
  app: ReportSpreadsheetApp,
  event: { id: string; title: string }
): string {
  const spreadsheet = app.getActiveSpreadsheet()
  for (let attempt = 1; attempt < 100; attempt++) {
    const name = shortlistTabName(event.title, attempt === 1 ? '' : ` (${attempt})`)
    const sheet = spreadsheet.getSheetByName(name)
    if (!sheet) return name
    const id = sheet.getRange(EVENT_ID_CELL.row, EVENT_ID_CELL.column, 1, 1).getValues()[0]?.[0]
    if (String(id ?? '').trim() === event.id) return name
  }
  throw new RangeError(`No free tab name for the shortlist of ${event.id}`)
}

/** The shortlist table's reason columns: which reasons each shows. */
const REASON_COLUMNS: readonly { key: MessageKey; codes: readonly CropReasonCode[] }[] = [
  {
    key: 'shortlist.tab.place',
    codes: ['tier1-country', 'tier1-subregion', 'tier2', 'tier2-no-subregion'],
  },
  { key: 'shortlist.tab.participation', codes: ['participation'] },
  { key: 'shortlist.tab.rotation', codes: ['rotation'] },
  { key: 'shortlist.tab.notes', codes: ['diversity', 'conflict-note'] },
  { key: 'shortlist.tab.decision', codes: ['proposed', 'reserve'] },
]

function sentences(reasons: readonly CropReason[], codes: readonly CropReasonCode[]): string {
  return reasons
    .filter((reason) => codes.includes(reason.code))
    .map((reason) => reason.message)
    .join(' ')
}

/** Names the layout needs in the reader's language. */
export interface ShortlistNames {
  country(code: string | null): string
  /** The event's place as a person writes it: 'Port of Spain, Trinidad and Tobago'. */
  place: string
}

/**
 * The tab's content: a title, the event's ID in B2, the deadline (filled when late), the
 * fiscal year's trips, the slots, whether the wider region is offered and why, the warnings
 * and the rule; then the shortlist (the proposed filled green), one column per kind of
 * reason; then everyone not on it with every reason why.
 *
 * @example
 * shortlistLayout(shortlist, { locale: 'es', asOf: '2026-06-30', names }).values[1] // ['ID del evento', 'caribnog-26', ...]
 */
export function shortlistLayout(
  shortlist: CropShortlist,
  options: { locale: Locale; asOf: string; names: ShortlistNames }
): ReportLayout {
  const { locale, names } = options
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params)
  const grid = reportGrid([200, 110, 200, 150, 60, 300, 300, 260, 220, 220])
  const { event, deadline, fiscalYear, slots, widerRegion } = shortlist
  const label = (key: MessageKey) => ({ value: say(key), bold: true })

  grid.row([
    {
      value: say('shortlist.tab.title', { event: event.title }),
      bold: true,
      size: REPORT_STYLE.titleSize,
    },
  ])
  grid.row([label('shortlist.tab.eventId'), event.id])
  grid.row([
    label('shortlist.tab.event'),
    event.startDate,
    names.place,
    event.subregion ? valueLabel('subregion', event.subregion, locale) : '',
  ])
  grid.row([label('shortlist.tab.deadline'), deadline.deadline, deadline.message], {
    background: deadline.late ? REPORT_STYLE.highlight : null,
  })
  grid.row([
    label('shortlist.tab.fiscalYear'),
    { value: fiscalYear.left, format: 'count' },
    fiscalYear.message,
  ])
  grid.row([
    label('shortlist.tab.slots'),
    { value: slots.granted, format: 'count' },
    say('shortlist.tab.slotsDetail', { granted: slots.granted, requested: slots.requested }),
  ])
  grid.row([
    label('shortlist.tab.widerRegion'),
    say(widerRegion.included ? 'shortlist.tab.yes' : 'shortlist.tab.no'),
    widerRegion.why === 'requested'
      ? say('shortlist.tab.widerRequested')
      : widerRegion.why === 'tier1-short'
        ? say('shortlist.tab.widerShort')
        : say('shortlist.tab.widerNotOffered'),
  ])
  grid.row([label('shortlist.tab.asOf'), options.asOf])
  for (const warning of shortlist.warnings)
    grid.row([label('shortlist.tab.warning'), '', warning.message], {
      background: REPORT_STYLE.notice,
    })
  grid.row([label('shortlist.tab.rule'), '', shortlist.rule])
  grid.blank()

  grid.heading(say('shortlist.tab.shortlistHeading', { count: shortlist.candidates.length }))
  if (shortlist.candidates.length === 0) grid.row([say('shortlist.tab.nobody')])
  else
    grid.table(
      [
        say('shortlist.tab.name'),
        say('shortlist.tab.memberId'),
        say('shortlist.tab.country'),
        say('shortlist.tab.rank'),
        say('shortlist.tab.tier'),
        ...REASON_COLUMNS.map((column) => say(column.key)),
      ],
      shortlist.candidates.map((candidate) => [
        { value: candidate.name, bold: candidate.proposed },
        candidate.memberId,
        names.country(candidate.country),
        { value: candidate.rank, format: 'count' },
        { value: candidate.tier, format: 'count' },
        ...REASON_COLUMNS.map((column) => sentences(candidate.reasons, column.codes)),
      ]),
      {
        highlight: (index) => (shortlist.candidates[index]?.proposed ? REPORT_STYLE.good : null),
      }
    )
  grid.blank()

  grid.heading(say('shortlist.tab.excludedHeading', { count: shortlist.excluded.length }))
  if (shortlist.excluded.length > 0)
    grid.table(
      [
        say('shortlist.tab.name'),
        say('shortlist.tab.memberId'),
        say('shortlist.tab.country'),
        say('shortlist.tab.whyNot'),
      ],
      shortlist.excluded.map((person) => [
        person.name,
        person.memberId,
        names.country(person.country),
        person.reasons.map((reason) => reason.message).join(' '),
      ])
    )
  return grid.build({ frozenRows: 0 })
}
