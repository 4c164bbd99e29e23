// The private pages of one registration: its confirmation, the cancel question, the cancelled page.
import { translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { RegistrationStatus } from '../../../shared/schemas/registration'
import type { PublicWebinar } from '../../../shared/schemas/webinar'
import { webinarTitle, webinarWhen } from './webinars-format'
import { InLanguage, type PageAddress, WebinarDocument } from './webinars-layout'
import { UTC_ZONE, type ZoneOption } from './webinars-time-zones'

/** The links of a confirmation page. */
export interface ConfirmationLinks {
  ics: string
  google: string
  cancel: string
}

const STATUS_TEXT = {
  registered: ['webinarPage.confirmation.registered', 'webinarPage.confirmation.registeredText'],
  waitlisted: ['webinarPage.confirmation.waitlisted', 'webinarPage.confirmation.waitlistedText'],
  cancelled: ['webinarPage.confirmation.cancelled', 'webinarPage.confirmation.cancelledText'],
} as const

const NOTICE_CLASS: Record<RegistrationStatus, string> = {
  registered: 'notice notice-ok',
  waitlisted: 'notice notice-wait',
  cancelled: 'notice',
}

/**
 * The confirmation page: registered or waitlisted (and what that means), when in the zone the
 * reader chose and in UTC, calendar links and the private cancellation link.
 *
 * @example
 * const html = await ConfirmationPage({ locale, webinar, status: 'waitlisted', zones, zone, links, address }).toString()
 */
export function ConfirmationPage(props: {
  locale: Locale
  webinar: PublicWebinar
  status: RegistrationStatus
  zones: ZoneOption[]
  zone: string
  links: ConfirmationLinks
  address: PageAddress
}) {
  const { locale, webinar, status, zone } = props
  const t = translator(locale)
  const title = webinarTitle(webinar, locale)
  const [headingKey, textKey] = STATUS_TEXT[status]
  const zoneLabel = props.zones.find((option) => option.zone === zone)?.label ?? zone
  const local = webinarWhen(webinar, locale, zone)
  const utc = webinarWhen(webinar, locale, UTC_ZONE)
  const waiting = status === 'waitlisted'
  return (
    <WebinarDocument
      locale={locale}
      title={t('webinarPage.confirmation.title', { title: title.text })}
      address={props.address}
    >
      <p class="muted">
        <InLanguage text={title} locale={locale} />
      </p>
      <h1>{t(headingKey)}</h1>
      <div class={NOTICE_CLASS[status]} role="status">
        <p>{t(textKey, { title: title.text })}</p>
      </div>

      <h2 id="when-heading">{t('webinarPage.when')}</h2>
      <ul class="times" aria-labelledby="when-heading">
        <li>
          <span class="zone">{t('webinarPage.confirmation.whenIn', { zone: zoneLabel })}</span>
          <time datetime={local.datetime}>{local.text}</time>
        </li>
        {zone !== UTC_ZONE && (
          <li>
            <span class="zone">{t('webinarPage.confirmation.inUtc')}</span>
            <time datetime={utc.datetime}>{utc.text}</time>
          </li>
        )}
      </ul>
      <form class="zone-form" method="get" action={props.address.path}>
        <input type="hidden" name="lang" value={locale} />
        <div class="field">
          <label for="field-tz">{t('webinarPage.confirmation.zoneLabel')}</label>
          <select id="field-tz" name="tz">
            {props.zones.map((option) => (
              <option value={option.zone} selected={option.zone === zone}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button-quiet">
          {t('webinarPage.confirmation.zoneSubmit')}
        </button>
      </form>

      {status !== 'cancelled' && (
        <>
          <h2>{t('webinarPage.confirmation.addHeading')}</h2>
          <p class="actions">
            <a class="button button-quiet" href={props.links.ics} download>
              {t('webinarPage.confirmation.ics')}
            </a>
            <a class="button button-quiet" href={props.links.google} rel="noopener noreferrer">
              {t('webinarPage.confirmation.google')}
            </a>
          </p>

          <h2>
            {t(
              waiting
                ? 'webinarPage.confirmation.leaveHeading'
                : 'webinarPage.confirmation.cancelHeading'
            )}
          </h2>
          <p>
            {t(
              waiting ? 'webinarPage.confirmation.leaveText' : 'webinarPage.confirmation.cancelText'
            )}
          </p>
          <p>
            <a href={props.links.cancel}>
              {t(
                waiting
                  ? 'webinarPage.confirmation.leaveLink'
                  : 'webinarPage.confirmation.cancelLink'
              )}
            </a>
          </p>
        </>
      )}
      <p class="private">{t('webinarPage.confirmation.keep')}</p>
    </WebinarDocument>
  )
}

/**
 * GET of the cancellation link: what will be cancelled and a button that POSTs. Nothing is
 * cancelled by opening the link, which mail scanners and link previewers do.
 *
 * @example
 * const html = await CancelPage({ locale, webinar, status: 'registered', action, keepHref, address }).toString()
 */
export function CancelPage(props: {
  locale: Locale
  webinar: PublicWebinar
  status: 'registered' | 'waitlisted'
  action: string
  keepHref: string
  address: PageAddress
}) {
  const { locale, webinar } = props
  const t = translator(locale)
  const title = webinarTitle(webinar, locale)
  const when = webinarWhen(webinar, locale, webinar.timeZone)
  const waiting = props.status === 'waitlisted'
  return (
    <WebinarDocument
      locale={locale}
      title={t('webinarPage.cancel.title', { title: title.text })}
      address={props.address}
    >
      <h1>{t(waiting ? 'webinarPage.cancel.headingWaitlisted' : 'webinarPage.cancel.heading')}</h1>
      <p class="lede">
        {t(waiting ? 'webinarPage.cancel.textWaitlisted' : 'webinarPage.cancel.text', {
          title: title.text,
          date: when.text,
        })}
      </p>
      <form method="post" action={props.action} class="actions">
        <button type="submit" class="button-danger">
          {t(waiting ? 'webinarPage.cancel.confirmWaitlisted' : 'webinarPage.cancel.confirm')}
        </button>
        <a class="button button-quiet" href={props.keepHref}>
          {t('webinarPage.cancel.keep')}
        </a>
      </form>
    </WebinarDocument>
  )
}

/**
 * After a cancellation: it is done, and the seat goes to someone else.
 *
 * @example
 * const html = await CancelledPage({ locale, address }).toString()
 */
export function CancelledPage(props: { locale: Locale; address: PageAddress }) {
  const t = translator(props.locale)
  return (
    <WebinarDocument
      locale={props.locale}
      title={t('webinarPage.cancelled.title')}
      address={props.address}
    >
      <h1>{t('webinarPage.cancelled.heading')}</h1>
      <p class="lede">{t('webinarPage.cancelled.text')}</p>
      <p class="actions">
        <a class="button button-quiet" href={`/webinars?lang=${props.locale}`}>
          {t('webinarPage.backToList')}
        </a>
      </p>
    </WebinarDocument>
  )
}
