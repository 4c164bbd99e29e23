// The reasons a CROP shortlist gives, as structured values and as sentences to read aloud.
import { type MessageParams, t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { countPhrase } from '../participation/count-phrase'
import {
  type ActivityReason,
  describeActivityReason,
  describeCalls,
  describeVote,
} from '../participation/member-activity'
import { nameList } from '../participation/name-list'
import type { Subregion } from '../reference/subregions'
import type { CropTripStatus } from '../schemas/crop'
import type { DiversityTrait } from './diversity-pass'

/** The raw figures of each reason: codes, IDs, ISO dates and numbers, never translated. */
export interface CropReasonParams {
  // Why a candidate is where they are.
  'tier1-country': { country: string; subregion: Subregion }
  'tier1-subregion': { country: string; subregion: Subregion }
  tier2: { country: string; subregion: Subregion; eventSubregion: Subregion }
  'tier2-no-subregion': { country: string; subregion: Subregion }
  participation: {
    /** Monthly calls attended and the vote in the last election (see ActivityReason). */
    activity: ActivityReason
    /** Working-group and other contributions in the last 12 months. */
    other: number
  }
  rotation: { count: number; lastDate: string | null }
  diversity: {
    direction: 'up' | 'down'
    from: number
    to: number
    traits: DiversityTrait[]
    country: string
    als: string | null
    gender: string | null
  }
  'conflict-note': { description: string }
  proposed: { slot: number; slots: number }
  reserve: { order: number }
  // Why someone is not on the shortlist.
  'no-country': Record<string, never>
  'outside-region': { country: string }
  inactive: { activity: ActivityReason }
  'no-go-conflict': { description: string }
  'already-travelling': { status: CropTripStatus }
  'wider-region-not-offered': {
    country: string
    subregion: Subregion
    /** Null when the event is outside the region's sub-regions (and no trip is left). */
    eventSubregion: Subregion | null
  }
  // What staff should know about the shortlist as a whole.
  'no-trips-left': { fiscalYear: string; used: number; allowed: number }
  'slots-reduced': { requested: number; left: number; slots: number; fiscalYear: string }
  'deadline-passed': { deadline: string; days: number }
  'not-crop-eligible': Record<string, never>
  cancelled: Record<string, never>
  'event-outside-region': Record<string, never>
  'wider-region-short': { count: number; slots: number; subregion: Subregion }
  'wider-region-requested': Record<string, never>
}
export type CropReasonCode = keyof CropReasonParams

/** A reason: what it is, its figures, and the sentence a staff member can read out. */
export type CropReason = {
  [C in CropReasonCode]: { code: C; params: CropReasonParams[C]; message: string }
}[CropReasonCode]

// A reason before it is put into words: the code tells the figures' shape apart.
type ReasonFigures = {
  [C in CropReasonCode]: { code: C; params: CropReasonParams[C] }
}[CropReasonCode]

/** How names are written in the sentences: countries, sub-regions, ALSes, trip statuses. */
export interface ReasonLabels {
  locale: Locale
  country(code: string): string
  subregion(subregion: Subregion): string
  als(id: string): string
  tripStatus(status: CropTripStatus): string
}

function traitList(params: CropReasonParams['diversity'], labels: ReasonLabels): string {
  const { locale } = labels
  const parts = params.traits.map((trait) => {
    if (trait === 'country')
      return t(locale, 'crop.trait.country', { country: labels.country(params.country) })
    if (trait === 'als') return t(locale, 'crop.trait.als', { als: labels.als(params.als ?? '') })
    return t(locale, 'crop.trait.gender', { gender: params.gender ?? '' })
  })
  return nameList(parts, locale, parts.length)
}

// The place names a tier or region sentence uses, in the reader's language.
function placeNames(
  params: { country: string; subregion: Subregion; eventSubregion?: Subregion | null },
  labels: ReasonLabels
): MessageParams {
  return {
    country: labels.country(params.country),
    subregion: labels.subregion(params.subregion),
    eventSubregion: params.eventSubregion ? labels.subregion(params.eventSubregion) : '',
  }
}

function participationSentence(figures: CropReasonParams['participation'], locale: Locale): string {
  const other =
    figures.other === 0
      ? t(locale, 'crop.reason.otherNone')
      : t(locale, 'crop.reason.otherSome', {
          contributions: countPhrase(locale, 'contribution', figures.other),
        })
  return t(locale, 'crop.reason.participation', {
    calls: describeCalls(figures.activity.calls, locale),
    vote: describeVote(figures.activity.vote, locale),
    other,
  })
}

function rotationSentence(trips: CropReasonParams['rotation'], locale: Locale): string {
  if (trips.count === 0) return t(locale, 'crop.reason.rotationNone')
  const count = countPhrase(locale, 'trip', trips.count)
  if (trips.lastDate === null) return t(locale, 'crop.reason.rotationUndated', { trips: count })
  return t(locale, 'crop.reason.rotation', { trips: count, date: trips.lastDate })
}

function diversitySentence(move: CropReasonParams['diversity'], labels: ReasonLabels): string {
  const { locale } = labels
  const places = { from: move.from, to: move.to }
  if (move.direction === 'down')
    return t(locale, 'crop.reason.diversityDown', { ...places, traits: traitList(move, labels) })
  return move.traits.length > 0
    ? t(locale, 'crop.reason.diversityUp', { ...places, traits: traitList(move, labels) })
    : t(locale, 'crop.reason.diversityUpFewer', places)
}

// A shortlist says thousands of these, so each case passes its message only the names and
// figures it uses, and looks up no label it does not need.
function sentence(reason: ReasonFigures, labels: ReasonLabels): string {
  const { locale } = labels
  switch (reason.code) {
    case 'tier1-country':
      return t(locale, 'crop.reason.tier1Country', placeNames(reason.params, labels))
    case 'tier1-subregion':
      return t(locale, 'crop.reason.tier1Subregion', placeNames(reason.params, labels))
    case 'tier2':
      return t(locale, 'crop.reason.tier2', placeNames(reason.params, labels))
    case 'tier2-no-subregion':
      return t(locale, 'crop.reason.tier2NoSubregion', placeNames(reason.params, labels))
    case 'participation':
      return participationSentence(reason.params, locale)
    case 'rotation':
      return rotationSentence(reason.params, locale)
    case 'diversity':
      return diversitySentence(reason.params, labels)
    case 'conflict-note':
      return t(locale, 'crop.reason.conflictNote', { description: reason.params.description })
    case 'proposed':
      return t(locale, 'crop.reason.proposed', reason.params)
    case 'reserve':
      return t(locale, 'crop.reason.reserve', reason.params)
    case 'no-country':
      return t(locale, 'crop.excluded.noCountry')
    case 'outside-region':
      return t(locale, 'crop.excluded.outsideRegion', {
        country: labels.country(reason.params.country),
      })
    case 'inactive':
      return t(locale, 'crop.excluded.inactive', {
        activity: describeActivityReason(reason.params.activity, locale),
      })
    case 'no-go-conflict':
      return t(locale, 'crop.excluded.noGo', { description: reason.params.description })
    case 'already-travelling':
      return t(locale, 'crop.excluded.alreadyTravelling', {
        status: labels.tripStatus(reason.params.status),
      })
    case 'wider-region-not-offered':
      return reason.params.eventSubregion === null
        ? t(locale, 'crop.excluded.widerRegionNoTrips')
        : t(locale, 'crop.excluded.widerRegion', placeNames(reason.params, labels))
    case 'no-trips-left':
      return t(locale, 'crop.warning.noTripsLeft', reason.params)
    case 'slots-reduced':
      return t(locale, 'crop.warning.slotsReduced', reason.params)
    case 'deadline-passed':
      return t(locale, 'crop.warning.deadlinePassed', {
        deadline: reason.params.deadline,
        days: countPhrase(locale, 'day', reason.params.days),
      })
    case 'not-crop-eligible':
      return t(locale, 'crop.warning.notCropEligible')
    case 'cancelled':
      return t(locale, 'crop.warning.cancelled')
    case 'event-outside-region':
      return t(locale, 'crop.warning.eventOutsideRegion')
    case 'wider-region-short':
      return t(locale, 'crop.warning.widerRegionShort', {
        count: reason.params.count,
        slots: reason.params.slots,
        subregion: labels.subregion(reason.params.subregion),
      })
    case 'wider-region-requested':
      return t(locale, 'crop.warning.widerRegionRequested')
  }
}

/**
 * A reason with its sentence in `labels.locale`.
 *
 * @example
 * cropReason('rotation', { count: 0, lastDate: null }, labels).message
 * // 'Rotation: no CROP trip before, so first among equals.'
 */
export function cropReason<C extends CropReasonCode>(
  code: C,
  params: CropReasonParams[C],
  labels: ReasonLabels
): CropReason {
  const reason = { code, params } as ReasonFigures
  return { code, params, message: sentence(reason, labels) } as CropReason
}
