// "Move a prospect" and "Assign liaison": the prospect selected on Prospects (or named by ID)
// moved to a stage today by the shared pipeline rules, its liaison set, its row written.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { moveToStage } from '../../../shared/outreach/move-to-stage'
import { isFinalStage, pipelinePosition, stageRank } from '../../../shared/outreach/pipeline-stages'
import {
  PROSPECT_STAGES,
  type ProspectStage,
} from '../../../shared/schemas/candidate-suggestion-values'
import { type Prospect, STAGE_DATE_FIELDS } from '../../../shared/schemas/prospect'
import { isoDateInZone } from '../../../shared/workbook/zoned-date'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { refusalError } from './move-prospect-refusal'
import { findProspect } from './move-prospect-target'
import { dateText, type ProspectReport, prospectView, stageLabel } from './move-prospect-view'
import { writeProspectChanges } from './move-prospect-write'
import { type ActionResult, runAction } from './run-action'
import type { SelectionApp } from './selected-event'

/** What the sidebar asks for: a stage, a liaison, or both. */
export interface MoveRequest {
  /** The prospect; the row selected on Prospects when absent. */
  prospectId?: string
  stage?: ProspectStage
  /** The liaison to set (a member's name or ID); '' or null removes it; absent leaves it. */
  liaison?: string | null
  /** A move back: the dates after the stage are cleared. */
  correct?: boolean
  /** Leaves joined or declined. */
  reopen?: boolean
}

const LIAISON_MAX = 200

/**
 * The request as sent, checked: a stage from the pipeline, a liaison of text, flags as booleans.
 *
 * @example
 * readMoveRequest({ stage: 'contacted', liaison: ' M-014 ' }) // { stage: 'contacted', liaison: 'M-014' }
 */
export function readMoveRequest(request: unknown): MoveRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new ActionError('invalid-input', 'prospects.badRequest')
  const { prospectId, stage, liaison, correct, reopen } = request as Record<string, unknown>
  const valid =
    (prospectId === undefined || prospectId === null || typeof prospectId === 'string') &&
    (stage === undefined ||
      (typeof stage === 'string' && (PROSPECT_STAGES as readonly string[]).includes(stage))) &&
    (liaison === undefined || liaison === null || typeof liaison === 'string') &&
    (correct === undefined || typeof correct === 'boolean') &&
    (reopen === undefined || typeof reopen === 'boolean') &&
    (stage !== undefined || liaison !== undefined)
  if (!valid || (typeof prospectId === 'string' && prospectId.length > 80))
    throw new ActionError('invalid-input', 'prospects.badRequest')
  const id = typeof prospectId === 'string' ? prospectId.trim() : ''
  let liaisonText: string | null | undefined = liaison as string | null | undefined
  if (typeof liaisonText === 'string') {
    liaisonText = liaisonText.normalize('NFC').trim()
    if (liaisonText.length > LIAISON_MAX)
      throw new ActionError('invalid-input', 'prospects.badLiaison')
    if (liaisonText === '') liaisonText = null
  }
  return {
    ...(id !== '' ? { prospectId: id } : {}),
    ...(stage !== undefined ? { stage: stage as ProspectStage } : {}),
    ...(liaisonText !== undefined ? { liaison: liaisonText } : {}),
    ...(correct === true ? { correct: true } : {}),
    ...(reopen === true ? { reopen: true } : {}),
  }
}

/** What a move did, in one sentence: moved (and on which day), corrected or reopened. */
function moveSentence(before: Prospect, after: Prospect, today: string, locale: Locale): string {
  const name = before.name
  const stage = stageLabel(after.stage, locale)
  if (after.stage !== 'declined' && stageRank(after.stage) < pipelinePosition(before))
    return t(locale, 'prospects.corrected', { name, stage })
  if (isFinalStage(before.stage)) return t(locale, 'prospects.reopened', { name, stage })
  const field = STAGE_DATE_FIELDS[after.stage]
  const date = after[field] ?? today
  return before[field] === null
    ? t(locale, 'prospects.moved', { name, stage, date: dateText(date, locale) })
    : t(locale, 'prospects.movedKeptDate', { name, stage, date: dateText(date, locale) })
}

/**
 * Moves the prospect and/or sets its liaison, today (the spreadsheet's date); writes only the
 * cells that change. A move the rules refuse changes nothing. Call it holding the lock.
 *
 * @example
 * moveProspect(host, SpreadsheetApp, { stage: 'contacted' }).message // 'Ana Quispe moved to Contacted on March 2, 2026.'
 */
export function moveProspect(
  host: ActionHost,
  app: SelectionApp,
  request: MoveRequest
): ProspectReport {
  const { locale } = host
  const timeZone = host.workbook.spreadsheetTimeZone()
  const { rowNumber, prospect } = findProspect(host, app, request.prospectId, timeZone)
  const today = isoDateInZone(host.now(), timeZone)
  const sentences: string[] = []
  let next: Prospect = prospect
  const liaisonChanges = request.liaison !== undefined && request.liaison !== prospect.liaison
  if (request.stage !== undefined && (request.stage !== prospect.stage || !liaisonChanges)) {
    const moved = moveToStage(prospect, {
      to: request.stage,
      on: today,
      correct: request.correct === true,
      reopen: request.reopen === true,
    })
    if (!moved.ok) throw refusalError(moved.refusal, prospect.name, locale)
    next = moved.prospect
    sentences.push(moveSentence(prospect, next, today, locale))
  }
  if (liaisonChanges) {
    next = { ...next, liaison: request.liaison ?? null }
    sentences.push(
      next.liaison === null
        ? t(locale, 'prospects.liaisonCleared', { name: prospect.name })
        : t(locale, 'prospects.liaisonSet', { name: prospect.name, liaison: next.liaison })
    )
  }
  if (sentences.length === 0)
    throw new ActionError('invalid-input', 'prospects.nothingToChange', {
      name: prospect.name,
      stage: stageLabel(prospect.stage, locale),
    })
  writeProspectChanges(host.workbook, rowNumber, prospect, next)
  return {
    message: sentences.join(' '),
    prospect: prospectView(next, rowNumber, locale, today),
  }
}

/**
 * The sidebar's action: moveProspect under the lock, with a toast.
 *
 * @example
 * export function moveProspect(request) { return runMoveProspect(appsScriptActionHost(), SpreadsheetApp, request) }
 */
export function runMoveProspect(
  host: ActionHost,
  app: SelectionApp,
  request: unknown
): ActionResult<ProspectReport> {
  return runAction(host, { title: 'prospects.action.move', lock: true }, () =>
    moveProspect(host, app, readMoveRequest(request))
  )
}
