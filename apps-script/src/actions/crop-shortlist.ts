// "CROP shortlist": for the event selected on Events (or one the sidebar names), the shared
// cropShortlist with the Settings, written to its own tab and returned for the sidebar.
import { CropInputError } from '../../../shared/crop/crop-input-error'
import { type CropShortlist, cropShortlist } from '../../../shared/crop/crop-shortlist'
import { type MessageKey, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { countryName } from '../../../shared/reference/countries'
import type { Subregion } from '../../../shared/reference/subregions'
import type { OutreachEvent } from '../../../shared/schemas/event'
import type { Member } from '../../../shared/schemas/member'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { type ReportSpreadsheetApp, writeReport } from './report-sheet'
import { type ActionResult, runAction } from './run-action'
import { findEvent, type SelectionApp, selectedEventRow } from './selected-event'
import { shortlistLayout, shortlistTabFor } from './shortlist-tab'
import { type LoadedTab, type RecordReader, recordReader } from './workbook-records'

/** The SpreadsheetApp the shortlist reads the selection from and writes its tab through. */
export type ShortlistApp = ReportSpreadsheetApp & SelectionApp

/** What the sidebar (or the menu) asks for. */
export interface ShortlistRequest {
  /** The event; the row selected on Events when absent. */
  eventId?: string
  /** Offer the wider region too (the leadership's discretion). */
  includeWiderRegion?: boolean
  /** Trips to propose; 1 by default. */
  slots?: number
}

/** A reason as the sidebar shows it: its code and its sentence. */
export interface ReasonView {
  code: string
  message: string
}

/** The shortlist as the sidebar shows it; plain JSON. */
export interface ShortlistReport {
  message: string
  event: {
    id: string
    title: string
    startDate: string
    endDate: string | null
    place: string
    subregion: string | null
  }
  /** The tab it was written to. */
  tab: string
  deadline: { date: string; late: boolean; daysLeft: number; message: string }
  fiscalYear: { name: string; allowed: number; used: number; left: number; message: string }
  slots: { requested: number; granted: number }
  widerRegion: { included: boolean; requested: boolean; why: 'tier1-short' | 'requested' | null }
  candidates: {
    rank: number
    memberId: string
    name: string
    country: string
    tier: 1 | 2
    proposed: boolean
    reasons: ReasonView[]
  }[]
  excluded: { memberId: string; name: string; country: string; reasons: ReasonView[] }[]
  warnings: ReasonView[]
  rule: string
  /** Tier-1 candidates the announcement would go to (with an email on the Members tab). */
  announcementRecipients: number
  notes: string[]
}

const TRIGGER_EVENT_KEYS = ['authMode', 'triggerUid', 'user', 'source', 'range', 'value']

/** The request as sent, checked; a menu click's event object asks for the selection. */
export function readShortlistRequest(request: unknown): ShortlistRequest {
  if (request === undefined || request === null) return {}
  if (typeof request !== 'object' || Array.isArray(request))
    throw new ActionError('invalid-input', 'shortlist.badRequest')
  const fields = request as Record<string, unknown>
  if (Object.keys(fields).some((key) => TRIGGER_EVENT_KEYS.includes(key))) return {}
  const { eventId, includeWiderRegion, slots } = fields
  const valid =
    (eventId === undefined || (typeof eventId === 'string' && eventId.length <= 80)) &&
    (includeWiderRegion === undefined || typeof includeWiderRegion === 'boolean') &&
    (slots === undefined ||
      (Number.isInteger(slots) && (slots as number) >= 1 && (slots as number) <= 50))
  if (!valid) throw new ActionError('invalid-input', 'shortlist.badRequest')
  return {
    ...(typeof eventId === 'string' && eventId.trim() !== '' ? { eventId: eventId.trim() } : {}),
    ...(includeWiderRegion !== undefined ? { includeWiderRegion } : {}),
    ...(slots !== undefined ? { slots: slots as number } : {}),
  }
}

/** The shortlist computed, and what the tab and the announcement need with it. */
export interface ComputedShortlist {
  shortlist: CropShortlist
  event: OutreachEvent
  members: Map<string, Member>
  countryNames: ReadonlyMap<string, string>
  reader: RecordReader
}

function placeOf(event: OutreachEvent, locale: Locale, names: ReadonlyMap<string, string>): string {
  if (event.format === 'virtual') return t(locale, 'shortlist.online')
  const country = event.country
    ? (names.get(event.country) ?? countryName(event.country, locale))
    : ''
  return [event.city, country].filter(Boolean).join(', ')
}

/**
 * Reads the tabs once and computes the shortlist for the request's event (or the selected
 * row). A CropInputError becomes an ActionError with the same sentence.
 *
 * @example
 * computeShortlist(host, SpreadsheetApp, {}).shortlist.candidates[0]?.name
 */
export function computeShortlist(
  host: ActionHost,
  app: SelectionApp,
  request: ShortlistRequest
): ComputedShortlist {
  const { locale } = host
  const where = request.eventId ? { id: request.eventId } : { row: selectedEventRow(app) }
  const reader = recordReader(host)
  const event = findEvent(reader.tab('Events'), where)
  const settings = reader.settings()
  const countries = reader.countries()
  const memberRecords = reader.tab('Members').records.map(({ record }) => record)
  const all = <T>(loaded: LoadedTab<T>) => loaded.records.map(({ record }) => record)
  let shortlist: CropShortlist
  try {
    shortlist = cropShortlist({
      event,
      members: memberRecords,
      alses: all(reader.tab('ALS', { optional: true })),
      records: all(reader.tab('Participation', { optional: true })),
      trips: all(reader.tab('CROP', { optional: true })),
      settings,
      today: reader.today,
      countries,
      locale,
      ...(request.slots ? { slots: request.slots } : {}),
      includeWiderRegion: request.includeWiderRegion === true,
    })
  } catch (error) {
    if (error instanceof CropInputError)
      throw new ActionError('invalid-input', `crop.error.${error.code}` as MessageKey, error.params)
    throw error
  }
  return {
    shortlist,
    event,
    members: new Map(memberRecords.map((member) => [member.id, member])),
    countryNames: new Map(countries.map((country) => [country.code, country.names[locale]])),
    reader,
  }
}

/** The tier-1 candidates with an email: the announcement's recipients. */
export function announcementRecipients(computed: ComputedShortlist): Member[] {
  return computed.shortlist.candidates
    .filter((candidate) => candidate.tier === 1)
    .map((candidate) => computed.members.get(candidate.memberId))
    .filter((member): member is Member => member !== undefined && member.email !== null)
}

const view = (reason: { code: string; message: string }): ReasonView => ({
  code: reason.code,
  message: reason.message,
})

/**
 * The CROP shortlist for an event: computed, written to its "Shortlist – <title>" tab (the
 * same tab again on a later run for the same event) and returned. Call it holding the lock.
 *
 * @example
 * makeShortlist(host, SpreadsheetApp, { includeWiderRegion: true }).candidates[0]?.reasons
 */
export function makeShortlist(
  host: ActionHost,
  app: ShortlistApp,
  request: ShortlistRequest
): ShortlistReport {
  const { locale } = host
  const computed = computeShortlist(host, app, request)
  const { shortlist, event, countryNames } = computed
  const nameOf = (code: string | null) =>
    code === null ? '' : (countryNames.get(code) ?? countryName(code, locale))
  const place = placeOf(event, locale, countryNames)
  const tab = shortlistTabFor(app, event)
  writeReport(
    app,
    tab,
    shortlistLayout(shortlist, {
      locale,
      asOf: computed.reader.today,
      names: { country: nameOf, place },
    }),
    { properties: host.properties.document }
  )
  const proposed = shortlist.candidates.filter((candidate) => candidate.proposed)
  const subregion: Subregion | null = shortlist.event.subregion
  return {
    message: t(locale, 'shortlist.done', {
      event: event.title,
      count: shortlist.candidates.length,
      proposed: proposed.length,
      tab,
    }),
    event: {
      id: event.id,
      title: event.title,
      startDate: shortlist.event.startDate,
      endDate: event.endDate,
      place,
      subregion: subregion ? valueLabel('subregion', subregion, locale) : null,
    },
    tab,
    deadline: {
      date: shortlist.deadline.deadline,
      late: shortlist.deadline.late,
      daysLeft: shortlist.deadline.daysLeft,
      message: shortlist.deadline.message,
    },
    fiscalYear: {
      name: shortlist.fiscalYear.fiscalYear,
      allowed: shortlist.fiscalYear.allowed,
      used: shortlist.fiscalYear.used,
      left: shortlist.fiscalYear.left,
      message: shortlist.fiscalYear.message,
    },
    slots: shortlist.slots,
    widerRegion: {
      included: shortlist.widerRegion.included,
      requested: request.includeWiderRegion === true,
      why: shortlist.widerRegion.why,
    },
    candidates: shortlist.candidates.map((candidate) => ({
      rank: candidate.rank,
      memberId: candidate.memberId,
      name: candidate.name,
      country: nameOf(candidate.country),
      tier: candidate.tier,
      proposed: candidate.proposed,
      reasons: candidate.reasons.map(view),
    })),
    excluded: shortlist.excluded.map((person) => ({
      memberId: person.memberId,
      name: person.name,
      country: nameOf(person.country),
      reasons: person.reasons.map(view),
    })),
    warnings: shortlist.warnings.map(view),
    rule: shortlist.rule,
    announcementRecipients: announcementRecipients(computed).length,
    notes: computed.reader.notes,
  }
}

/**
 * The menu and sidebar action: makeShortlist under the lock, with a toast.
 *
 * @example
 * export function cropShortlist(request) { return runCropShortlist(appsScriptActionHost(), SpreadsheetApp, request) }
 */
export function runCropShortlist(
  host: ActionHost,
  app: ShortlistApp,
  request?: unknown
): ActionResult<ShortlistReport> {
  return runAction(host, { title: 'insights.menu.cropShortlist', lock: true }, () =>
    makeShortlist(host, app, readShortlistRequest(request))
  )
}
