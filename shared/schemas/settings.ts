// The Settings tab: the rules the toolkit computes with (who is active, ALS review, CROP).
import * as z from 'zod/mini'
import './zod-english'
import { DEFAULT_SETTINGS as DEFAULTS } from './settings-values'

const count = (min: number, max: number, fallback: number) =>
  z._default(z.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback)

const { activeRule, alsReviewMonths, crop } = DEFAULTS

/**
 * The settings, every field with its default. The active rule reads: a member is active after
 * attending `callsAttended` of the last `ofLastMonthlyCalls` monthly calls, or (when
 * `orVotedInLastElection`) after voting in the last election.
 *
 * @example
 * settingsSchema.parse({ crop: { tripsPerFiscalYear: 4 } }).crop.leadTimeWeeks // 8
 */
export const settingsSchema = z.object({
  activeRule: z.prefault(
    z
      .object({
        callsAttended: count(1, 24, activeRule.callsAttended),
        ofLastMonthlyCalls: count(1, 24, activeRule.ofLastMonthlyCalls),
        orVotedInLastElection: z._default(z.boolean(), activeRule.orVotedInLastElection),
      })
      .check(
        z.superRefine((rule, ctx) => {
          const { callsAttended, ofLastMonthlyCalls } = rule
          if (!Number.isInteger(callsAttended) || !Number.isInteger(ofLastMonthlyCalls)) return
          if (callsAttended > ofLastMonthlyCalls)
            ctx.addIssue({
              code: 'custom',
              path: ['callsAttended'],
              message: 'calls_attended_exceeds_window',
              input: rule.callsAttended,
              params: { window: rule.ofLastMonthlyCalls },
            })
        })
      ),
    {}
  ),
  /** An ALS with no participation for this many months is due for review. */
  alsReviewMonths: count(1, 60, alsReviewMonths),
  crop: z.prefault(
    z.object({
      /** Trips the region may fund per ICANN fiscal year (CROP's allocation; staff confirm). */
      tripsPerFiscalYear: count(0, 50, crop.tripsPerFiscalYear),
      /** How many weeks before travel a request must be in. */
      leadTimeWeeks: count(0, 52, crop.leadTimeWeeks),
      /** Days of travel a trip may cover. */
      tripDays: count(1, 14, crop.tripDays),
    }),
    {}
  ),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsInput = z.input<typeof settingsSchema>

/** The settings a new Dashboard starts with (settingsSchema.parse({}) gives the same). */
export const DEFAULT_SETTINGS: Settings = DEFAULTS
