// A row of the Prospects tab: a possible At-Large candidate on the way in, in a country's pipeline.
import * as z from 'zod/mini'
import { LOCALES } from '../i18n/locales'
import {
  CANDIDATE_COUNTRIES,
  CANDIDATE_KINDS,
  OUTREACH_PROGRAMMES,
  PROSPECT_STAGES,
  type ProspectStage,
} from './candidate-suggestion-values'
import { recordId } from './member'
import { blankAsNull, isoDate, nfcText, optionalText } from './primitives'

/**
 * The date field each stage is dated by: when the prospect reached it. 'identified' is the
 * day the suggestion arrived (or staff added the row).
 */
export const STAGE_DATE_FIELDS = {
  identified: 'identifiedOn',
  contacted: 'contactedOn',
  invited: 'invitedOn',
  attended: 'attendedOn',
  applied: 'appliedOn',
  joined: 'joinedOn',
  declined: 'declinedOn',
} as const satisfies Record<ProspectStage, string>
export type StageDateField = (typeof STAGE_DATE_FIELDS)[ProspectStage]

const stageDate = blankAsNull(isoDate)

/**
 * A prospect: a person or organization LACRALO's outreach is walking towards a programme,
 * from a member's suggestion (`id` is the suggestion's) or added by staff. `liaison` is the
 * member (name or ID) designated to contact them; `invitedTo` the webinar slug or event ID
 * of the teleconference they were last invited to.
 *
 * @example
 * prospectSchema.parse({
 *   id: 'sug-91c2', name: 'Red de Telecentros de Honduras', kind: 'organization',
 *   country: 'HN', programme: 'als-accreditation', identifiedOn: '2026-11-20',
 * })
 * // { ..., stage: 'identified', contactedOn: null, liaison: null, ... }
 */
export const prospectSchema = z.object({
  id: recordId,
  name: nfcText({ max: 200 }),
  kind: z._default(z.enum(CANDIDATE_KINDS), 'person'),
  organization: optionalText(200),
  country: z.enum(CANDIDATE_COUNTRIES, { error: 'country_not_in_region' }),
  programme: z.enum(OUTREACH_PROGRAMMES),
  stage: z._default(z.enum(PROSPECT_STAGES), 'identified'),
  liaison: optionalText(200),
  email: optionalText(512),
  contactOther: optionalText(300),
  /** The language to write to them in, when known. */
  language: blankAsNull(z.enum(LOCALES)),
  why: optionalText(2000),
  suggestedBy: optionalText(200),
  identifiedOn: isoDate,
  contactedOn: stageDate,
  invitedOn: stageDate,
  attendedOn: stageDate,
  appliedOn: stageDate,
  joinedOn: stageDate,
  declinedOn: stageDate,
  invitedTo: optionalText(200),
  notes: optionalText(2000),
})

export type Prospect = z.infer<typeof prospectSchema>
export type ProspectInput = z.input<typeof prospectSchema>
