// The page every member input form is shown on: heading, intro and error summary, then the form
// with the fields it brings, its consent, the spam defences and the submit button.
import type { Child } from 'hono/jsx'
import { type MessageKey, translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { type FieldOf, fieldLabel, type SchemaEntity } from '../../../shared/i18n/messages/schema'
import {
  ConsentFieldset,
  ErrorSummary,
  type FieldProps,
  type FormFixtures,
  type FormOutline,
  HoneypotField,
  TurnstileField,
  turnstileScript,
} from './form-parts'
import { type PageAddress, type SiteLink, WebinarDocument } from './webinars-layout'

/** What a member input form page is given: the post as typed, its problems, the form's parts. */
export interface MemberInputPageProps {
  locale: Locale
  /** The fields as posted (strings; a ticked box is 'on'), or the first visit's defaults. */
  values: Record<string, string>
  errors: Record<string, string>
  fixtures: FormFixtures
  address: PageAddress
  /** Where the form posts: the page itself, in its language. */
  action: string
  site: SiteLink
}

/** A member input page's own texts, as catalogue keys. */
export interface MemberInputPageTexts {
  title: MessageKey
  heading: MessageKey
  intro: MessageKey
  consent: MessageKey
  submit: MessageKey
}

/**
 * What each field of `entity` is given on this page: its name, label, value as posted and
 * error, for spreading into a `TextField`, `SelectField` or the like.
 *
 * @example
 * const field = fieldPropsOf('eventProposal', props)
 * <TextField {...field('title')} hint={t('memberInput.propose.titleHint')} />
 */
export function fieldPropsOf<E extends SchemaEntity>(
  entity: E,
  props: MemberInputPageProps
): (name: FieldOf<E>) => FieldProps {
  return (name) => ({
    name,
    label: fieldLabel(entity, name, props.locale),
    value: props.values[name] ?? '',
    error: props.errors[name],
  })
}

/**
 * A member input form page around the form's own fields (its children, which end where the
 * consent begins).
 *
 * @example
 * <MemberInputFormPage {...props} outline={OUTLINE} texts={TEXTS}>
 *   <TextField {...field('title')} />
 * </MemberInputFormPage>
 */
export function MemberInputFormPage(
  props: MemberInputPageProps & {
    /** The fields in page order: the error summary lists problems in this order too. */
    outline: FormOutline
    texts: MemberInputPageTexts
    children: Child
  }
) {
  const { locale, errors, fixtures, texts } = props
  const t = translator(locale)
  const hasErrors = Object.keys(errors).length > 0
  const pageTitle = `${hasErrors ? `${t('common.error')}: ` : ''}${t(texts.title)}`

  return (
    <WebinarDocument
      locale={locale}
      title={pageTitle}
      address={props.address}
      site={props.site}
      head={turnstileScript(fixtures.turnstileSiteKey)}
    >
      <h1 id="form-heading">{t(texts.heading)}</h1>
      <p class="lede">{t(texts.intro)}</p>
      {hasErrors && <ErrorSummary locale={locale} errors={errors} outline={props.outline} />}
      <p>{t('memberInput.form.intro')}</p>
      <form
        id={props.outline.formId}
        class="register"
        method="post"
        action={props.action}
        accept-charset="utf-8"
        aria-labelledby="form-heading"
        novalidate
      >
        {props.children}
        <ConsentFieldset
          locale={locale}
          text={t(texts.consent)}
          version={fixtures.consentVersion}
          checked={Boolean(props.values.consent)}
          errors={errors}
        />
        <HoneypotField locale={locale} name={fixtures.honeypotField} />
        <TurnstileField
          locale={locale}
          siteKey={fixtures.turnstileSiteKey}
          error={errors.turnstile}
        />

        <p class="actions">
          <button type="submit">{t(texts.submit)}</button>
        </p>
      </form>
    </WebinarDocument>
  )
}
