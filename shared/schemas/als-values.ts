// The ALS's value sets, without zod, for code that needs only the values (the add-on).

export const ALS_STATUSES = [
  'applicant',
  'active',
  'inactive',
  'under-review',
  'decertified',
] as const
export type AlsStatus = (typeof ALS_STATUSES)[number]
