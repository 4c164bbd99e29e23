// Whether an ALS is active: one of its representatives (or, without any, one of its members) is.
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Als } from '../schemas/als'
import type { Member } from '../schemas/member'
import { compareCodeUnits } from './compare-code-units'
import type { MemberActivity } from './member-activity'
import { nameList } from './name-list'

/** Whose activity decides: the listed representatives, or the members when none is listed. */
export const ALS_ACTIVITY_BASES = ['representatives', 'members'] as const
export type AlsActivityBasis = (typeof ALS_ACTIVITY_BASES)[number]

/** An ALS's activity and why. */
export interface AlsActivity {
  alsId: string
  active: boolean
  basis: AlsActivityBasis
  /** How many people were considered (representatives listed, or members of the ALS). */
  considered: number
  /** Those of them who are active, by member ID. */
  activeMembers: { id: string; name: string }[]
  /** Representative IDs with no row on the Members tab (counted as not active). */
  unknownRepresentatives: string[]
  message: string
}

type AlsMember = Pick<Member, 'id' | 'name' | 'alsId'>
type ActivityLookup = ReadonlyMap<string, Pick<MemberActivity, 'active'>>

export interface AlsActivityOptions {
  locale?: Locale
}

const byId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id)

/** The members of each ALS (by `alsId`), and every member by ID: built once for many ALSes. */
export interface AlsRoster {
  membersOf: Map<string, AlsMember[]>
  memberById: Map<string, AlsMember>
}

/**
 * Groups the members by ALS once, for `alsActivities` and the ALS review.
 *
 * @example
 * alsRoster(members).membersOf.get('ALS-AR-01')?.length
 */
export function alsRoster(members: readonly AlsMember[]): AlsRoster {
  const membersOf = new Map<string, AlsMember[]>()
  const memberById = new Map<string, AlsMember>()
  for (const member of members) {
    memberById.set(member.id, member)
    if (member.alsId === null) continue
    const list = membersOf.get(member.alsId)
    if (list) list.push(member)
    else membersOf.set(member.alsId, [member])
  }
  return { membersOf, memberById }
}

function activityWithRoster(
  als: Pick<Als, 'id' | 'representatives'>,
  roster: AlsRoster,
  activity: ActivityLookup,
  locale: Locale
): AlsActivity {
  const basis: AlsActivityBasis = als.representatives.length > 0 ? 'representatives' : 'members'
  const unknownRepresentatives: string[] = []
  let people: AlsMember[]
  if (basis === 'representatives') {
    people = []
    for (const id of new Set(als.representatives)) {
      const member = roster.memberById.get(id)
      if (member) people.push(member)
      else unknownRepresentatives.push(id)
    }
  } else {
    people = roster.membersOf.get(als.id) ?? []
  }
  const considered = people.length + unknownRepresentatives.length
  const activeMembers = people
    .filter((member) => activity.get(member.id)?.active === true)
    .map((member) => ({ id: member.id, name: member.name }))
    .sort(byId)
  unknownRepresentatives.sort(compareCodeUnits)
  const names = nameList(
    activeMembers.map((member) => member.name),
    locale
  )
  const count = { active: activeMembers.length, total: considered, names }
  let message: string
  if (basis === 'representatives')
    message =
      activeMembers.length > 0
        ? t(locale, 'participation.als.representativesActive', count)
        : t(locale, 'participation.als.representativesInactive', count)
  else if (considered === 0) message = t(locale, 'participation.als.noMembers')
  else
    message =
      activeMembers.length > 0
        ? t(locale, 'participation.als.membersActive', count)
        : t(locale, 'participation.als.membersInactive', count)
  if (unknownRepresentatives.length > 0)
    message = t(locale, 'participation.als.unknownRepresentatives', {
      sentence: message,
      ids: unknownRepresentatives.join(', '),
    })
  return {
    alsId: als.id,
    active: activeMembers.length > 0,
    basis,
    considered,
    activeMembers,
    unknownRepresentatives,
    message,
  }
}

/**
 * Whether an ALS is active: at least one of its representatives is an active member, or, when
 * it lists no representatives, at least one member with that ALS is (`basis` says which, and
 * so does the message).
 *
 * @example
 * alsActivity(als, members, memberActivities(members, records, settings, today))
 * // { active: true, basis: 'representatives', message: '1 of its 2 representatives active: Ana Pérez', ... }
 */
export function alsActivity(
  als: Pick<Als, 'id' | 'representatives'>,
  members: readonly AlsMember[],
  activity: ActivityLookup,
  options: AlsActivityOptions = {}
): AlsActivity {
  return activityWithRoster(als, alsRoster(members), activity, options.locale ?? DEFAULT_LOCALE)
}

/**
 * `alsActivity` for many ALSes, grouping the members once.
 *
 * @example
 * alsActivities(alses, members, activity).get('ALS-AR-01')?.active
 */
export function alsActivities(
  alses: readonly Pick<Als, 'id' | 'representatives'>[],
  members: readonly AlsMember[] | AlsRoster,
  activity: ActivityLookup,
  options: AlsActivityOptions = {}
): Map<string, AlsActivity> {
  const roster = 'membersOf' in members ? members : alsRoster(members)
  const locale = options.locale ?? DEFAULT_LOCALE
  const result = new Map<string, AlsActivity>()
  for (const als of alses) result.set(als.id, activityWithRoster(als, roster, activity, locale))
  return result
}
