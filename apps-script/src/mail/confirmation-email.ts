// The email a person gets once they hold a seat in a webinar: in their language, with the
// join link and the webinar's calendar file.
import { t } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import type { Webinar } from '../../../shared/schemas/webinar'
import type { OutgoingEmail } from './mailer'

/** Who the email is for, as the Registrations tab holds them. */
export interface Registrant {
  name: string
  email: string
  language: Locale
}

export interface ConfirmationInput {
  registrant: Registrant
  webinar: Webinar
  /** The Worker's address: the webinar's page and .ics file are there. */
  workerUrl: string
  /** The webinar's .ics as the Worker serves it, or null to send the link alone. */
  ics: string | null
}

/**
 * The webinar's public paths for `locale`, as the Worker serves them.
 *
 * @example
 * webinarPaths('dnssec-2023', 'es') // { page: '/webinars/dnssec-2023?lang=es', ics: '/webinars/dnssec-2023.ics?lang=es' }
 */
export function webinarPaths(slug: string, locale: Locale): { page: string; ics: string } {
  const path = `/webinars/${encodeURIComponent(slug)}`
  return { page: `${path}?lang=${locale}`, ics: `${path}.ics?lang=${locale}` }
}

/**
 * The title in `locale`, else in English, else in the first language it has.
 *
 * @example
 * webinarTitleIn({ slug: 'ua', titles: { es: 'Aceptación universal' } }, 'fr') // 'Aceptación universal'
 */
export function webinarTitleIn(webinar: Pick<Webinar, 'titles' | 'slug'>, locale: Locale): string {
  for (const candidate of [locale, 'en', ...LOCALES] as const) {
    const title = webinar.titles[candidate]
    if (title) return title
  }
  return webinar.slug
}

/**
 * When the webinar starts, written for a reader of `locale` in the webinar's own time zone.
 *
 * @example
 * webinarStartText(webinar, 'es') // 'lunes, 24 de abril de 2023, 18:00'
 */
export function webinarStartText(
  webinar: Pick<Webinar, 'start' | 'timeZone'>,
  locale: Locale
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: webinar.timeZone,
  }).format(new Date(webinar.start))
}

/**
 * The confirmation email for one registrant, in their language.
 *
 * @example
 * const email = confirmationEmail({ registrant, webinar, workerUrl, ics })
 * mailer.send(email)
 */
export function confirmationEmail(input: ConfirmationInput): OutgoingEmail {
  const { registrant, webinar, workerUrl, ics } = input
  const locale = registrant.language
  const title = webinarTitleIn(webinar, locale)
  const paths = webinarPaths(webinar.slug, locale)
  const body = t(locale, 'actions.email.body', {
    name: registrant.name,
    title,
    when: webinarStartText(webinar, locale),
    timeZone: webinar.timeZone,
    duration: webinar.durationMinutes,
    joinUrl: webinar.joinUrl,
    pageUrl: workerUrl + paths.page,
    icsUrl: workerUrl + paths.ics,
  })
  return {
    to: registrant.email,
    subject: t(locale, 'actions.email.subject', { title }),
    body,
    senderName: t(locale, 'actions.email.senderName'),
    attachments:
      ics === null
        ? []
        : [{ fileName: `${webinar.slug}.ics`, mimeType: 'text/calendar', content: ics }],
  }
}
