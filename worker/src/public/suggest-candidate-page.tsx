// GET and POST /suggest-candidate: the form a member uses to suggest a possible At-Large
// candidate or DNSSEC-training contact, with how their details are used and kept.
import { translator } from '../../../shared/i18n/catalogue'
import { type FieldOf, fieldLabel, valueLabel } from '../../../shared/i18n/messages/schema'
import {
  CANDIDATE_COUNTRIES,
  CANDIDATE_KINDS,
  CONTACT_BASES,
  OUTREACH_PROGRAMMES,
} from '../../../shared/schemas/candidate-suggestion-values'
import {
  ChoiceGroup,
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
  formId: 'suggestion-form',
  fields: [
    'kind',
    'candidateName',
    'organization',
    'country',
    'programme',
    'why',
    'contactEmail',
    'contactOther',
    'contactBasis',
    'suggesterName',
    'suggesterEmail',
    'consent',
  ],
}

/**
 * The "suggest a candidate" page: whom, how to reach them and on what basis, the suggester,
 * then a plain statement of how the details are used and kept, and the consent.
 *
 * @example
 * const html = await SuggestCandidatePage({ locale: 'fr', values: {}, errors: {}, fixtures,
 *   address, action: '/suggest-candidate?lang=fr', site }).toString()
 */
export function SuggestCandidatePage(props: MemberInputPageProps) {
  const { locale, values, errors, fixtures } = props
  const t = translator(locale)
  const label = (field: FieldOf<'candidateSuggestion'>) =>
    fieldLabel('candidateSuggestion', field, locale)
  const value = (name: string) => values[name] ?? ''
  const hasErrors = Object.keys(errors).length > 0
  const optional = t('webinarPage.form.optional')
  const pageTitle = `${hasErrors ? `${t('common.error')}: ` : ''}${t('memberInput.suggest.title')}`

  return (
    <WebinarDocument
      locale={locale}
      title={pageTitle}
      address={props.address}
      site={props.site}
      head={turnstileScript(fixtures.turnstileSiteKey)}
    >
      <h1 id="form-heading">{t('memberInput.suggest.heading')}</h1>
      <p class="lede">{t('memberInput.suggest.intro')}</p>
      {hasErrors && <ErrorSummary locale={locale} errors={errors} outline={OUTLINE} />}
      <p>{t('memberInput.form.intro')}</p>
      <form
        id="suggestion-form"
        class="register"
        method="post"
        action={props.action}
        accept-charset="utf-8"
        aria-labelledby="form-heading"
        novalidate
      >
        <h2>{t('memberInput.suggest.candidateHeading')}</h2>
        <ChoiceGroup
          name="kind"
          legend={label('kind')}
          error={errors.kind}
          selected={value('kind')}
          options={CANDIDATE_KINDS.map((kind) => ({
            value: kind,
            label: t(`memberInput.suggest.kind.${kind}`),
          }))}
        />

        <Field
          name="candidateName"
          label={label('candidateName')}
          hint={t('memberInput.suggest.candidateNameHint')}
          error={errors.candidateName}
        >
          {(aria) => (
            <input
              type="text"
              id="field-candidateName"
              name="candidateName"
              value={value('candidateName')}
              autocomplete="off"
              spellcheck={false}
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="organization"
          label={label('organization')}
          optional={optional}
          hint={t('memberInput.suggest.organizationHint')}
          error={errors.organization}
        >
          {(aria) => (
            <input
              type="text"
              id="field-organization"
              name="organization"
              value={value('organization')}
              autocomplete="off"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="country"
          label={label('country')}
          hint={t('memberInput.suggest.countryHint')}
          error={errors.country}
        >
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
                codes={CANDIDATE_COUNTRIES}
                selected={value('country')}
              />
            </select>
          )}
        </Field>

        <Field
          name="programme"
          label={label('programme')}
          hint={t('memberInput.suggest.programmeHint')}
          error={errors.programme}
        >
          {(aria) => (
            <select
              id="field-programme"
              name="programme"
              required
              aria-required="true"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            >
              <option value="" selected={value('programme') === ''}>
                {t('memberInput.suggest.programmeChoose')}
              </option>
              {OUTREACH_PROGRAMMES.map((programme) => (
                <option value={programme} selected={value('programme') === programme}>
                  {valueLabel('outreachProgramme', programme, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="why"
          label={label('why')}
          hint={t('memberInput.suggest.whyHint')}
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

        <h2 class="section">{t('memberInput.suggest.contactHeading')}</h2>
        <p>{t('memberInput.suggest.contactIntro')}</p>
        <Field
          name="contactEmail"
          label={label('contactEmail')}
          optional={t('memberInput.suggest.eitherMarker')}
          hint={t('memberInput.suggest.contactEmailHint')}
          error={errors.contactEmail}
        >
          {(aria) => (
            <input
              type="text"
              inputmode="email"
              id="field-contactEmail"
              name="contactEmail"
              value={value('contactEmail')}
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              dir="ltr"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <Field
          name="contactOther"
          label={label('contactOther')}
          optional={t('memberInput.suggest.eitherMarker')}
          hint={t('memberInput.suggest.contactOtherHint')}
          error={errors.contactOther}
        >
          {(aria) => (
            <input
              type="text"
              id="field-contactOther"
              name="contactOther"
              value={value('contactOther')}
              autocomplete="off"
              aria-describedby={aria.describedBy}
              aria-invalid={aria.invalid}
            />
          )}
        </Field>

        <ChoiceGroup
          name="contactBasis"
          legend={label('contactBasis')}
          error={errors.contactBasis}
          selected={value('contactBasis')}
          options={CONTACT_BASES.map((basis) => ({
            value: basis,
            label: t(`memberInput.suggest.basis.${basis}`),
          }))}
        />

        <h2 class="section">{t('memberInput.form.youHeading')}</h2>
        <Field name="suggesterName" label={label('suggesterName')} error={errors.suggesterName}>
          {(aria) => (
            <input
              type="text"
              id="field-suggesterName"
              name="suggesterName"
              value={value('suggesterName')}
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
          name="suggesterEmail"
          label={label('suggesterEmail')}
          hint={t('memberInput.form.proposerEmailHint')}
          error={errors.suggesterEmail}
        >
          {(aria) => (
            <input
              type="text"
              inputmode="email"
              id="field-suggesterEmail"
              name="suggesterEmail"
              value={value('suggesterEmail')}
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

        <section class="notice" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('memberInput.suggest.privacy.heading')}</h2>
          <ul>
            <li>{t('memberInput.suggest.privacy.use')}</li>
            <li>{t('memberInput.suggest.privacy.who')}</li>
            <li>{t('memberInput.suggest.privacy.keep')}</li>
          </ul>
        </section>
        <ConsentFieldset
          locale={locale}
          text={t('memberInput.suggest.consent.text')}
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
          <button type="submit">{t('memberInput.suggest.submit')}</button>
        </p>
      </form>
    </WebinarDocument>
  )
}
