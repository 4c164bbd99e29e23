// The candidate suggestion's value sets, without zod, for code that needs only the values (the add-on).
import { REGION_COUNTRY_CODES } from '../reference/countries'

/**
 * What LACRALO may invite a suggested candidate to: accreditation as an At-Large Structure,
 * individual membership, ICANN's Fellowship and NextGen programmes, the DNSSEC training (for
 * ISPs and network operators) and Universal Acceptance.
 */
export const OUTREACH_PROGRAMMES = [
  'als-accreditation',
  'individual-membership',
  'fellowship-nextgen',
  'dnssec-training',
  'universal-acceptance',
] as const
export type OutreachProgramme = (typeof OUTREACH_PROGRAMMES)[number]

/**
 * Where a prospect stands on the way in, from identified to joined (or declined): the liaison
 * contacts them, invites them to the teleconferences, and they attend, apply and join.
 */
export const PROSPECT_STAGES = [
  'identified',
  'contacted',
  'invited',
  'attended',
  'applied',
  'joined',
  'declined',
] as const
export type ProspectStage = (typeof PROSPECT_STAGES)[number]

/** Whom a suggestion is about. */
export const CANDIDATE_KINDS = ['person', 'organization'] as const
export type CandidateKind = (typeof CANDIDATE_KINDS)[number]

/**
 * Why LACRALO may contact someone a member suggested: they agreed to it, or the contact is
 * public professional information (an ISP's published technical contact, say).
 */
export const CONTACT_BASES = ['agreed', 'public-professional'] as const
export type ContactBasis = (typeof CONTACT_BASES)[number]

/** Candidates are sought in the region only: its countries and territories, no 'other'. */
export const CANDIDATE_COUNTRIES: readonly string[] = REGION_COUNTRY_CODES
