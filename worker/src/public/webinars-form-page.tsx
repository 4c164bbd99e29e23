// GET and POST /webinars/:slug: the webinar and its registration form, with errors beside fields.
import { translator } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import { REGISTRATION_COUNTRIES } from '../../../shared/schemas/registration'
import type { PublicWebinarView } from '../registrations/webinar-view'
import {
  ConsentFieldset,
  CountryOptions,
  ErrorSummary,
  Field,
  type FormFixtures,
  type FormOutline,
  HoneypotField,
  TurnstileField,
  turnstileScript,
} from './form-parts'
import { affiliationSuggestions } from './webinars-affiliations'
import { formatMoment, pickText, seatsText, webinarTitle, webinarWhen } from './webinars-format'
import { InLanguage, type PageAddress, WebinarDocument } from './webinars-layout'

/** What the person typed, as posted (every value a string; a ticked box is 'on'). */
export interface RegistrationFormValues {
  name: string
  email: string
  country: string
  affiliation: string
  language: string
  consent: boolean
}

/** A notice above the form: the email address is already on the list. */
export type FormNotice = { kind: 'duplicate' }

// The form's fields in page order: the error summary lists problems in this order too.
const OUTLINE: FormOutline = {
  formId: 'register-form',
  fields: ['name', 'email', 'country', 'affiliation', 'language', 'consent'],
}

/**
 * Empty values for a first visit: the preferred language is the page's.
 *
 * @example
 * emptyFormValues('pt') // { name: '', …, language: 'pt', consent: false }
 */
export function emptyFormValues(locale: Locale): RegistrationFormValues {
  return { name: '', email: '', country: '', affiliation: '', language: locale, consent: false }
}

/**
 * The values of a posted form, for showing it again: strings only, nothing else kept.
 *
 * @example
 * formValuesFrom(await c.req.parseBody(), 'es')
 */
export function formValuesFrom(
  body: Record<string, unknown>,
  locale: Locale
): RegistrationFormValues {
  const text = (name: string) => {
    const value = body[name]
    return typeof value === 'string' ? value : ''
  }
  return {
    name: text('name'),
    email: text('email'),
    country: text('country'),
    affiliation: text('affiliation'),
    language: text('language') || locale,
    consent: text('consent') !== '',
  }
}

function WebinarSummary(props: { webinar: PublicWebinarView; locale: Locale }) {
  const { webinar, locale } = props
  const t = translator(locale)
  const when = webinarWhen(webinar, locale, webinar.timeZone)
  const description = pickText(webinar.descriptions, locale)
  return (
    <>
      <p class="when">
        <span class="muted">{t('webinarPage.when')}: </span>
        <time datetime={when.datetime}>{when.text}</time>
      </p>
      {description && (
        <p class="description" lang={description.lang === locale ? undefined : description.lang}>
          {description.text}
        </p>
      )}
    </>
  )
}

/**
 * The registration page: the webinar, then its form (or why it cannot be sent yet).
 *
 * @example
 * const html = await WebinarFormPage({ locale: 'es', webinar, values: emptyFormValues('es'),
 *   errors: {}, notice: null, fixtures, address, action: '/webinars/dnssec-2026?lang=es',
 *   consentText: t('es', 'registration.consent.text') }).toString()
 */
export function WebinarFormPage(props: {
  locale: Locale
  webinar: PublicWebinarView
  values: RegistrationFormValues
  errors: Record<string, string>
  notice: FormNotice | null
  fixtures: FormFixtures
  consentText: string
  address: PageAddress
  action: string
}) {
  const { webinar, locale, values, errors, fixtures } = props
  const t = translator(locale)
  const title = webinarTitle(webinar, locale)
  const { state, seatsLeft, waitlisting } = webinar.registration
  const hasErrors = Object.keys(errors).length > 0
  const turnstileHead = turnstileScript(fixtures.turnstileSiteKey)
  const pageTitle = `${hasErrors ? `${t('common.error')}: ` : ''}${title.text} – ${t('webinarPage.site')}`

  return (
    <WebinarDocument locale={locale} title={pageTitle} address={props.address} head={turnstileHead}>
      <p>
        <a class="back" href={`/webinars?lang=${locale}`}>
          <span aria-hidden="true">←</span> {t('webinarPage.backToList')}
        </a>
      </p>
      <h1>
        <InLanguage text={title} locale={locale} />
      </h1>
      <WebinarSummary webinar={webinar} locale={locale} />

      {props.notice?.kind === 'duplicate' && (
        <div class="notice notice-ok" role="status">
          <h2>{t('webinarPage.duplicate.heading')}</h2>
          <p>{t('webinarPage.duplicate.text')}</p>
        </div>
      )}

      {state === 'not-yet-open' ? (
        <p class="notice">
          {t('webinarPage.form.notYetOpen', {
            date: formatMoment(webinar.registrationOpens, locale, webinar.timeZone).text,
          })}
        </p>
      ) : (
        <>
          <ul class="facts">
            <li>
              <span class={`tag ${waitlisting ? 'tag-full' : 'tag-open'}`}>
                {seatsText(waitlisting ? 0 : seatsLeft, locale)}
              </span>
            </li>
            <li>
              {t('webinarPage.window.closes', {
                date: formatMoment(webinar.registrationCloses, locale, webinar.timeZone).text,
              })}
            </li>
          </ul>
          {waitlisting && <p class="notice notice-wait">{t('webinarPage.form.fullNotice')}</p>}

          <h2 id="form-heading">{t('webinarPage.form.heading')}</h2>
          {hasErrors && <ErrorSummary locale={locale} errors={errors} outline={OUTLINE} />}
          <p>{t('webinarPage.form.intro')}</p>
          <form
            id="register-form"
            class="register"
            method="post"
            action={props.action}
            accept-charset="utf-8"
            aria-labelledby="form-heading"
            novalidate
          >
            <Field
              name="name"
              label={t('webinarPage.field.name')}
              hint={t('webinarPage.field.nameHint')}
              error={errors.name}
            >
              {(aria) => (
                <input
                  type="text"
                  id="field-name"
                  name="name"
                  value={values.name}
                  autocomplete="name"
                  spellcheck={false}
                  required
                  aria-required="true"
                  aria-describedby={aria.describedBy}
                  aria-invalid={aria.invalid}
                />
              )}
            </Field>

            <Field
              name="email"
              label={t('webinarPage.field.email')}
              hint={t('webinarPage.field.emailHint')}
              error={errors.email}
            >
              {(aria) => (
                <input
                  type="text"
                  inputmode="email"
                  id="field-email"
                  name="email"
                  value={values.email}
                  autocomplete="email"
                  autocapitalize="none"
                  spellcheck={false}
                  dir="ltr"
                  required
                  aria-required="true"
                  aria-describedby={aria.describedBy}
                  aria-invalid={aria.invalid}
                />
              )}
            </Field>

            <Field name="country" label={t('webinarPage.field.country')} error={errors.country}>
              {(aria) => (
                <select
                  id="field-country"
                  name="country"
                  autocomplete="country"
                  required
                  aria-required="true"
                  aria-describedby={aria.describedBy}
                  aria-invalid={aria.invalid}
                >
                  <CountryOptions
                    locale={locale}
                    codes={REGISTRATION_COUNTRIES}
                    selected={values.country}
                    other
                  />
                </select>
              )}
            </Field>

            <Field
              name="affiliation"
              label={t('webinarPage.field.affiliation')}
              optional={t('webinarPage.form.optional')}
              hint={t('webinarPage.field.affiliationHint')}
              error={errors.affiliation}
            >
              {(aria) => (
                <input
                  type="text"
                  id="field-affiliation"
                  name="affiliation"
                  value={values.affiliation}
                  list="als-names"
                  autocomplete="organization"
                  aria-describedby={aria.describedBy}
                  aria-invalid={aria.invalid}
                />
              )}
            </Field>
            <datalist id="als-names">
              {affiliationSuggestions(locale).map((name) => (
                <option value={name} />
              ))}
            </datalist>

            <Field
              name="language"
              label={t('webinarPage.field.language')}
              hint={t('webinarPage.field.languageHint')}
              error={errors.language}
            >
              {(aria) => (
                <select
                  id="field-language"
                  name="language"
                  required
                  aria-required="true"
                  aria-describedby={aria.describedBy}
                  aria-invalid={aria.invalid}
                >
                  {LOCALES.map((language) => (
                    <option
                      value={language}
                      lang={language}
                      selected={values.language === language}
                    >
                      {translator(language)(`language.${language}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>

            <ConsentFieldset
              locale={locale}
              text={props.consentText}
              version={fixtures.consentVersion}
              checked={values.consent}
              errors={errors}
            />
            <HoneypotField locale={locale} name={fixtures.honeypotField} />
            <TurnstileField
              locale={locale}
              siteKey={fixtures.turnstileSiteKey}
              error={errors.turnstile}
            />

            <p class="actions">
              <button type="submit">
                {t(waitlisting ? 'webinarPage.form.submitWaitlist' : 'webinarPage.form.submit')}
              </button>
            </p>
          </form>
        </>
      )}
    </WebinarDocument>
  )
}
