// The defaults of the Settings tab, without zod: settingsSchema fills them in, the add-on writes them.

/**
 * The settings a new Dashboard starts with, and what settingsSchema gives a field left out:
 * a member is active after 3 of the last 6 monthly calls or a vote in the last election.
 * (settings.ts re-exports it typed as `Settings`.)
 *
 * @example
 * DEFAULT_SETTINGS.crop.leadTimeWeeks // 8
 */
export const DEFAULT_SETTINGS = Object.freeze({
  activeRule: { callsAttended: 3, ofLastMonthlyCalls: 6, orVotedInLastElection: true },
  alsReviewMonths: 12,
  crop: { tripsPerFiscalYear: 5, leadTimeWeeks: 8, tripDays: 3 },
})
