// GET and POST /propose-event: the form any member uses to propose an event for the calendar.
import { translator } from '../../../shared/i18n/catalogue'
import { type FieldOf, fieldLabel, valueLabel } from '../../../shared/i18n/messages/schema'
import { EVENT_FORMATS } from '../../../shared/schemas/event-values'
import { REGISTRATION_COUNTRIES } from '../../../shared/schemas/registration'
import {
  ConsentFieldset,
  CountryOptions,
  ErrorSummary,
  Field,
  type FormOutline,
  HoneypotField,
  TurnstileField,
  turnstileScript,
} from './form-parts'
import type { MemberInputPageProps } from './member-input-pages'
import { WebinarDocument } from './webinars-layout'

// The form's fields in page order: the error summary lists problems in this order too.
const OUTLINE: FormOutline = {
  formId: 'proposal-form',
  fields: [
    'title',
    'startDate',
    'endDate',
    'format',
    'city',
    'country',
    'url',
    'why',
    'cropSuitable',
    'proposerName',
    'proposerEmail',
    'consent',
  ],
}

/**
 * The "propose an event" page: what the calendar is for, the event, the proposer, consent.
 *
 * @example
 * const html = await ProposeEventPage({ locale: 'pt', values: {}, errors: {}, fixtures,
 *   address, action: '/propose-event?lang=pt', site }).toString()
 */
export function ProposeEventPage(props: MemberInputPageProps) {
  const { locale, values, errors, fixtures } = props
  const t = translator(locale)
  const label = (field: FieldOf<'eventProposal'>) => fieldLabel('eventProposal', field, locale)
  const value = (name: string) => values[name] ?? ''
  const hasErrors = Object.keys(errors).length > 0
  const optional = t('webinarPage.form.optional')
  const pageTitle = `${hasErrors ? `${t('common.error')}: ` : ''}${t('memberInput.propose.title')}`

  return (
    <WebinarDocument
      locale={locale}
      title={pageTitle}
      address={props.address}
      site={props.site}
      head={turnstileScript(fixtures.turnstileSiteKey)}
    >
      <h1 id="form-heading">{t('memberInput.propose.heading')}</h1>
      <p class="lede">{t('memberInput.propose.intro')}</p>
      {hasErrors && <ErrorSummary locale={locale} errors={errors} outline={OUTLINE} />}
      <p>{t('memberInput.form.intro')}</p>
      <form
        id="proposal-form"
        class="register"
        method="post"
        action={props.action}
        accept-charset="utf-8"
        aria-labelledby="form-heading"
        novalidate
      >
        <h2>{t('memberInput.propose.eventHeading')}</h2>
        <Field
          name="title"
          label={label('title')}
          hint={t('memberInput.propose.titleHint')}
          error={errors.title}
        >
          {(aria) => (
            <input
              type="text"
              id="field-title"
              name="title"
              value={value('title')}
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="startDate"
          label={label('startDate')}
          hint={t('memberInput.propose.startDateHint')}
          error={errors.startDate}
        >
          {(aria) => (
            <input
              type="date"
              id="field-startDate"
              name="startDate"
              value={value('startDate')}
              required
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="endDate"
          label={label('endDate')}
          optional={optional}
          hint={t('memberInput.propose.endDateHint')}
          error={errors.endDate}
        >
          {(aria) => (
            <input
              type="date"
              id="field-endDate"
              name="endDate"
              value={value('endDate')}
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field name="format" label={label('format')} error={errors.format}>
          {(aria) => (
            <select
              id="field-format"
              name="format"
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            >
              {EVENT_FORMATS.map((format) => (
                <option value={format} selected={value('format') === format}>
                  {valueLabel('eventFormat', format, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="city"
          label={label('city')}
          optional={optional}
          hint={t('memberInput.propose.cityHint')}
          error={errors.city}
        >
          {(aria) => (
            <input
              type="text"
              id="field-city"
              name="city"
              value={value('city')}
              autocomplete="off"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field name="country" label={label('country')} error={errors.country}>
          {(aria) => (
            <select
              id="field-country"
              name="country"
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            >
              <CountryOptions
                locale={locale}
                codes={REGISTRATION_COUNTRIES}
                selected={value('country')}
                other
              />
            </select>
          )}
        </Field>

        <Field
          name="url"
          label={label('url')}
          optional={optional}
          hint={t('memberInput.propose.urlHint')}
          error={errors.url}
        >
          {(aria) => (
            <input
              type="text"
              inputmode="url"
              id="field-url"
              name="url"
              value={value('url')}
              autocapitalize="none"
              spellcheck={false}
              dir="ltr"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="why"
          label={label('why')}
          hint={t('memberInput.propose.whyHint')}
          error={errors.why}
        >
          {(aria) => (
            <textarea
              id="field-why"
              name="why"
              rows={5}
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            >
              {value('why')}
            </textarea>
          )}
        </Field>

        <div class={errors.cropSuitable ? 'field field-invalid' : 'field'}>
          {errors.cropSuitable && (
            <span class="error" id="error-cropSuitable">
              {errors.cropSuitable}
            </span>
          )}
          <div class="check">
            <input
              type="checkbox"
              id="field-cropSuitable"
              name="cropSuitable"
              value="on"
              checked={value('cropSuitable') !== ''}
              aria-describedby={
                errors.cropSuitable ? 'hint-cropSuitable error-cropSuitable' : 'hint-cropSuitable'
              }
              aria-invalid={errors.cropSuitable ? 'true' : undefined}
            />
            <label for="field-cropSuitable">{t('memberInput.propose.cropLabel')}</label>
          </div>
          <span class="hint" id="hint-cropSuitable">
            {t('memberInput.propose.cropHint')}
          </span>
        </div>

        <h2 class="section">{t('memberInput.form.youHeading')}</h2>
        <Field
          name="proposerName"
          label={label('proposerName')}
          hint={t('memberInput.propose.proposerNameHint')}
          error={errors.proposerName}
        >
          {(aria) => (
            <input
              type="text"
              id="field-proposerName"
              name="proposerName"
              value={value('proposerName')}
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
          name="proposerEmail"
          label={label('proposerEmail')}
          hint={t('memberInput.form.proposerEmailHint')}
          error={errors.proposerEmail}
        >
          {(aria) => (
            <input
              type="text"
              inputmode="email"
              id="field-proposerEmail"
              name="proposerEmail"
              value={value('proposerEmail')}
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

        <ConsentFieldset
          locale={locale}
          text={t('memberInput.propose.consent.text')}
          version={fixtures.consentVersion}
          checked={value('consent') !== ''}
          errors={errors}
        />
        <HoneypotField locale={locale} name={fixtures.honeypotField} />
        <TurnstileField
          locale={locale}
          siteKey={fixtures.turnstileSiteKey}
          error={errors.turnstile}
        />

        <p class="actions">
          <button type="submit">{t('memberInput.propose.submit')}</button>
        </p>
      </form>
    </WebinarDocument>
  )
}
