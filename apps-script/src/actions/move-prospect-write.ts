// Writes what a move or an invitation changed in a prospect's row, and nothing else.
import type { Prospect } from '../../../shared/schemas/prospect'
import { recordToRow } from '../../../shared/workbook/tabs'
import type { CellUpdate, Workbook } from '../workbook/workbook'
import { PROSPECTS_TAB } from './move-prospect-target'

/** The fields the pipeline actions may change. */
const CHANGEABLE = [
  'stage',
  'liaison',
  'identifiedOn',
  'contactedOn',
  'invitedOn',
  'attendedOn',
  'appliedOn',
  'joinedOn',
  'declinedOn',
  'invitedTo',
] as const satisfies readonly (keyof Prospect)[]

/**
 * Writes the fields of `after` that differ from `before` into the prospect's row (as typed
 * values, through recordToRow: dates as dates, text formula-safe); the other cells, staff's
 * notes and columns included, are not touched. Returns the headers written.
 *
 * @example
 * writeProspectChanges(workbook, 5, before, { ...before, stage: 'contacted', contactedOn: '2026-03-02' })
 * // ['Stage', 'Contacted on']
 */
export function writeProspectChanges(
  workbook: Workbook,
  rowNumber: number,
  before: Prospect,
  after: Prospect
): string[] {
  const changed: Partial<Record<(typeof CHANGEABLE)[number], unknown>> = {}
  for (const field of CHANGEABLE) if (before[field] !== after[field]) changed[field] = after[field]
  const cells = recordToRow(PROSPECTS_TAB, changed)
  const updates: CellUpdate[] = Object.entries(cells).map(([header, value]) => ({
    rowNumber,
    header,
    value,
  }))
  workbook.writeCells(PROSPECTS_TAB, updates)
  return updates.map((update) => update.header)
}
