// The reasons a CROP shortlist gives, as structured values and as sentences to read aloud.
import { type MessageKey, t } from '../i18n/catalogue'
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

function sentence<C extends CropReasonCode>(
  code: C,
  params: CropReasonParams[C],
  labels: ReasonLabels
): string {
  const { locale } = labels
  const p = params as Record<string, unknown>
  const country = typeof p.country === 'string' ? labels.country(p.country) : ''
  const subregion =
    typeof p.subregion === 'string' ? labels.subregion(p.subregion as Subregion) : ''
  const eventSubregion =
    typeof p.eventSubregion === 'string' ? labels.subregion(p.eventSubregion as Subregion) : ''
  const say = (key: MessageKey, extra: Record<string, string | number> = {}) =>
    t(locale, key, { country, subregion, eventSubregion, ...extra })
  switch (code) {
    case 'tier1-country':
      return say('crop.reason.tier1Country')
    case 'tier1-subregion':
      return say('crop.reason.tier1Subregion')
    case 'tier2':
      return say('crop.reason.tier2')
    case 'tier2-no-subregion':
      return say('crop.reason.tier2NoSubregion')
    case 'participation': {
      const figures = params as CropReasonParams['participation']
      const other =
        figures.other === 0
          ? t(locale, 'crop.reason.otherNone')
          : t(locale, 'crop.reason.otherSome', {
              contributions: countPhrase(locale, 'contribution', figures.other),
            })
      return say('crop.reason.participation', {
        calls: describeCalls(figures.activity.calls, locale),
        vote: describeVote(figures.activity.vote, locale),
        other,
      })
    }
    case 'rotation': {
      const { count, lastDate } = params as CropReasonParams['rotation']
      if (count === 0) return say('crop.reason.rotationNone')
      const trips = countPhrase(locale, 'trip', count)
      if (lastDate === null) return say('crop.reason.rotationUndated', { trips })
      return say('crop.reason.rotation', { trips, date: lastDate })
    }
    case 'diversity': {
      const move = params as CropReasonParams['diversity']
      const places = { from: move.from, to: move.to }
      if (move.direction === 'down')
        return say('crop.reason.diversityDown', { ...places, traits: traitList(move, labels) })
      return move.traits.length > 0
        ? say('crop.reason.diversityUp', { ...places, traits: traitList(move, labels) })
        : say('crop.reason.diversityUpFewer', places)
    }
    case 'conflict-note':
      return say('crop.reason.conflictNote', { description: String(p.description) })
    case 'proposed':
      return say('crop.reason.proposed', { slot: Number(p.slot), slots: Number(p.slots) })
    case 'reserve':
      return say('crop.reason.reserve', { order: Number(p.order) })
    case 'no-country':
      return say('crop.excluded.noCountry')
    case 'outside-region':
      return say('crop.excluded.outsideRegion')
    case 'inactive':
      return say('crop.excluded.inactive', {
        activity: describeActivityReason((params as CropReasonParams['inactive']).activity, locale),
      })
    case 'no-go-conflict':
      return say('crop.excluded.noGo', { description: String(p.description) })
    case 'already-travelling':
      return say('crop.excluded.alreadyTravelling', {
        status: labels.tripStatus((params as CropReasonParams['already-travelling']).status),
      })
    case 'wider-region-not-offered':
      return p.eventSubregion === null
        ? say('crop.excluded.widerRegionNoTrips')
        : say('crop.excluded.widerRegion')
    case 'no-trips-left':
      return say('crop.warning.noTripsLeft', {
        fiscalYear: String(p.fiscalYear),
        used: Number(p.used),
        allowed: Number(p.allowed),
      })
    case 'slots-reduced':
      return say('crop.warning.slotsReduced', {
        requested: Number(p.requested),
        left: Number(p.left),
        slots: Number(p.slots),
        fiscalYear: String(p.fiscalYear),
      })
    case 'deadline-passed':
      return say('crop.warning.deadlinePassed', {
        deadline: String(p.deadline),
        days: countPhrase(locale, 'day', Number(p.days)),
      })
    case 'not-crop-eligible':
      return say('crop.warning.notCropEligible')
    case 'cancelled':
      return say('crop.warning.cancelled')
    case 'event-outside-region':
      return say('crop.warning.eventOutsideRegion')
    case 'wider-region-short':
      return say('crop.warning.widerRegionShort', {
        count: Number(p.count),
        slots: Number(p.slots),
      })
    case 'wider-region-requested':
      return say('crop.warning.widerRegionRequested')
  }
  return code
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
  return { code, params, message: sentence(code, params, labels) } as CropReason
}
