// The Active and Reason columns of the Members and ALS tabs: computed from participation by the
// rule in Settings and written by the toolkit, never typed by hand.
import { alsActivities, alsRoster } from '../../../shared/participation/als-activity'
import { memberActivities } from '../../../shared/participation/member-activity'
import type { ParticipationFact } from '../../../shared/participation/participation-index'
import type { Als } from '../../../shared/schemas/als'
import type { Member } from '../../../shared/schemas/member'
import type { Settings } from '../../../shared/schemas/settings'
import type { ColumnDefinition } from '../../../shared/workbook/columns'
import { sheetText } from '../../../shared/workbook/sheet-text'
import { tabDefinition } from '../../../shared/workbook/tabs'
import type { CellUpdate, TabContent, Workbook } from '../workbook/workbook'
import type { ActionHost } from './action-host'

/** The column saying whether the member or ALS is active: 'yes' or 'no'. */
export const ACTIVE_HEADER = 'Active'
/** The column saying why, in the language of whoever last recomputed it. */
export const REASON_HEADER = 'Reason'

export const ACTIVE_VALUES = ['yes', 'no'] as const
export type ActiveValue = (typeof ACTIVE_VALUES)[number]

/** The tabs that carry the two columns. */
export const ACTIVITY_TABS = ['Members', 'ALS'] as const
export type ActivityTab = (typeof ACTIVITY_TABS)[number]

function activityColumn(key: string, header: string, width: number): ColumnDefinition {
  return { key, header, kind: 'text', width, required: false, blank: 'omit', sheetOnly: true }
}

/**
 * The tab's definition with the two columns at its right end, as ensureTab adds them.
 *
 * @example
 * withActivityColumns('Members').columns.at(-1)?.header // 'Reason'
 */
export function withActivityColumns(tab: ActivityTab) {
  const definition = tabDefinition(tab)
  return {
    ...definition,
    columns: [
      ...definition.columns,
      activityColumn('active', ACTIVE_HEADER, 80),
      activityColumn('reason', REASON_HEADER, 480),
    ],
  }
}

/** One row's verdict. */
export interface ActivityCell {
  rowNumber: number
  active: boolean
  reason: string
}

/**
 * Writes Active and Reason on every row of `content`: the verdict of the rows in `verdicts`,
 * empty cells on the others (rows the schema refused, whose old verdict would be stale). The
 * columns are added at the tab's right end first when it lacks them. One setValues per
 * rectangle of rows (one for a tab without gaps).
 *
 * @example
 * writeActivity(workbook, 'Members', content, [{ rowNumber: 2, active: true, reason: 'attended 4 of ...' }])
 */
export function writeActivity(
  workbook: Workbook,
  tab: ActivityTab,
  content: TabContent,
  verdicts: readonly ActivityCell[]
): void {
  if (content.rows.length === 0) return
  if (!content.headers.includes(ACTIVE_HEADER) || !content.headers.includes(REASON_HEADER))
    workbook.ensureTab(withActivityColumns(tab))
  const byRow = new Map(verdicts.map((verdict) => [verdict.rowNumber, verdict]))
  const updates: CellUpdate[] = []
  for (const row of content.rows) {
    const verdict = byRow.get(row.rowNumber)
    const active: ActiveValue | '' = verdict ? (verdict.active ? 'yes' : 'no') : ''
    updates.push({ rowNumber: row.rowNumber, header: ACTIVE_HEADER, value: active })
    updates.push({
      rowNumber: row.rowNumber,
      header: REASON_HEADER,
      value: verdict ? sheetText(verdict.reason) : '',
    })
  }
  workbook.writeCells(tab, updates)
}

/** What recomputing found. */
export interface ActivityTotals {
  members: number
  activeMembers: number
  alses: number
  activeAlses: number
}

export interface ActivityInput {
  members: { content: TabContent; records: { rowNumber: number; record: Member }[] }
  alses: { content: TabContent; records: { rowNumber: number; record: Als }[] }
  records: readonly ParticipationFact[]
  settings: Settings
  today: string
}

/**
 * Recomputes every member's and ALS's activity by the rule in Settings and writes the Active
 * and Reason columns of both tabs, the reasons in the user's language.
 *
 * @example
 * recomputeActivity(host, { members, alses, records, settings, today: '2026-06-30' }).activeMembers
 */
export function recomputeActivity(host: ActionHost, input: ActivityInput): ActivityTotals {
  const { locale } = host
  const members = input.members.records.map(({ record }) => record)
  const activity = memberActivities(members, input.records, input.settings, input.today, {
    locale,
  })
  const alsList = input.alses.records.map(({ record }) => record)
  const alsActivity = alsActivities(alsList, alsRoster(members), activity, { locale })
  writeActivity(
    host.workbook,
    'Members',
    input.members.content,
    input.members.records.map(({ rowNumber, record }) => {
      const verdict = activity.get(record.id)
      return { rowNumber, active: verdict?.active ?? false, reason: verdict?.message ?? '' }
    })
  )
  writeActivity(
    host.workbook,
    'ALS',
    input.alses.content,
    input.alses.records.map(({ rowNumber, record }) => {
      const verdict = alsActivity.get(record.id)
      return { rowNumber, active: verdict?.active ?? false, reason: verdict?.message ?? '' }
    })
  )
  let activeMembers = 0
  for (const verdict of activity.values()) if (verdict.active) activeMembers++
  let activeAlses = 0
  for (const verdict of alsActivity.values()) if (verdict.active) activeAlses++
  return { members: members.length, activeMembers, alses: alsList.length, activeAlses }
}
