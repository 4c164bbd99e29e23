// GET and POST /suggest-candidate: the form a member uses to suggest a possible At-Large
// candidate or DNSSEC-training contact, with how their details are used and kept.
import { translator } from '../../../shared/i18n/catalogue'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import {
  CANDIDATE_COUNTRIES,
  CANDIDATE_KINDS,
  CONTACT_BASES,
  OUTREACH_PROGRAMMES,
} from '../../../shared/schemas/candidate-suggestion-values'
import {
  ChoiceGroup,
  countryChoices,
  type FormOutline,
  SelectField,
  TextAreaField,
  TextField,
} from './form-parts'
import {
  fieldPropsOf,
  MemberInputFormPage,
  type MemberInputPageProps,
  type MemberInputPageTexts,
} from './member-input-form-page'

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

const TEXTS: MemberInputPageTexts = {
  title: 'memberInput.suggest.title',
  heading: 'memberInput.suggest.heading',
  intro: 'memberInput.suggest.intro',
  consent: 'memberInput.suggest.consent.text',
  submit: 'memberInput.suggest.submit',
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
  const { locale } = props
  const t = translator(locale)
  const field = fieldPropsOf('candidateSuggestion', props)
  const either = t('memberInput.suggest.eitherMarker')

  return (
    <MemberInputFormPage {...props} outline={OUTLINE} texts={TEXTS}>
      <h2>{t('memberInput.suggest.candidateHeading')}</h2>
      <ChoiceGroup
        {...field('kind')}
        options={CANDIDATE_KINDS.map((kind) => ({
          value: kind,
          label: t(`memberInput.suggest.kind.${kind}`),
        }))}
      />
      <TextField
        {...field('candidateName')}
        hint={t('memberInput.suggest.candidateNameHint')}
        autocomplete="off"
        spellcheck={false}
      />
      <TextField
        {...field('organization')}
        optional={t('webinarPage.form.optional')}
        hint={t('memberInput.suggest.organizationHint')}
        autocomplete="off"
      />
      <SelectField
        {...field('country')}
        hint={t('memberInput.suggest.countryHint')}
        options={countryChoices(locale, CANDIDATE_COUNTRIES)}
      />
      <SelectField
        {...field('programme')}
        hint={t('memberInput.suggest.programmeHint')}
        options={[
          { value: '', label: t('memberInput.suggest.programmeChoose') },
          ...OUTREACH_PROGRAMMES.map((programme) => ({
            value: programme,
            label: valueLabel('outreachProgramme', programme, locale),
          })),
        ]}
      />
      <TextAreaField {...field('why')} hint={t('memberInput.suggest.whyHint')} />

      <h2 class="section">{t('memberInput.suggest.contactHeading')}</h2>
      <p>{t('memberInput.suggest.contactIntro')}</p>
      <TextField
        {...field('contactEmail')}
        optional={either}
        hint={t('memberInput.suggest.contactEmailHint')}
        inputmode="email"
        autocomplete="off"
      />
      <TextField
        {...field('contactOther')}
        optional={either}
        hint={t('memberInput.suggest.contactOtherHint')}
        autocomplete="off"
      />
      <ChoiceGroup
        {...field('contactBasis')}
        options={CONTACT_BASES.map((basis) => ({
          value: basis,
          label: t(`memberInput.suggest.basis.${basis}`),
        }))}
      />

      <h2 class="section">{t('memberInput.form.youHeading')}</h2>
      <TextField {...field('suggesterName')} autocomplete="name" spellcheck={false} />
      <TextField
        {...field('suggesterEmail')}
        hint={t('memberInput.form.proposerEmailHint')}
        inputmode="email"
        autocomplete="email"
      />

      <section class="notice" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('memberInput.suggest.privacy.heading')}</h2>
        <ul>
          <li>{t('memberInput.suggest.privacy.use')}</li>
          <li>{t('memberInput.suggest.privacy.who')}</li>
          <li>{t('memberInput.suggest.privacy.keep')}</li>
        </ul>
      </section>
    </MemberInputFormPage>
  )
}
