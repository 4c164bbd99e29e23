// The ALS review list: ALSes none of whose people has taken part for `alsReviewMonths` months.
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Als, AlsStatus } from '../schemas/als'
import type { Member } from '../schemas/member'
import type { Settings } from '../schemas/settings'
import { type AlsRoster, alsRoster } from './als-activity'
import { compareCodeUnits } from './compare-code-units'
import { addMonths, monthsBetween } from './date-math'
import {
  indexParticipation,
  lastSeenOf,
  memberNumber,
  type ParticipationFact,
  type ParticipationIndex,
} from './participation-index'

/**
 * The statuses of an accredited ALS still on the roster: what the review looks at and what
 * the dashboard counts. Applicants are not accredited yet; decertified ones are off the list.
 */
export const ACCREDITED_ALS_STATUSES = [
  'active',
  'inactive',
  'under-review',
] as const satisfies readonly AlsStatus[]

/** An ALS due for review. */
export interface AlsReviewEntry {
  alsId: string
  name: string
  country: string
  status: AlsStatus
  /** The latest participation record of any of its people, or null when there is none. */
  lastSeen: string | null
  /** Whole months since `lastSeen`, or null. */
  monthsSince: number | null
  /** Its people: the members with this ALS and its listed representatives. */
  memberCount: number
  message: string
}

export interface AlsReviewOptions {
  locale?: Locale
  /** Members already grouped by ALS (see `alsRoster`), to save grouping them again. */
  roster?: AlsRoster
}

/**
 * The ALSes with no participation record by any of their people (members with that ALS, and
 * the representatives it lists) in the last `settings.alsReviewMonths` months, with the last
 * date seen or never: the 2023 plan's "updated list of active ALSes", read the other way round.
 * Never-seen ALSes come first, then the longest silent; ties by ALS ID.
 *
 * @example
 * alsReviewList(alses, members, records, settings, '2026-06-30')
 * // [{ alsId: 'ALS-GY-01', lastSeen: null, message: 'no participation recorded for any of its 3 people', ... }]
 */
export function alsReviewList(
  alses: readonly Als[],
  members: readonly Pick<Member, 'id' | 'name' | 'alsId'>[],
  records: readonly ParticipationFact[] | ParticipationIndex,
  settings: Pick<Settings, 'alsReviewMonths'>,
  today: string,
  options: AlsReviewOptions = {}
): AlsReviewEntry[] {
  const locale = options.locale ?? DEFAULT_LOCALE
  const index = 'memberNumbers' in records ? records : indexParticipation(records, today)
  const roster = options.roster ?? alsRoster(members)
  const cutoff = addMonths(today, -settings.alsReviewMonths)
  const statuses: readonly AlsStatus[] = ACCREDITED_ALS_STATUSES
  const entries: AlsReviewEntry[] = []
  for (const als of alses) {
    if (!statuses.includes(als.status)) continue
    const people = new Set<string>(als.representatives)
    for (const member of roster.membersOf.get(als.id) ?? []) people.add(member.id)
    let lastSeen: string | null = null
    for (const id of people) {
      const seen = lastSeenOf(index, memberNumber(index, id))
      if (seen !== null && (lastSeen === null || seen > lastSeen)) lastSeen = seen
    }
    if (lastSeen !== null && lastSeen >= cutoff) continue
    const monthsSince = lastSeen === null ? null : monthsBetween(lastSeen, today)
    entries.push({
      alsId: als.id,
      name: als.name,
      country: als.country,
      status: als.status,
      lastSeen,
      monthsSince,
      memberCount: people.size,
      message:
        people.size === 0
          ? t(locale, 'participation.alsReview.noMembers')
          : lastSeen === null
            ? t(locale, 'participation.alsReview.never', { count: people.size })
            : t(locale, 'participation.alsReview.since', {
                date: lastSeen,
                months: monthsSince ?? 0,
              }),
    })
  }
  return entries.sort(
    (a, b) =>
      (a.lastSeen === null ? 0 : 1) - (b.lastSeen === null ? 0 : 1) ||
      compareCodeUnits(a.lastSeen ?? '', b.lastSeen ?? '') ||
      compareCodeUnits(a.alsId, b.alsId)
  )
}
