// The CROP trip's value sets, without zod, for code that needs only the values (the add-on).

export const CROP_TRIP_STATUSES = [
  'proposed',
  'requested',
  'approved',
  'completed',
  'cancelled',
] as const
export type CropTripStatus = (typeof CROP_TRIP_STATUSES)[number]
