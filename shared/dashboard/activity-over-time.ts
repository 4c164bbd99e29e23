// The dashboard's activity chart: participation month by month over the last 12 months.
import type { Locale } from '../i18n/locales'
import { lastDayOfMonth, lastMonths, monthOf } from '../participation/date-math'
import { activityReason, ruleWindow } from '../participation/member-activity'
import { formatMonth } from '../participation/month-range'
import type { ParticipationFact, ParticipationIndex } from '../participation/participation-index'
import type { Member } from '../schemas/member'
import type { Settings } from '../schemas/settings'

/** One month of the chart. */
export interface ActivityMonth {
  /** YYYY-MM. */
  month: string
  /** The month as a chart label in the dashboard's language ("mar 2026"). */
  label: string
  /** Monthly calls held (distinct dates) and attendances recorded. */
  calls: number
  attendances: number
  votes: number
  workingGroups: number
  other: number
  /** Distinct members with any record in the month. */
  participants: number
  /** Members active by the Settings rule at the month's end (today for the current month). */
  activeMembers: number
}

/**
 * The last `months` months up to today's, oldest first: records by kind, distinct
 * participants, and active members at each month's end. Records after today are left out.
 * O(records + months × members × calls in the rule's window).
 *
 * @example
 * activityOverTime(records, index, members, settings, '2026-06-30', { locale: 'en' }).at(-1)
 * // { month: '2026-06', label: 'Jun 2026', calls: 1, attendances: 41, participants: 44, activeMembers: 63, ... }
 */
export function activityOverTime(
  records: readonly ParticipationFact[],
  index: ParticipationIndex,
  members: readonly Pick<Member, 'id'>[],
  settings: Pick<Settings, 'activeRule'>,
  today: string,
  options: { months?: number; locale: Locale }
): ActivityMonth[] {
  const months = lastMonths(today, options.months ?? 12)
  const rows = new Map(
    months.map((month) => [
      month,
      {
        row: {
          month,
          label: formatMonth(month, options.locale),
          calls: 0,
          attendances: 0,
          votes: 0,
          workingGroups: 0,
          other: 0,
          participants: 0,
          activeMembers: 0,
        } satisfies ActivityMonth as ActivityMonth,
        callDates: new Set<string>(),
        people: new Set<string>(),
      },
    ])
  )
  for (const record of records) {
    if (record.date > today) continue
    const entry = rows.get(monthOf(record.date))
    if (!entry) continue
    entry.people.add(record.memberId)
    if (record.kind === 'monthly-call') {
      entry.row.attendances++
      entry.callDates.add(record.date)
    } else if (record.kind === 'vote') entry.row.votes++
    else if (record.kind === 'working-group') entry.row.workingGroups++
    else entry.row.other++
  }
  return months.map((month) => {
    const entry = rows.get(month) as NonNullable<ReturnType<typeof rows.get>>
    const asOf = month === monthOf(today) ? today : lastDayOfMonth(month)
    const window = ruleWindow(index, settings.activeRule, asOf)
    let active = 0
    for (const member of members)
      if (activityReason(index, member.id, settings.activeRule, window).code !== 'inactive')
        active++
    return {
      ...entry.row,
      calls: entry.callDates.size,
      participants: entry.people.size,
      activeMembers: active,
    }
  })
}
