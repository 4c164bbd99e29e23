// The Worker's registration change feed (GET /admin/registrations) as the sync reads it, and
// each change as the cells of its row in the Registrations tab.
import { isLocale, type Locale } from '../../../shared/i18n/locales'
import {
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from '../../../shared/schemas/registration'
import { recordToRow } from '../../../shared/workbook/tabs'
import type { CellValue } from '../workbook/workbook'

/** One registration as the feed sends it (see worker/src/db/registrations.ts). */
export interface RegistrationChange {
  id: string
  webinarSlug: string
  changeSeq: number
  status: RegistrationStatus
  name: string | null
  email: string | null
  emailKey: string | null
  country: string | null
  affiliation: string | null
  language: Locale
  consent: { given: boolean; textVersion: string }
  createdAt: string
  updatedAt: string
  /** A tombstone: the person asked to be forgotten; the personal fields are null. */
  erased: boolean
}

/** One page of the feed. */
export interface RegistrationPage {
  registrations: RegistrationChange[]
  /** Save it once the page's rows are written; ask `?after=` it next. */
  nextCursor: string
  hasMore: boolean
}

const textOrNull = (value: unknown) => value === null || typeof value === 'string'
const text = (value: unknown) => typeof value === 'string' && value !== ''

function isChange(value: unknown): value is RegistrationChange {
  const change = value as Record<string, unknown> | null
  if (change === null || typeof change !== 'object') return false
  const consent = change.consent as Record<string, unknown> | null
  return (
    text(change.id) &&
    text(change.webinarSlug) &&
    typeof change.changeSeq === 'number' &&
    (REGISTRATION_STATUSES as readonly unknown[]).includes(change.status) &&
    ['name', 'email', 'emailKey', 'country', 'affiliation'].every((field) =>
      textOrNull(change[field])
    ) &&
    isLocale(change.language) &&
    consent !== null &&
    typeof consent === 'object' &&
    typeof consent.textVersion === 'string' &&
    text(change.createdAt) &&
    text(change.updatedAt) &&
    typeof change.erased === 'boolean'
  )
}

/**
 * The page in a feed answer, or null when the answer is not one (then nothing may be written
 * and the cursor must stay where it is).
 *
 * @example
 * parseRegistrationPage(client.admin('GET', '/admin/registrations?after=0&limit=500'))?.hasMore
 */
export function parseRegistrationPage(json: unknown): RegistrationPage | null {
  const page = json as Record<string, unknown> | null
  if (page === null || typeof page !== 'object') return null
  const { registrations, nextCursor, hasMore } = page
  if (!Array.isArray(registrations) || !registrations.every(isChange)) return null
  if (typeof nextCursor !== 'string' || !/^\d{1,15}$/.test(nextCursor)) return null
  if (typeof hasMore !== 'boolean') return null
  return { registrations, nextCursor, hasMore }
}

export interface RowOptions {
  /** What an erased registration's Name cell says instead of the name. */
  erasedName: string
  /** When its confirmation email is being sent (ISO); the 'Email sent' cell is left alone otherwise. */
  emailSent?: string
}

/**
 * The cells of a registration's row, by header, written through recordToRow so that nothing
 * the public typed becomes a formula. An erased registration keeps its identifying cells and
 * has its personal ones (name, email, email key, country, affiliation) blanked; its Name
 * cell says it was erased.
 *
 * @example
 * registrationRow(change, { erasedName: '(erased)', emailSent: '2023-04-01T12:00:00.000Z' })
 * // { ID: 'r-1', Webinar: 'dnssec-2023', Name: "'=HYPERLINK(…)", ..., 'Email sent': "'2023-04-01T…" }
 */
export function registrationRow(
  change: RegistrationChange,
  options: RowOptions
): Record<string, CellValue> {
  const personal = change.erased
    ? { name: options.erasedName, email: null, emailKey: null, country: null, affiliation: null }
    : {
        name: change.name,
        email: change.email,
        emailKey: change.emailKey,
        country: change.country,
        affiliation: change.affiliation,
      }
  return recordToRow('Registrations', {
    id: change.id,
    webinarSlug: change.webinarSlug,
    ...personal,
    language: change.language,
    consent: change.consent,
    status: change.status,
    createdAt: change.createdAt,
    updatedAt: change.updatedAt,
    ...(options.emailSent === undefined ? {} : { emailSent: options.emailSent }),
  })
}
