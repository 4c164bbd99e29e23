// A pipeline rule's refusal as an error staff can act on, in their language.
import type { MessageKey } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { PipelineRefusal } from '../../../shared/outreach/pipeline-refusal'
import {
  PROSPECT_STAGES,
  type ProspectStage,
} from '../../../shared/schemas/candidate-suggestion-values'
import { isIsoDate } from '../../../shared/schemas/primitives'
import { ActionError } from './action-error'
import { dateText, stageLabel } from './move-prospect-view'

const STAGE_PARAMS = new Set(['stage', 'from', 'to'])
const DATE_PARAMS = new Set(['date', 'identifiedOn', 'stageDate'])

const isStage = (value: string): value is ProspectStage =>
  (PROSPECT_STAGES as readonly string[]).includes(value)

/**
 * The refusal as an ActionError ('invalid-input'): stage codes become their labels, dates the
 * user's way of writing them, and the prospect is named.
 *
 * @example
 * throw refusalError({ code: 'final-stage', params: { stage: 'joined' } }, 'Ana Quispe', 'es')
 * // '{name} está en «Se unió», que cierra el proceso. …'
 */
export function refusalError(refusal: PipelineRefusal, name: string, locale: Locale): ActionError {
  const params: Record<string, string> = { name }
  for (const [key, value] of Object.entries(refusal.params)) {
    if (STAGE_PARAMS.has(key) && isStage(value)) params[key] = stageLabel(value, locale)
    else if (DATE_PARAMS.has(key) && isIsoDate(value)) params[key] = dateText(value, locale)
    else params[key] = value
  }
  return new ActionError('invalid-input', `prospects.refusal.${refusal.code}` as MessageKey, params)
}
