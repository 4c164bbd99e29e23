// GET /webinars: the webinars people can register for (or soon can), in the reader's language.
import { translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { PublicWebinarView } from '../registrations/webinar-view'
import { formatMoment, pickText, seatsText, webinarTitle, webinarWhen } from './webinars-format'
import { InLanguage, type PageAddress, WebinarDocument } from './webinars-layout'

/**
 * The path of a webinar's registration page, in a language.
 *
 * @example
 * webinarPath('dnssec-2026', 'es') // '/webinars/dnssec-2026?lang=es'
 */
export function webinarPath(slug: string, locale: Locale): string {
  return `/webinars/${encodeURIComponent(slug)}?lang=${locale}`
}

// The first paragraph only: the registration page has the whole description.
function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]?.trim() ?? ''
}

function WebinarItem(props: { webinar: PublicWebinarView; locale: Locale }) {
  const { webinar, locale } = props
  const t = translator(locale)
  const title = webinarTitle(webinar, locale)
  const description = pickText(webinar.descriptions, locale)
  const when = webinarWhen(webinar, locale, webinar.timeZone)
  const { state, seatsLeft, waitlisting } = webinar.registration
  const href = webinarPath(webinar.slug, locale)
  return (
    <li class="webinar">
      <h2>
        <a href={href}>
          <InLanguage text={title} locale={locale} />
        </a>
      </h2>
      <p class="when">
        <time datetime={when.datetime}>{when.text}</time>
      </p>
      {description && (
        <p lang={description.lang === locale ? undefined : description.lang}>
          {firstParagraph(description.text)}
        </p>
      )}
      <ul class="facts">
        {state === 'open' && (
          <li>
            <span class={`tag ${waitlisting ? 'tag-full' : 'tag-open'}`}>
              {seatsText(waitlisting ? 0 : seatsLeft, locale)}
            </span>
          </li>
        )}
        {state === 'closed' && (
          <li>
            <span class="tag tag-closed">{t('webinarPage.window.closed')}</span>
          </li>
        )}
        {state === 'open' && (
          <li>
            {t('webinarPage.window.closes', {
              date: formatMoment(webinar.registrationCloses, locale, webinar.timeZone).text,
            })}
          </li>
        )}
        {state === 'not-yet-open' && (
          <li>
            {t('webinarPage.window.opens', {
              date: formatMoment(webinar.registrationOpens, locale, webinar.timeZone).text,
            })}
          </li>
        )}
      </ul>
      {state === 'open' ? (
        <p class="actions">
          <a
            class="button"
            href={href}
            aria-label={t(
              waitlisting ? 'webinarPage.list.joinWaitlistFor' : 'webinarPage.list.registerFor',
              { title: title.text }
            )}
          >
            {t(waitlisting ? 'webinarPage.list.joinWaitlist' : 'webinarPage.list.register')}
          </a>
        </p>
      ) : (
        <p class="actions">
          <a
            class="button button-quiet"
            href={href}
            aria-label={t('webinarPage.list.detailsFor', { title: title.text })}
          >
            {t('webinarPage.list.details')}
          </a>
        </p>
      )}
    </li>
  )
}

/**
 * The list page.
 *
 * @example
 * const html = await WebinarListPage({ locale: 'es', webinars, address }).toString()
 */
export function WebinarListPage(props: {
  locale: Locale
  webinars: PublicWebinarView[]
  address: PageAddress
}) {
  const t = translator(props.locale)
  return (
    <WebinarDocument
      locale={props.locale}
      title={t('webinarPage.list.title')}
      address={props.address}
    >
      <h1>{t('webinarPage.list.heading')}</h1>
      <p class="lede">{t('webinarPage.list.intro')}</p>
      {props.webinars.length === 0 ? (
        <p class="notice">{t('webinarPage.list.empty')}</p>
      ) : (
        <ul class="webinars">
          {props.webinars.map((webinar) => (
            <WebinarItem webinar={webinar} locale={props.locale} />
          ))}
        </ul>
      )}
    </WebinarDocument>
  )
}
