// The CROP shortlist: who to offer an outreach trip to, in order, and why; who not, and why not.
import { foldText } from '../calendar-import/fold-text'
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { valueLabel } from '../i18n/messages/schema'
import { compactDate } from '../participation/compact-date'
import { compareCodeUnits } from '../participation/compare-code-units'
import { addMonths } from '../participation/date-math'
import {
  type ActivityReason,
  activityReason,
  type RuleWindow,
  ruleWindow,
} from '../participation/member-activity'
import {
  contributionsAfter,
  indexParticipation,
  memberNumber,
  type ParticipationFact,
  type ParticipationIndex,
} from '../participation/participation-index'
import { COUNTRIES, countryName } from '../reference/countries'
import { SUBREGIONS, type Subregion } from '../reference/subregions'
import type { Als } from '../schemas/als'
import type { Country } from '../schemas/country'
import { type CropTrip, type CropTripStatus, type FiscalYear, fiscalYearOf } from '../schemas/crop'
import type { OutreachEvent } from '../schemas/event'
import { hasNoGoConflict, type Member } from '../schemas/member'
import { isIsoDate } from '../schemas/primitives'
import type { Settings } from '../schemas/settings'
import { CropInputError } from './crop-input-error'
import {
  type CropReason,
  type CropReasonCode,
  type CropReasonParams,
  cropReason,
  type ReasonLabels,
} from './crop-reasons'
import { type DiversityCandidate, type DiversityResult, diversityPass } from './diversity-pass'
import { type FiscalYearUsage, fiscalYearUsage } from './fiscal-year-usage'
import { type ReasonList, reasonList } from './reason-list'
import { type CropDeadline, cropRequestDeadline } from './request-deadline'
import { type SharedReason, sharedReasons } from './shared-reasons'

/** What the shortlist needs of a member; `country` may be missing on a row being fixed. */
export type ShortlistMember = Pick<
  Member,
  'id' | 'name' | 'alsId' | 'gender' | 'conflicts' | 'cropTrips'
> & { country: string | null }

export interface CropShortlistInput {
  event: Pick<
    OutreachEvent,
    'id' | 'title' | 'startDate' | 'country' | 'subregion' | 'status' | 'cropEligible'
  >
  members: readonly ShortlistMember[]
  alses: readonly Pick<Als, 'id' | 'name'>[]
  records: readonly ParticipationFact[]
  /** The CROP tab: trips of every fiscal year. */
  trips: readonly Pick<CropTrip, 'memberId' | 'eventId' | 'fiscalYear' | 'travelDate' | 'status'>[]
  settings: Settings
  /** YYYY-MM-DD. */
  today: string
  /** Trips to propose for this event (1 by default); capped by the trips left in the year. */
  slots?: number
  /** Offer the wider region even when the sub-region has enough people (leadership's call). */
  includeWiderRegion?: boolean
  /** The Countries tab (sub-regions staff may have moved); the reference data by default. */
  countries?: readonly Pick<Country, 'code' | 'names' | 'subregion'>[]
  /** The language of every sentence; English by default. */
  locale?: Locale
}

/** Someone on the shortlist, at `rank`, with the reasons for that place. */
export interface CropCandidate {
  /** 1-based place in the final order. */
  rank: number
  memberId: string
  name: string
  country: string
  subregion: Subregion
  alsId: string | null
  gender: string | null
  /** 1: the event's sub-region; 2: the wider region. */
  tier: 1 | 2
  /** From the event's own country. */
  sameCountry: boolean
  /** Among the first `slots`: the people to offer the trips to. */
  proposed: boolean
  participation: { attended: number; of: number; voted: boolean; other: number }
  trips: { count: number; lastDate: string | null }
  /** The place before the diversity pass. */
  baseRank: number
  reasons: CropReason[]
}

/** Someone not on the shortlist, with every reason that keeps them off it. */
export interface CropExclusion {
  memberId: string
  name: string
  country: string | null
  reasons: CropReason[]
}

export interface CropShortlist {
  event: {
    id: string
    title: string
    startDate: string
    country: string | null
    subregion: Subregion | null
    fiscalYear: FiscalYear
  }
  deadline: CropDeadline
  fiscalYear: FiscalYearUsage
  slots: { requested: number; granted: number }
  /** Whether tier 2 is offered: too few in tier 1 for the trips, or the leadership asked. */
  widerRegion: { included: boolean; why: 'tier1-short' | 'requested' | null }
  candidates: CropCandidate[]
  /** Ordered by member ID. */
  excluded: CropExclusion[]
  warnings: CropReason[]
  /** The ranking rule in one paragraph, to read to the leadership. */
  rule: string
}

// A member's trips for rotation: the member's own list and the CROP tab's approved or
// completed trips, one per event (a trip may be on both).
const TRAVELLED_STATUSES: ReadonlySet<CropTripStatus> = new Set(['approved', 'completed'])

interface Ranked {
  member: ShortlistMember
  country: string
  subregion: Subregion
  tier: 1 | 2
  sameCountry: boolean
  activity: ActivityReason
  /** `activity`'s calls attended and vote, copied here for the sort's many comparisons. */
  attended: number
  voted: boolean
  other: number
  trips: { count: number; lastDate: string | null }
}

/** The CROP tab by member: trips taken to other events (for rotation), and this event's. */
interface TabTrips {
  /** Per member, event ID to travel date, one per event. */
  travelled: Map<string, Map<string, string | null>>
  /** Per member, the status of a trip to this event that is not cancelled. */
  thisEvent: Map<string, CropTripStatus>
}

function cropTabTrips(trips: CropShortlistInput['trips'], eventId: string): TabTrips {
  const travelled = new Map<string, Map<string, string | null>>()
  const thisEvent = new Map<string, CropTripStatus>()
  for (const trip of trips) {
    if (trip.status === 'cancelled') continue
    if (trip.eventId === eventId) {
      thisEvent.set(trip.memberId, trip.status)
      continue
    }
    if (!TRAVELLED_STATUSES.has(trip.status)) continue
    let own = travelled.get(trip.memberId)
    if (!own) {
      own = new Map()
      travelled.set(trip.memberId, own)
    }
    own.set(trip.eventId, own.get(trip.eventId) ?? trip.travelDate)
  }
  return { travelled, thisEvent }
}

/**
 * A member's trips before, for rotation: the CROP tab's and the member's own list, one per
 * event (a dated entry wins over an undated one), this event's left out. Most members have
 * travelled with neither, so a map is built only for those whose own list names a trip.
 */
function rotationOf(
  fromTab: ReadonlyMap<string, string | null> | undefined,
  own: ShortlistMember['cropTrips'],
  eventId: string
): Ranked['trips'] {
  let travelled = fromTab
  if (hasTripOtherThan(own, eventId)) {
    const merged = new Map(fromTab)
    for (const trip of own)
      if (trip.eventId !== eventId) merged.set(trip.eventId, merged.get(trip.eventId) ?? trip.date)
    travelled = merged
  }
  if (!travelled) return { count: 0, lastDate: null }
  let lastDate: string | null = null
  for (const date of travelled.values())
    if (date !== null && (lastDate === null || date > lastDate)) lastDate = date
  return { count: travelled.size, lastDate }
}

function hasTripTo(trips: ShortlistMember['cropTrips'], eventId: string): boolean {
  for (const trip of trips) if (trip.eventId === eventId) return true
  return false
}

function hasTripOtherThan(trips: ShortlistMember['cropTrips'], eventId: string): boolean {
  for (const trip of trips) if (trip.eventId !== eventId) return true
  return false
}

// A member's calls attended, vote and other contributions as one number, to key their
// activity sentence. Calls attended never exceed the window's calls, so no two share a key.
function figuresKey(activity: ActivityReason, other: number): number {
  const { attended, of } = activity.calls
  return (other * (of + 1) + attended) * 2 + Number(activity.vote.voted)
}

// A member's country as a code of the Countries tab: trimmed, upper case, null when blank.
// Most members share a few dozen countries, so each way of writing one is read once.
function countryCode(country: string | null, codes: Map<string, string | null>): string | null {
  if (country === null) return null
  let code = codes.get(country)
  if (code === undefined) {
    code = country.trim().toUpperCase() || null
    codes.set(country, code)
  }
  return code
}

// A declared gender folded for comparison (see DiversityCandidate), each spelling once.
function foldedGender(gender: string | null, folded: Map<string, string | null>): string | null {
  if (!gender) return null
  let value = folded.get(gender)
  if (value === undefined) {
    value = foldText(gender) || null
    folded.set(gender, value)
  }
  return value
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.tier - b.tier ||
    Number(b.sameCountry) - Number(a.sameCountry) ||
    b.attended - a.attended ||
    Number(b.voted) - Number(a.voted) ||
    b.other - a.other ||
    a.trips.count - b.trips.count ||
    // Never travelled (null) first, then the longest since the last trip.
    (a.trips.lastDate === b.trips.lastDate
      ? 0
      : a.trips.lastDate === null
        ? -1
        : b.trips.lastDate === null
          ? 1
          : compareCodeUnits(a.trips.lastDate, b.trips.lastDate)) ||
    compareCodeUnits(a.member.id, b.member.id)
  )
}

function reasonLabels(
  locale: Locale,
  countries: ReadonlyMap<string, Pick<Country, 'names'>>,
  alses: ReadonlyMap<string, string>
): ReasonLabels {
  const subregions = new Map(SUBREGIONS.map((s) => [s, valueLabel('subregion', s, locale)]))
  return {
    locale,
    country: (code) => countries.get(code)?.names[locale] ?? countryName(code, locale),
    subregion: (subregion) => subregions.get(subregion) ?? subregion,
    als: (id) => alses.get(id) ?? id,
    tripStatus: (status) => valueLabel('cropTripStatus', status, locale),
  }
}

/** What placing each member and writing each candidate's reasons needs, made once. */
interface Shortlisting {
  event: CropShortlistInput['event']
  eventCountry: string | null
  eventSubregion: Subregion | null
  countries: ReadonlyMap<string, Pick<Country, 'subregion'>>
  /** How each member's country was written, read as a code (see `countryCode`). */
  countryCodes: Map<string, string | null>
  rule: Settings['activeRule']
  index: ParticipationIndex
  window: RuleWindow
  /** Other contributions count after this compact date: the last 12 months. */
  otherSince: number
  tabTrips: TabTrips
  write: {
    reason: <C extends CropReasonCode>(code: C, params: CropReasonParams[C]) => CropReason
    inactive: SharedReason<number>
    participation: SharedReason<number>
    place: SharedReason<string>
    wider: SharedReason<string>
  }
  reasons: ReasonList
}

// Where a member stands: ranked in a tier, or excluded with every reason that keeps them off.
function placeMember(member: ShortlistMember, context: Shortlisting): Ranked | CropExclusion {
  const { write, reasons, index, event, eventSubregion } = context
  reasons.clear()
  const code = countryCode(member.country, context.countryCodes)
  const country = code ? context.countries.get(code) : undefined
  if (code === null) reasons.add(write.reason('no-country', {}))
  else if (!country) reasons.add(write.reason('outside-region', { country: code }))
  const activity = activityReason(index, member.id, context.rule, context.window)
  if (activity.code === 'inactive')
    reasons.add(write.inactive(figuresKey(activity, 0), 'inactive', { activity }))
  if (member.conflicts.length > 0 && hasNoGoConflict(member)) {
    const description = member.conflicts
      .filter((conflict) => conflict.noGo)
      .map((conflict) => conflict.description)
      .join('; ')
    reasons.add(write.reason('no-go-conflict', { description }))
  }
  const heldStatus =
    context.tabTrips.thisEvent.get(member.id) ??
    (hasTripTo(member.cropTrips, event.id) ? 'completed' : undefined)
  if (heldStatus !== undefined)
    reasons.add(write.reason('already-travelling', { status: heldStatus }))
  if (reasons.size > 0 || !code || !country)
    return { memberId: member.id, name: member.name, country: code, reasons: reasons.take() }
  return {
    member,
    country: code,
    subregion: country.subregion,
    tier: eventSubregion !== null && country.subregion === eventSubregion ? 1 : 2,
    sameCountry: code === context.eventCountry,
    activity,
    attended: activity.calls.attended,
    voted: activity.vote.voted,
    other: contributionsAfter(index, memberNumber(index, member.id), context.otherSince),
    trips: rotationOf(context.tabTrips.travelled.get(member.id), member.cropTrips, event.id),
  }
}

// A ranked member at their final place, with the reasons for it.
function candidateAt(
  entry: Ranked,
  place: { baseIndex: number; rank: number; pass: DiversityResult; slots: number },
  context: Shortlisting
): CropCandidate {
  const { member } = entry
  const { baseIndex, rank, pass, slots } = place
  const { write, reasons, eventSubregion } = context
  reasons.clear()
  const where = { country: entry.country, subregion: entry.subregion }
  // The country decides the tier and whether it is the event's own.
  if (entry.tier === 1)
    reasons.add(
      write.place(entry.country, entry.sameCountry ? 'tier1-country' : 'tier1-subregion', where)
    )
  else if (eventSubregion === null)
    reasons.add(write.place(entry.country, 'tier2-no-subregion', where))
  else reasons.add(write.place(entry.country, 'tier2', { ...where, eventSubregion }))
  reasons.add(
    write.participation(figuresKey(entry.activity, entry.other), 'participation', {
      activity: entry.activity,
      other: entry.other,
    })
  )
  reasons.add(write.reason('rotation', entry.trips))
  const move = pass.moves.get(baseIndex)
  if (move)
    reasons.add(
      write.reason('diversity', {
        ...move,
        country: entry.country,
        als: member.alsId,
        gender: member.gender,
      })
    )
  for (const conflict of member.conflicts)
    if (!conflict.noGo)
      reasons.add(write.reason('conflict-note', { description: conflict.description }))
  reasons.add(
    rank <= pass.picks
      ? write.reason('proposed', { slot: rank, slots })
      : write.reason('reserve', { order: rank - pass.picks })
  )
  return {
    rank,
    memberId: member.id,
    name: member.name,
    country: entry.country,
    subregion: entry.subregion,
    alsId: member.alsId,
    gender: member.gender,
    tier: entry.tier,
    sameCountry: entry.sameCountry,
    proposed: rank <= pass.picks,
    participation: {
      attended: entry.activity.calls.attended,
      of: entry.activity.calls.of,
      voted: entry.activity.vote.voted,
      other: entry.other,
    },
    trips: entry.trips,
    baseRank: baseIndex + 1,
    reasons: reasons.take(),
  }
}

function checkInput(input: CropShortlistInput, locale: Locale): number {
  if (!isIsoDate(input.today))
    throw new CropInputError('badDate', { value: String(input.today) }, locale)
  const slots = input.slots ?? 1
  if (!Number.isInteger(slots) || slots < 1)
    throw new CropInputError('badSlots', { value: String(input.slots) }, locale)
  const seen = new Set<string>()
  for (const member of input.members) {
    if (seen.has(member.id)) throw new CropInputError('duplicateMember', { id: member.id }, locale)
    seen.add(member.id)
  }
  return slots
}

/**
 * The CROP shortlist for an event, after the 2023 plan and the Way Forward:
 * - eligible: active members (the Settings rule) with no no-go conflict of interest and a
 *   country of the region; a conflict that is not a no-go is shown as a note;
 * - tier 1: the event's sub-region, members from the event's own country first; tier 2, the
 *   wider region, only when tier 1 has fewer people than trips or `includeWiderRegion` is set
 *   (the leadership's discretion); otherwise the wider region is listed as not offered yet;
 * - within a tier: monthly calls attended in the window, then a vote in the last election,
 *   then other contributions in the last 12 months (participation); then fewer CROP trips and
 *   the longest since the last, never travelled first (rotation); then member ID;
 * - a diversity pass over the first `slots` places (see `diversityPass`);
 * - the request deadline, the fiscal year's trips used and left, slots = min(asked, left).
 * Deterministic: no input order or randomness changes the result. An undated event, a bad date
 * or slot count, or two members with one ID throw a CropInputError.
 *
 * @example
 * const shortlist = cropShortlist({ event, members, alses, records, trips, settings, today: '2026-06-30', slots: 2 })
 * shortlist.candidates.filter((c) => c.proposed).map((c) => c.name) // ['Ana Pérez', 'Kwame Joseph']
 */
export function cropShortlist(input: CropShortlistInput): CropShortlist {
  const locale = input.locale ?? DEFAULT_LOCALE
  const requested = checkInput(input, locale)
  const { event, settings, today } = input
  const deadline = cropRequestDeadline(event, settings, today, { locale })
  const startDate = deadline.eventStart
  const fiscalYear = fiscalYearOf(startDate)
  const usage = fiscalYearUsage(input.trips, fiscalYear, settings, { locale })
  const slots = Math.min(requested, usage.left)

  const countries = new Map((input.countries ?? COUNTRIES).map((c) => [c.code, c]))
  const alsNames = new Map(input.alses.map((als) => [als.id, als.name]))
  const labels = reasonLabels(locale, countries, alsNames)
  const reason = <C extends CropReasonCode>(code: C, params: CropReasonParams[C]) =>
    cropReason(code, params, labels)
  const eventCountry = event.country?.trim().toUpperCase() || null
  const eventSubregion: Subregion | null =
    event.subregion ?? (eventCountry ? (countries.get(eventCountry)?.subregion ?? null) : null)
  const index = indexParticipation(input.records, today)
  const context: Shortlisting = {
    event,
    eventCountry,
    eventSubregion,
    countries,
    countryCodes: new Map(),
    rule: settings.activeRule,
    index,
    window: ruleWindow(index, settings.activeRule),
    otherSince: compactDate(addMonths(today, -12)),
    tabTrips: cropTabTrips(input.trips, event.id),
    // Everyone here is measured against one window of calls and one election, and their
    // country alone decides their tier: so calls attended, the vote and other contributions
    // decide an activity sentence, and the country a tier or region one (see sharedReasons).
    write: {
      reason,
      inactive: sharedReasons(labels),
      participation: sharedReasons(labels),
      place: sharedReasons(labels),
      wider: sharedReasons(labels),
    },
    reasons: reasonList(),
  }

  const tier1: Ranked[] = []
  const tier2: Ranked[] = []
  const excluded: CropExclusion[] = []
  for (const member of input.members) {
    const placed = placeMember(member, context)
    if ('reasons' in placed) excluded.push(placed)
    else (placed.tier === 1 ? tier1 : tier2).push(placed)
  }

  const widerRequested = input.includeWiderRegion === true
  const widerIncluded = widerRequested || tier1.length < slots
  const widerWhy = !widerIncluded ? null : tier1.length < slots ? 'tier1-short' : 'requested'
  if (!widerIncluded)
    for (const ranked of tier2)
      excluded.push({
        memberId: ranked.member.id,
        name: ranked.member.name,
        country: ranked.country,
        reasons: [
          context.write.wider(ranked.country, 'wider-region-not-offered', {
            country: ranked.country,
            subregion: ranked.subregion,
            eventSubregion,
          }),
        ],
      })
  const ranked = [...tier1, ...(widerIncluded ? tier2 : [])].sort(compareRanked)
  const foldedGenders = new Map<string, string | null>()
  const traits = ranked.map(
    (entry): DiversityCandidate => ({
      tier: entry.tier,
      country: entry.country,
      alsId: entry.member.alsId,
      gender: foldedGender(entry.member.gender, foldedGenders),
    })
  )
  const pass = diversityPass(traits, slots)
  const candidates = pass.order.map((baseIndex, position) =>
    candidateAt(
      ranked[baseIndex] as Ranked,
      { baseIndex, rank: position + 1, pass, slots },
      context
    )
  )

  const warnings: CropReason[] = []
  if (event.status === 'cancelled') warnings.push(reason('cancelled', {}))
  if (!event.cropEligible) warnings.push(reason('not-crop-eligible', {}))
  if (deadline.late)
    warnings.push(
      reason('deadline-passed', { deadline: deadline.deadline, days: -deadline.daysLeft })
    )
  if (usage.left === 0)
    warnings.push(reason('no-trips-left', { fiscalYear, used: usage.used, allowed: usage.allowed }))
  else if (requested > usage.left)
    warnings.push(reason('slots-reduced', { requested, left: usage.left, slots, fiscalYear }))
  if (eventSubregion === null) warnings.push(reason('event-outside-region', {}))
  else if (widerWhy === 'tier1-short')
    warnings.push(
      reason('wider-region-short', { count: tier1.length, slots, subregion: eventSubregion })
    )
  else if (widerWhy === 'requested') warnings.push(reason('wider-region-requested', {}))

  return {
    event: {
      id: event.id,
      title: event.title,
      startDate,
      country: eventCountry,
      subregion: eventSubregion,
      fiscalYear,
    },
    deadline,
    fiscalYear: usage,
    slots: { requested, granted: slots },
    widerRegion: { included: widerIncluded, why: widerWhy },
    candidates,
    excluded: excluded.sort((a, b) => compareCodeUnits(a.memberId, b.memberId)),
    warnings,
    rule: t(locale, 'crop.rule'),
  }
}
