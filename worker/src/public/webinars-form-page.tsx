// GET and POST /webinars/:slug: the webinar and its registration form, with errors beside fields.
import type { Child } from 'hono/jsx'
import { type MessageKey, translator } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import { countryName } from '../../../shared/reference/countries'
import { REGISTRATION_COUNTRIES } from '../../../shared/schemas/registration'
import type { PublicWebinarView } from '../registrations/webinar-view'
import { affiliationSuggestions } from './webinars-affiliations'
import { formatMoment, pickText, seatsText, webinarTitle, webinarWhen } from './webinars-format'
import { InLanguage, type PageAddress, WebinarDocument } from './webinars-layout'
import { TURNSTILE_ORIGIN } from './webinars-security'

/** What the person typed, as posted (every value a string; a ticked box is 'on'). */
export interface RegistrationFormValues {
  name: string
  email: string
  country: string
  affiliation: string
  language: string
  consent: boolean
}

/** The spam defences and consent the form carries, as the registration service defines them. */
export interface FormFixtures {
  honeypotField: string
  consentVersion: string
  /** Turnstile's site key; null when Turnstile is off (no widget, no script). */
  turnstileSiteKey: string | null
}

/** A notice above the form: the email address is already on the list. */
export type FormNotice = { kind: 'duplicate' }

type FieldName = keyof RegistrationFormValues

// The form's fields in page order: the error summary lists problems in this order too.
const FIELD_ORDER: readonly FieldName[] = [
  'name',
  'email',
  'country',
  'affiliation',
  'language',
  'consent',
]

/** The id of the element a problem with `field` (as the service names it) links to. */
function anchorOf(field: string): string {
  if ((FIELD_ORDER as readonly string[]).includes(field)) return `field-${field}`
  if (field === 'consentVersion') return 'field-consent'
  if (field === 'turnstile') return 'turnstile'
  return 'register-form'
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

function describedBy(...ids: (string | false)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string')
  return present.length > 0 ? present.join(' ') : undefined
}

function Field(props: {
  name: FieldName
  label: string
  /** "(optional)" after the label; the form's intro says that every other field is required. */
  optional?: string
  hint?: string
  error?: string
  children: (aria: { describedBy?: string; invalid?: 'true' }) => Child
}) {
  const hintId = props.hint ? `hint-${props.name}` : false
  const errorId = props.error ? `error-${props.name}` : false
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={`field-${props.name}`}>
        {props.label}
        {props.optional && <span class="opt"> {props.optional}</span>}
      </label>
      {props.hint && (
        <span class="hint" id={`hint-${props.name}`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="error" id={`error-${props.name}`}>
          {props.error}
        </span>
      )}
      {props.children({
        describedBy: describedBy(hintId, errorId),
        invalid: props.error ? 'true' : undefined,
      })}
    </div>
  )
}

// The region's countries and territories as the schema accepts them, ordered by the page
// language's collation (so that accented names such as "Haïti" sort among the H's).
function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale)
  return REGISTRATION_COUNTRIES.filter((code) => code !== 'other')
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

// Where a problem sits in the summary: the fields' order, then the security check, then the rest.
function summaryPosition(field: string): number {
  const order: readonly string[] = [...FIELD_ORDER, 'turnstile']
  const position = order.indexOf(field === 'consentVersion' ? 'consent' : field)
  return position === -1 ? order.length : position
}

function ErrorSummary(props: { errors: Record<string, string>; t: (key: MessageKey) => string }) {
  const ordered = Object.entries(props.errors).sort(
    ([a], [b]) => summaryPosition(a) - summaryPosition(b)
  )
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-heading"
      tabindex={-1}
      autofocus
    >
      <h2 id="error-summary-heading">{props.t('webinarPage.errors.heading')}</h2>
      <p>{props.t('webinarPage.errors.intro')}</p>
      <ul>
        {ordered.map(([field, message]) => (
          <li>
            <a href={`#${anchorOf(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
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
  const turnstileHead = fixtures.turnstileSiteKey ? (
    <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer />
  ) : undefined
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
          {hasErrors && <ErrorSummary errors={errors} t={t} />}
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
                  <option value="" selected={values.country === ''}>
                    {t('webinarPage.field.countryChoose')}
                  </option>
                  {countryOptions(locale).map((country) => (
                    <option value={country.code} selected={values.country === country.code}>
                      {country.name}
                    </option>
                  ))}
                  <option value="other" selected={values.country === 'other'}>
                    {t('webinarPage.field.countryOther')}
                  </option>
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

            <fieldset
              class={errors.consent || errors.consentVersion ? 'field-invalid' : undefined}
              aria-describedby={
                errors.consent || errors.consentVersion ? 'error-consent' : undefined
              }
            >
              <legend>{t('webinarPage.consent.legend')}</legend>
              {(errors.consent || errors.consentVersion) && (
                <span class="error" id="error-consent">
                  {errors.consent ?? errors.consentVersion}
                </span>
              )}
              <div class="check">
                <input
                  type="checkbox"
                  id="field-consent"
                  name="consent"
                  value="on"
                  checked={values.consent}
                  required
                  aria-required="true"
                  aria-describedby={
                    errors.consent || errors.consentVersion ? 'error-consent' : undefined
                  }
                  aria-invalid={errors.consent || errors.consentVersion ? 'true' : undefined}
                />
                <label for="field-consent">{props.consentText}</label>
              </div>
              <input type="hidden" name="consentVersion" value={fixtures.consentVersion} />
            </fieldset>

            <div class="trap" aria-hidden="true">
              <label for={`field-${fixtures.honeypotField}`}>
                {t('webinarPage.field.honeypot')}
              </label>
              <input
                type="text"
                id={`field-${fixtures.honeypotField}`}
                name={fixtures.honeypotField}
                value=""
                tabindex={-1}
                autocomplete="off"
              />
            </div>

            {fixtures.turnstileSiteKey && (
              <div class={errors.turnstile ? 'field field-invalid' : 'field'}>
                <span class="label" id="turnstile-label">
                  {t('webinarPage.form.turnstile')}
                </span>
                {errors.turnstile && (
                  <span class="error" id="error-turnstile">
                    {errors.turnstile}
                  </span>
                )}
                <div
                  id="turnstile"
                  class="cf-turnstile turnstile"
                  data-sitekey={fixtures.turnstileSiteKey}
                  data-language={locale}
                  data-size="flexible"
                />
              </div>
            )}

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
