// The registration's value sets, without zod, for code that needs only the values (the add-on).
import { REGION_COUNTRY_CODES } from '../reference/countries'

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** What the form's country list offers: the region's codes, then 'other' for the rest of the world. */
export const REGISTRATION_COUNTRIES: readonly string[] = Object.freeze([
  ...REGION_COUNTRY_CODES,
  'other',
])
