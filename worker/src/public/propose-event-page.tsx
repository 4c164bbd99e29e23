// GET and POST /propose-event: the form any member uses to propose an event for the calendar.
import { translator } from '../../../shared/i18n/catalogue'
import { valueLabel } from '../../../shared/i18n/messages/schema'
import { EVENT_FORMATS } from '../../../shared/schemas/event-values'
import { REGISTRATION_COUNTRIES } from '../../../shared/schemas/registration'
import {
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

const TEXTS: MemberInputPageTexts = {
  title: 'memberInput.propose.title',
  heading: 'memberInput.propose.heading',
  intro: 'memberInput.propose.intro',
  consent: 'memberInput.propose.consent.text',
  submit: 'memberInput.propose.submit',
}

// "Suits CROP travel": a box of its own, its label beside it and its hint below.
function CropSuitableField(props: {
  checked: boolean
  label: string
  hint: string
  error?: string
}) {
  const { error } = props
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      {error && (
        <span class="error" id="error-cropSuitable">
          {error}
        </span>
      )}
      <div class="check">
        <input
          type="checkbox"
          id="field-cropSuitable"
          name="cropSuitable"
          value="on"
          checked={props.checked}
          aria-describedby={error ? 'hint-cropSuitable error-cropSuitable' : 'hint-cropSuitable'}
          aria-invalid={error ? 'true' : undefined}
        />
        <label for="field-cropSuitable">{props.label}</label>
      </div>
      <span class="hint" id="hint-cropSuitable">
        {props.hint}
      </span>
    </div>
  )
}

/**
 * The "propose an event" page: what the calendar is for, the event, the proposer, consent.
 *
 * @example
 * const html = await ProposeEventPage({ locale: 'pt', values: {}, errors: {}, fixtures,
 *   address, action: '/propose-event?lang=pt', site }).toString()
 */
export function ProposeEventPage(props: MemberInputPageProps) {
  const { locale } = props
  const t = translator(locale)
  const field = fieldPropsOf('eventProposal', props)
  const optional = t('webinarPage.form.optional')

  return (
    <MemberInputFormPage {...props} outline={OUTLINE} texts={TEXTS}>
      <h2>{t('memberInput.propose.eventHeading')}</h2>
      <TextField {...field('title')} hint={t('memberInput.propose.titleHint')} />
      <TextField
        {...field('startDate')}
        type="date"
        hint={t('memberInput.propose.startDateHint')}
      />
      <TextField
        {...field('endDate')}
        type="date"
        optional={optional}
        hint={t('memberInput.propose.endDateHint')}
      />
      <SelectField
        {...field('format')}
        options={EVENT_FORMATS.map((format) => ({
          value: format,
          label: valueLabel('eventFormat', format, locale),
        }))}
      />
      <TextField
        {...field('city')}
        optional={optional}
        hint={t('memberInput.propose.cityHint')}
        autocomplete="off"
      />
      <SelectField
        {...field('country')}
        options={countryChoices(locale, REGISTRATION_COUNTRIES, { other: true })}
      />
      <TextField
        {...field('url')}
        optional={optional}
        hint={t('memberInput.propose.urlHint')}
        inputmode="url"
      />
      <TextAreaField {...field('why')} hint={t('memberInput.propose.whyHint')} />
      <CropSuitableField
        checked={Boolean(props.values.cropSuitable)}
        label={t('memberInput.propose.cropLabel')}
        hint={t('memberInput.propose.cropHint')}
        error={props.errors.cropSuitable}
      />

      <h2 class="section">{t('memberInput.form.youHeading')}</h2>
      <TextField
        {...field('proposerName')}
        hint={t('memberInput.propose.proposerNameHint')}
        autocomplete="name"
        spellcheck={false}
      />
      <TextField
        {...field('proposerEmail')}
        hint={t('memberInput.form.proposerEmailHint')}
        inputmode="email"
        autocomplete="email"
      />
    </MemberInputFormPage>
  )
}
