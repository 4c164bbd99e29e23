// The parts every public form page is built from: labelled fields with their hint and error
// (text, text area, select, radio group), the error summary, country choices, consent, the
// honeypot and the Turnstile widget.
import type { Child } from 'hono/jsx'
import { translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { countryName } from '../../../shared/reference/countries'
import { TURNSTILE_ORIGIN } from './webinars-security'

/** The spam defences and consent a form carries, as its service defines them. */
export interface FormFixtures {
  honeypotField: string
  consentVersion: string
  /** Turnstile's site key; null when Turnstile is off (no widget, no script). */
  turnstileSiteKey: string | null
}

/** What a field's control needs to point at its hint and error. */
export interface FieldAria {
  describedBy?: string
  invalid?: 'true'
}

/**
 * The ids an aria-describedby lists, or undefined when there is none.
 *
 * @example
 * describedBy('hint-email', errors.email ? 'error-email' : false) // 'hint-email error-email'
 */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string')
  return present.length > 0 ? present.join(' ') : undefined
}

// A field's hint and error, under its label or legend.
function FieldNotes(props: { name: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  )
}

// What a field's control (or group) lists in aria-describedby: its hint and error, if any.
function notesDescribedBy(props: { name: string; hint?: string; error?: string }) {
  return describedBy(
    props.hint ? `hint-${props.name}` : false,
    props.error ? `error-${props.name}` : false
  )
}

/**
 * One labelled field: label (and "(optional)"), hint, error, then the control the children
 * render with the ids it must point at. The control's id is `field-<name>`.
 *
 * @example
 * <Field name="email" label="Email" hint="…" error={errors.email}>
 *   {(aria) => <input id="field-email" name="email" aria-describedby={aria.describedBy} />}
 * </Field>
 */
export function Field(props: {
  name: string
  label: string
  /** "(optional)" after the label; the form's intro says that every other field is required. */
  optional?: string
  hint?: string
  error?: string
  children: (aria: FieldAria) => Child
}) {
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={`field-${props.name}`}>
        {props.label}
        {props.optional && <span class="opt"> {props.optional}</span>}
      </label>
      <FieldNotes {...props} />
      {props.children({
        describedBy: notesDescribedBy(props),
        invalid: props.error ? 'true' : undefined,
      })}
    </div>
  )
}

/** What every labelled control is given: its name, label, value as posted, hint and error. */
export interface FieldProps {
  name: string
  label: string
  value: string
  hint?: string
  error?: string
}

/** One choice of a select or a radio group. */
export interface Choice {
  value: string
  label: string
}

/**
 * A one-line text (or date) field. It is required unless it has an `optional` marker. An
 * `inputmode` of 'email' or 'url' means an address: typed left to right, with no capitals
 * and no spelling check.
 *
 * @example
 * <TextField name="city" label="City" value={values.city} optional="(optional)" autocomplete="off" />
 */
export function TextField(
  props: FieldProps & {
    /** "(optional)" after the label; the form's intro says that every other field is required. */
    optional?: string
    type?: 'text' | 'date'
    inputmode?: 'email' | 'url'
    autocomplete?: string
    spellcheck?: false
  }
) {
  const type = props.type ?? 'text'
  const required = !props.optional
  const address = props.inputmode !== undefined
  // A date input has no ARIA role, so aria-required is not allowed on it: `required` says it.
  const ariaRequired = required && type !== 'date' ? 'true' : undefined
  return (
    <Field {...props}>
      {(aria) => (
        <input
          type={type}
          inputmode={props.inputmode}
          id={`field-${props.name}`}
          name={props.name}
          value={props.value}
          autocomplete={props.autocomplete}
          autocapitalize={address ? 'none' : undefined}
          spellcheck={address ? false : props.spellcheck}
          dir={address ? 'ltr' : undefined}
          required={required}
          aria-required={ariaRequired}
          aria-describedby={aria.describedBy}
          aria-invalid={aria.invalid}
        />
      )}
    </Field>
  )
}

/**
 * A required field of a few lines of free text.
 *
 * @example
 * <TextAreaField name="why" label="Why" value={values.why} hint="…" error={errors.why} />
 */
export function TextAreaField(props: FieldProps) {
  return (
    <Field {...props}>
      {(aria) => (
        <textarea
          id={`field-${props.name}`}
          name={props.name}
          rows={5}
          required
          aria-required="true"
          aria-describedby={aria.describedBy}
          aria-invalid={aria.invalid}
        >
          {props.value}
        </textarea>
      )}
    </Field>
  )
}

/**
 * A required select; `value` picks the selected choice. A "Choose…" first choice is one whose
 * value is ''.
 *
 * @example
 * <SelectField name="format" label="Format" value={values.format} options={formatChoices} />
 */
export function SelectField(props: FieldProps & { options: readonly Choice[] }) {
  return (
    <Field {...props}>
      {(aria) => (
        <select
          id={`field-${props.name}`}
          name={props.name}
          required
          aria-required="true"
          aria-describedby={aria.describedBy}
          aria-invalid={aria.invalid}
        >
          {props.options.map((option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/**
 * A required group of radio buttons in a fieldset, its label the legend; `value` picks the
 * checked one. The first button's id is `field-<name>`, so that the error summary's link lands
 * on the group.
 *
 * @example
 * <ChoiceGroup name="kind" label="Person or organization" value={values.kind}
 *   options={[{ value: 'person', label: 'A person' }, …]} error={errors.kind} />
 */
export function ChoiceGroup(props: FieldProps & { options: readonly Choice[] }) {
  return (
    <fieldset
      class={props.error ? 'field field-invalid' : 'field'}
      aria-describedby={notesDescribedBy(props)}
    >
      <legend>{props.label}</legend>
      <FieldNotes {...props} />
      <div class="choices">
        {props.options.map((option, index) => {
          const id = index === 0 ? `field-${props.name}` : `field-${props.name}-${option.value}`
          return (
            <div class="check">
              <input
                type="radio"
                id={id}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                required
                aria-invalid={props.error ? 'true' : undefined}
              />
              <label for={id}>{option.label}</label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

/** A form's fields in page order, and its id: where the error summary's links go. */
export interface FormOutline {
  formId: string
  fields: readonly string[]
}

/**
 * The id a problem with `field` (as the service names it) links to: the field's control, the
 * consent box for its version, the Turnstile widget, else the form itself.
 *
 * @example
 * fieldAnchor('consentVersion', outline) // 'field-consent'
 */
export function fieldAnchor(field: string, outline: FormOutline): string {
  if (outline.fields.includes(field)) return `field-${field}`
  if (field === 'consentVersion') return 'field-consent'
  if (field === 'turnstile') return 'turnstile'
  return outline.formId
}

// Where a problem sits in the summary: the fields' order, then the security check, then the rest.
function summaryPosition(field: string, outline: FormOutline): number {
  const order: readonly string[] = [...outline.fields, 'turnstile']
  const position = order.indexOf(field === 'consentVersion' ? 'consent' : field)
  return position === -1 ? order.length : position
}

/**
 * The box above a refused form: every problem, in the fields' order, each a link to its field.
 * It takes the focus when the page loads, so a screen reader reads it first.
 *
 * @example
 * {hasErrors && <ErrorSummary locale="es" errors={errors} outline={outline} />}
 */
export function ErrorSummary(props: {
  locale: Locale
  errors: Record<string, string>
  outline: FormOutline
}) {
  const t = translator(props.locale)
  const ordered = Object.entries(props.errors).sort(
    ([a], [b]) => summaryPosition(a, props.outline) - summaryPosition(b, props.outline)
  )
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-heading"
      tabindex={-1}
      autofocus
    >
      <h2 id="error-summary-heading">{t('webinarPage.errors.heading')}</h2>
      <p>{t('webinarPage.errors.intro')}</p>
      <ul>
        {ordered.map(([field, message]) => (
          <li>
            <a href={`#${fieldAnchor(field, props.outline)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The choices of a country select: "Choose…" (value ''), the countries of `codes` by the page
 * language's collation (so that "Haïti" sorts among the H's), then "Other" when `other`.
 *
 * @example
 * <SelectField {...field('country')} options={countryChoices('fr', CANDIDATE_COUNTRIES)} />
 */
export function countryChoices(
  locale: Locale,
  codes: readonly string[],
  options: { other?: boolean } = {}
): Choice[] {
  const t = translator(locale)
  const collator = new Intl.Collator(locale)
  const countries = codes
    .filter((code) => code !== 'other')
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label))
  return [
    { value: '', label: t('webinarPage.field.countryChoose') },
    ...countries,
    ...(options.other ? [{ value: 'other', label: t('webinarPage.field.countryOther') }] : []),
  ]
}

/**
 * The options of a country select (see `countryChoices`), for a select of its own.
 *
 * @example
 * <select id="field-country" name="country">
 *   <CountryOptions locale="fr" codes={REGION_COUNTRY_CODES} selected={values.country} other />
 * </select>
 */
export function CountryOptions(props: {
  locale: Locale
  codes: readonly string[]
  selected: string
  other?: boolean
}) {
  return (
    <>
      {countryChoices(props.locale, props.codes, { other: props.other }).map((country) => (
        <option value={country.value} selected={props.selected === country.value}>
          {country.label}
        </option>
      ))}
    </>
  )
}

/**
 * The consent box in its own fieldset, with the consent text's version in a hidden field.
 * A problem with either the box or the version shows beside the box.
 *
 * @example
 * <ConsentFieldset locale="es" text={t('es', 'registration.consent.text')}
 *   version={CONSENT_TEXT_VERSION} checked={values.consent} errors={errors} />
 */
export function ConsentFieldset(props: {
  locale: Locale
  text: string
  version: string
  checked: boolean
  errors: Record<string, string>
}) {
  const t = translator(props.locale)
  const error = props.errors.consent ?? props.errors.consentVersion
  return (
    <fieldset
      class={error ? 'field-invalid' : undefined}
      aria-describedby={error ? 'error-consent' : undefined}
    >
      <legend>{t('webinarPage.consent.legend')}</legend>
      {error && (
        <span class="error" id="error-consent">
          {error}
        </span>
      )}
      <div class="check">
        <input
          type="checkbox"
          id="field-consent"
          name="consent"
          value="on"
          checked={props.checked}
          required
          aria-required="true"
          aria-describedby={error ? 'error-consent' : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        <label for="field-consent">{props.text}</label>
      </div>
      <input type="hidden" name="consentVersion" value={props.version} />
    </fieldset>
  )
}

/**
 * The honeypot: a field hidden from people and screen readers (off-screen, aria-hidden,
 * out of the tab order, no autofill) that form-filling bots fill in.
 *
 * @example
 * <HoneypotField locale="es" name={HONEYPOT_FIELD} />
 */
export function HoneypotField(props: { locale: Locale; name: string }) {
  const t = translator(props.locale)
  return (
    <div class="trap" aria-hidden="true">
      <label for={`field-${props.name}`}>{t('webinarPage.field.honeypot')}</label>
      <input
        type="text"
        id={`field-${props.name}`}
        name={props.name}
        value=""
        tabindex={-1}
        autocomplete="off"
      />
    </div>
  )
}

/**
 * The Turnstile widget and its error, or nothing when Turnstile is off (no site key).
 *
 * @example
 * <TurnstileField locale="fr" siteKey={turnstileSiteKey(c.env)} error={errors.turnstile} />
 */
export function TurnstileField(props: { locale: Locale; siteKey: string | null; error?: string }) {
  if (!props.siteKey) return null
  const t = translator(props.locale)
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <span class="label" id="turnstile-label">
        {t('webinarPage.form.turnstile')}
      </span>
      {props.error && (
        <span class="error" id="error-turnstile">
          {props.error}
        </span>
      )}
      <div
        id="turnstile"
        class="cf-turnstile turnstile"
        data-sitekey={props.siteKey}
        data-language={props.locale}
        data-size="flexible"
      />
    </div>
  )
}

/**
 * Turnstile's script for the page's <head>, or undefined when Turnstile is off.
 *
 * @example
 * <WebinarDocument head={turnstileScript(siteKey)} …>
 */
export function turnstileScript(siteKey: string | null) {
  return siteKey ? (
    <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer />
  ) : undefined
}
