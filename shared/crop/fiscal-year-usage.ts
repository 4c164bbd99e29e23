// How many CROP trips an ICANN fiscal year has used and has left.
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import {
  CROP_TRIP_STATUSES,
  type CropTrip,
  type CropTripStatus,
  type FiscalYear,
} from '../schemas/crop'
import type { Settings } from '../schemas/settings'

/** A fiscal year's trips: allowed by Settings, used (every trip not cancelled), left. */
export interface FiscalYearUsage {
  fiscalYear: FiscalYear
  allowed: number
  used: number
  left: number
  /** The year's trips by status, cancelled ones included. */
  byStatus: Record<CropTripStatus, number>
  message: string
}

export interface UsageOptions {
  locale?: Locale
}

/**
 * The CROP trips of `fiscalYear` (July to June) from the CROP tab. Every trip not cancelled
 * counts as used, a proposed one included: it holds its place until staff cancel it.
 *
 * @example
 * fiscalYearUsage(trips, 'FY27', DEFAULT_SETTINGS)
 * // { fiscalYear: 'FY27', allowed: 5, used: 2, left: 3, message: 'FY27: 2 of 5 CROP trips used, 3 left', ... }
 */
export function fiscalYearUsage(
  trips: readonly Pick<CropTrip, 'fiscalYear' | 'status'>[],
  fiscalYear: FiscalYear,
  settings: Pick<Settings, 'crop'>,
  options: UsageOptions = {}
): FiscalYearUsage {
  const byStatus = Object.fromEntries(CROP_TRIP_STATUSES.map((status) => [status, 0])) as Record<
    CropTripStatus,
    number
  >
  for (const trip of trips) if (trip.fiscalYear === fiscalYear) byStatus[trip.status]++
  const allowed = settings.crop.tripsPerFiscalYear
  const used = CROP_TRIP_STATUSES.reduce(
    (sum, status) => (status === 'cancelled' ? sum : sum + byStatus[status]),
    0
  )
  const left = Math.max(0, allowed - used)
  return {
    fiscalYear,
    allowed,
    used,
    left,
    byStatus,
    message: t(options.locale ?? DEFAULT_LOCALE, 'crop.fiscalYear.usage', {
      fiscalYear,
      used,
      allowed,
      left,
    }),
  }
}
