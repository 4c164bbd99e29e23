// The event proposal: an event any member of LACRALO puts forward for the Outreach Calendar.
import * as z from 'zod/mini'
import { emailAddressSchema } from '../email/email-schema'
import { LOCALES } from '../i18n/locales'
import { EVENT_FORMATS } from './event-values'
import { recordId } from './member'
import { blankAsNull, isoDate, isoInstant, nfcText, optionalText, webUrl } from './primitives'
import { consentVersion, REGISTRATION_COUNTRIES, tickedConsent } from './registration'

// A box that may stay unticked: HTML sends 'on' or nothing at all, JSON sends true or false.
const TICKED = [true, 'on', 'true', 'yes'] as const
const UNTICKED = [false, '', 'off', 'false', 'no'] as const

const optionalBox = z._default(
  z.pipe(
    z.literal([...TICKED, ...UNTICKED]),
    z.transform((value) => (TICKED as readonly unknown[]).includes(value))
  ),
  false
)

const DATE_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set(['startDate', 'endDate'])

/** Where the event takes place: a country or territory of the region, or 'other'. */
const proposalCountry = z.enum(REGISTRATION_COUNTRIES, { error: 'country_not_in_region' })

/**
 * The public "propose an event" form, as posted. `proposerEmail` goes through the shared
 * Universal Acceptance validator and comes out as `{ address, key }`; the end date, when
 * given, may not be before the start date.
 *
 * @example
 * eventProposalFormSchema.parse({
 *   title: 'Foro de Gobernanza de Internet de Bolivia', startDate: '2026-09-14',
 *   country: 'BO', format: 'hybrid', why: 'No ALS in Bolivia yet.',
 *   proposerName: 'Ana Quispe', proposerEmail: 'ana@ejemplo.bo',
 *   consent: 'on', consentVersion: '2026-11',
 * })
 */
export const eventProposalFormSchema = z
  .object({
    title: nfcText({ max: 300 }),
    startDate: isoDate,
    endDate: blankAsNull(isoDate),
    city: optionalText(120),
    country: proposalCountry,
    format: z.enum(EVENT_FORMATS),
    url: blankAsNull(webUrl),
    why: nfcText({ max: 2000 }),
    cropSuitable: optionalBox,
    proposerName: nfcText({ max: 200 }),
    proposerEmail: emailAddressSchema,
    consent: tickedConsent('consent_required_to_send'),
    consentVersion,
  })
  .check(
    z.superRefine(
      (proposal, ctx) => {
        if (proposal.endDate !== null && proposal.endDate < proposal.startDate)
          ctx.addIssue({
            code: 'custom',
            path: ['endDate'],
            message: 'end_before_start',
            input: proposal.endDate,
          })
      },
      // Also when other fields are wrong, so that every problem is told at once.
      { when: (payload) => !payload.issues.some((issue) => DATE_FIELDS.has(issue.path?.[0])) }
    )
  )

export type EventProposalForm = z.infer<typeof eventProposalFormSchema>
export type EventProposalFormInput = z.input<typeof eventProposalFormSchema>

/**
 * True when the proposed event is over by `today` (its last day is before it): the calendar
 * is for events still to come. Callers pass yesterday's date in UTC to allow for the
 * region's time zones.
 *
 * @example
 * proposalHasEnded({ startDate: '2026-03-01', endDate: '2026-03-03' }, '2026-03-04') // true
 */
export function proposalHasEnded(
  proposal: Pick<EventProposalForm, 'startDate' | 'endDate'>,
  today: string
): boolean {
  return (proposal.endDate ?? proposal.startDate) < today
}

/**
 * A proposal as the Worker keeps it and the admin export gives it: the form's fields, who
 * proposed it (null once erased), the language of the page, and the change number the sync
 * pages by.
 *
 * @example
 * eventProposalSchema.parse(page.items[0])
 */
export const eventProposalSchema = z.object({
  id: recordId,
  changeSeq: z.int().check(z.positive()),
  title: nfcText({ max: 300 }),
  startDate: isoDate,
  endDate: z.nullable(isoDate),
  city: z.nullable(nfcText({ max: 120 })),
  country: proposalCountry,
  format: z.enum(EVENT_FORMATS),
  url: z.nullable(webUrl),
  why: nfcText({ max: 2000 }),
  cropSuitable: z.boolean(),
  proposerName: z.nullable(nfcText({ max: 200 })),
  proposerEmail: z.nullable(z.string().check(z.minLength(1), z.maxLength(512))),
  proposerEmailKey: z.nullable(z.string().check(z.minLength(1), z.maxLength(512))),
  language: z.enum(LOCALES),
  consent: z.object({ given: z.literal(true), textVersion: consentVersion }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** The proposer asked to be forgotten: their name and email are gone, the event stays. */
  erased: z.boolean(),
  erasedAt: z.nullable(isoInstant),
})

export type EventProposal = z.infer<typeof eventProposalSchema>
