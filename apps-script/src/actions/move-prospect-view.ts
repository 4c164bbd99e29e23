// A prospect as the sidebar shows it: its row in words of the user's language, how long since
// the last contact, and the moves the pipeline rules allow next.
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { availableMoves } from '../../../shared/outreach/available-moves'
import { lastContact } from '../../../shared/outreach/last-contact'
import { countryName } from '../../../shared/reference/countries'
import type { ProspectStage } from '../../../shared/schemas/candidate-suggestion-values'
import type { Prospect } from '../../../shared/schemas/prospect'
import { isoDateInZone } from '../../../shared/workbook/zoned-date'
import { ActionError } from './action-error'
import type { ActionHost } from './action-host'
import { findProspect } from './move-prospect-target'
import { type ActionResult, runAction } from './run-action'
import type { SelectionApp } from './selected-event'

/** A stage to offer, with its label. */
export interface StageChoice {
  stage: ProspectStage
  label: string
}

/** The prospect in the user's language; plain JSON for google.script.run. */
export interface ProspectView {
  id: string
  /** The row of Prospects it is in. */
  row: number
  name: string
  organization: string | null
  /** 'Bolivia (BO)'. */
  country: string
  programme: string
  stage: ProspectStage
  stageLabel: string
  liaison: string | null
  /** False when the Email column is empty: an invitation would be refused. */
  hasEmail: boolean
  language: string | null
  /** The latest step after identified, and the days since; null before any. */
  lastContact: { date: string; days: number } | null
  invitedTo: string | null
  moves: {
    forward: StageChoice[]
    decline: StageChoice | null
    reopenTo: StageChoice | null
    correctTo: StageChoice[]
  }
}

/** What the prospect actions answer: a sentence and the prospect as it is now. */
export interface ProspectReport {
  message: string
  prospect: ProspectView
}

/**
 * A stage's label in `locale`.
 *
 * @example
 * stageLabel('invited', 'es') // 'Invitado a una teleconferencia'
 */
export function stageLabel(stage: ProspectStage, locale: Locale): string {
  return valueLabel('prospectStage', stage, locale)
}

/**
 * An ISO date as the user's language writes it in a sentence.
 *
 * @example
 * dateText('2026-03-02', 'es') // '2 de marzo de 2026'
 */
export function dateText(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`)
  )
}

/**
 * The view of a prospect on `today` (the spreadsheet's date).
 *
 * @example
 * prospectView(prospect, 5, 'es', '2026-03-02').lastContact // { date: '2026-02-20', days: 10 }
 */
export function prospectView(
  prospect: Prospect,
  row: number,
  locale: Locale,
  today: string
): ProspectView {
  const choice = (stage: ProspectStage): StageChoice => ({
    stage,
    label: stageLabel(stage, locale),
  })
  const moves = availableMoves(prospect)
  return {
    id: prospect.id,
    row,
    name: prospect.name,
    organization: prospect.organization,
    country: `${countryName(prospect.country, locale)} (${prospect.country})`,
    programme: valueLabel('outreachProgramme', prospect.programme, locale),
    stage: prospect.stage,
    stageLabel: stageLabel(prospect.stage, locale),
    liaison: prospect.liaison,
    hasEmail: prospect.email !== null,
    language: prospect.language === null ? null : t(locale, `language.${prospect.language}`),
    lastContact: lastContact(prospect, today),
    invitedTo: prospect.invitedTo,
    moves: {
      forward: moves.forward.map(choice),
      decline: moves.decline ? choice('declined') : null,
      reopenTo: moves.reopenTo === null ? null : choice(moves.reopenTo),
      correctTo: moves.correctTo.map(choice),
    },
  }
}

/** The request of "show the prospect": an ID, or nothing for the selected row. */
export function readProspectId(request: unknown): string | undefined {
  if (request === undefined || request === null) return undefined
  if (typeof request !== 'object' || Array.isArray(request))
    throw new ActionError('invalid-input', 'prospects.badRequest')
  const { prospectId } = request as { prospectId?: unknown }
  if (prospectId === undefined || prospectId === null) return undefined
  if (typeof prospectId !== 'string' || prospectId.length > 80)
    throw new ActionError('invalid-input', 'prospects.badRequest')
  return prospectId.trim() === '' ? undefined : prospectId.trim()
}

/**
 * For the sidebar: the prospect on the selected row of Prospects (or `request.prospectId`).
 * Reads one tab and writes nothing.
 *
 * @example
 * export function selectedProspect(request) { return runSelectedProspect(appsScriptActionHost(), SpreadsheetApp, request) }
 */
export function runSelectedProspect(
  host: ActionHost,
  app: SelectionApp,
  request?: unknown
): ActionResult<ProspectReport> {
  return runAction(host, { title: 'prospects.action.title', lock: false, toast: false }, () => {
    const timeZone = host.workbook.spreadsheetTimeZone()
    const { rowNumber, prospect } = findProspect(host, app, readProspectId(request), timeZone)
    const today = isoDateInZone(host.now(), timeZone)
    const view = prospectView(prospect, rowNumber, host.locale, today)
    return {
      message: t(host.locale, 'prospects.shown', { name: prospect.name, stage: view.stageLabel }),
      prospect: view,
    }
  })
}
