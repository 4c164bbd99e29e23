// Zod schema for an email address typed into a LACRALO form (Universal Acceptance rules).
import * as z from 'zod/mini'
import '../schemas/zod-english'
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { type EmailProblem, parseEmail } from './parse-email'

/**
 * An email address as a person types it, parsed by `parseEmail`: gives `address` (to store and
 * show, as typed) and `key` (to find duplicates). A refused address fails with one custom issue
 * whose message is the catalogue key `email.<reason>` and whose `params.reason` is the reason.
 *
 * @example
 * emailAddressSchema.parse('José@Ejemplo.com') // { address: 'José@Ejemplo.com', key: 'josé@ejemplo.com' }
 * emailAddressSchema.safeParse('ana@@ejemplo.org').error?.issues[0]?.message // 'email.multiple-at'
 */
export const emailAddressSchema = z.pipe(
  z.string({ error: 'email.empty' }),
  z.transform((input: string, payload) => {
    const parsed = parseEmail(input)
    if (!parsed.ok) {
      // zod/mini's transforms have no addIssue; the issue goes on the payload as addIssue puts it.
      payload.issues.push({
        code: 'custom',
        message: `email.${parsed.reason}`,
        params: { reason: parsed.reason },
        input,
      })
      return z.NEVER
    }
    return { address: parsed.address, key: parsed.key }
  })
)

export type EmailAddress = z.infer<typeof emailAddressSchema>

/**
 * A sentence saying what is wrong with an address and how to fix it, in the reader's language.
 *
 * @example
 * describeEmailProblem('multiple-at', 'es')
 * // 'La dirección tiene más de una @; una dirección de correo lleva una sola @, por ejemplo nombre@ejemplo.org.'
 */
export function describeEmailProblem(reason: EmailProblem, locale: Locale): string {
  return t(locale, `email.${reason}`)
}
