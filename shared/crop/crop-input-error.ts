// The error the CROP rules throw for input they cannot work with, with a sentence to show.
import { type MessageParams, t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'

/** What was wrong; each has the message `crop.error.<code>`. */
export const CROP_INPUT_ERRORS = ['undatedEvent', 'badDate', 'badSlots', 'duplicateMember'] as const
export type CropInputErrorCode = (typeof CROP_INPUT_ERRORS)[number]

/**
 * Thrown when the event, the date or the options make a shortlist or a deadline impossible;
 * nothing is computed. `message` is in the locale asked for; `code` and `params` let a caller
 * say it again in another language.
 *
 * @example
 * try { cropShortlist(input) } catch (error) { if (error instanceof CropInputError) show(error.message) }
 */
export class CropInputError extends Error {
  override name = 'CropInputError'
  readonly code: CropInputErrorCode
  readonly params: MessageParams

  constructor(code: CropInputErrorCode, params: MessageParams, locale: Locale = DEFAULT_LOCALE) {
    super(t(locale, `crop.error.${code}`, params))
    this.code = code
    this.params = params
  }
}
