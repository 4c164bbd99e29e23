// Writes reasons that many people share word for word once, then hands the sentence out again.
import {
  type CropReason,
  type CropReasonCode,
  type CropReasonParams,
  cropReason,
  type ReasonLabels,
} from './crop-reasons'

/** Writes a reason whose sentence other reasons share; `key` tells the sentences apart. */
export type SharedReason<K> = <C extends CropReasonCode>(
  key: K,
  code: C,
  params: CropReasonParams[C]
) => CropReason

/**
 * A writer for reasons whose sentence is decided by a key the caller picks: the first reason
 * with a key is written (see `cropReason`); the next ones get its sentence, with their own
 * figures, instead of writing (and keeping) the same text again. The key must decide the
 * sentence: in one shortlist, everyone is measured against the same window of calls, so calls
 * attended and the vote decide the participation sentence.
 *
 * @example
 * const participation = sharedReasons<number>(labels)
 * participation(4, 'participation', { activity, other: 0 }).message
 * // 'Participation: attended 4 of the last 6 monthly calls (Jan – Jun 2026); ...'
 */
export function sharedReasons<K>(labels: ReasonLabels): SharedReason<K> {
  const sentences = new Map<K, string>()
  return function sharedReason(key, code, params) {
    const message = sentences.get(key)
    if (message !== undefined) return { code, params, message } as CropReason
    const reason = cropReason(code, params, labels)
    sentences.set(key, reason.message)
    return reason
  }
}
