// What the member input forms share: their routes (form, post, thank-you page), their
// header link and their thank-you page. Each form brings its page and its service.
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { type MessageKey, t, translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { AppEnv, Bindings } from '../env'
import { MEMBER_INPUT_BODY_LIMIT_BYTES } from '../member-input/forms'
import type { MemberInputOptions, MemberInputResult } from '../member-input/result'
import { clientKeyOf } from '../registrations/client-key'
import { HONEYPOT_FIELD, turnstileSiteKey } from '../registrations/spam'
import { requestLocale } from '../request-locale'
import type { MemberInputPageProps } from './member-input-form-page'
import {
  addressOf,
  formBodyLimit,
  type ProblemMessage,
  problemPage,
  readFormBody,
  sendPage,
} from './page-response'
import { type PageAddress, type SiteLink, WebinarDocument } from './webinars-layout'
import { isSameOriginPost } from './webinars-security'

/** One member input form: where it lives, its page, its service and its thank-you texts. */
export interface MemberInputForm {
  path: `/${string}`
  Page: (props: MemberInputPageProps) => JSX.Element
  submit: (env: Bindings, input: unknown, options: MemberInputOptions) => Promise<MemberInputResult>
  consentVersion: string
  /** The values of a first visit (a select's usual choice). */
  initialValues?: Record<string, string>
  thanks: { title: MessageKey; heading: MessageKey; text: MessageKey; again: MessageKey }
}

/**
 * The header's link on the member input pages: "LACRALO Outreach", to the form itself.
 *
 * @example
 * memberInputSite('es', '/propose-event') // { name: 'Extensión de LACRALO', href: '/propose-event?lang=es' }
 */
export function memberInputSite(locale: Locale, path: string): SiteLink {
  return { name: t(locale, 'memberInput.site'), href: `${path}?lang=${locale}` }
}

/**
 * The page after a post: received, what happens next, and a link to send another. Its
 * address holds nothing but the language.
 *
 * @example
 * <MemberInputThanksPage locale="pt" address={address} form={proposeEventForm} />
 */
export function MemberInputThanksPage(props: {
  locale: Locale
  address: PageAddress
  form: MemberInputForm
}) {
  const { locale, form } = props
  const t = translator(locale)
  return (
    <WebinarDocument
      locale={locale}
      title={t(form.thanks.title)}
      address={props.address}
      site={memberInputSite(locale, form.path)}
    >
      <h1>{t(form.thanks.heading)}</h1>
      <div class="notice notice-ok" role="status">
        <p>{t(form.thanks.text)}</p>
      </div>
      <p class="actions">
        <a class="button button-quiet" href={`${form.path}?lang=${locale}`}>
          {t(form.thanks.again)}
        </a>
      </p>
    </WebinarDocument>
  )
}

function formPage(
  c: Context<AppEnv>,
  form: MemberInputForm,
  options: { locale: Locale; values: Record<string, string>; errors?: Record<string, string> }
): Promise<Response> {
  const { locale } = options
  const siteKey = turnstileSiteKey(c.env)
  const errors = options.errors ?? {}
  return sendPage(
    c,
    <form.Page
      locale={locale}
      values={options.values}
      errors={errors}
      fixtures={{
        honeypotField: HONEYPOT_FIELD,
        consentVersion: form.consentVersion,
        turnstileSiteKey: siteKey,
      }}
      address={addressOf(c)}
      action={`${form.path}?lang=${locale}`}
      site={memberInputSite(locale, form.path)}
    />,
    {
      status: Object.keys(errors).length > 0 ? 422 : 200,
      noStore: true,
      turnstile: siteKey !== null,
    }
  )
}

/**
 * The routes of one member input form, to mount at the root:
 * - GET `<path>`: the form, in ?lang= (else Accept-Language).
 * - POST `<path>`: a same-origin form post of at most 32 KB (else 403, 413), read as a form
 *   (else 400); 303 to `<path>/thanks` when taken (or caught by the honeypot), 422 with the
 *   form, its errors beside the fields and the values kept, 429 with Retry-After over the
 *   rate limit. Nothing is stored on any refusal.
 * - GET `<path>/thanks`: the thank-you page.
 *
 * @example
 * export const proposeEventRoutes = memberInputRoutes(proposeEventForm)
 */
export function memberInputRoutes(form: MemberInputForm): Hono<AppEnv> {
  const back = (locale: Locale): Pick<ProblemMessage, 'site' | 'back'> => ({
    site: memberInputSite(locale, form.path),
    back: { href: `${form.path}?lang=${locale}`, text: t(locale, 'memberInput.backToForm') },
  })
  const problem = (
    c: Context<AppEnv>,
    locale: Locale,
    which: 'crossSite' | 'badForm',
    status: 400 | 403
  ) =>
    problemPage(
      c,
      locale,
      {
        heading: t(locale, `webinarPage.problem.${which}.heading`),
        text: t(locale, `webinarPage.problem.${which}.text`, { origin: new URL(c.req.url).origin }),
        ...back(locale),
      },
      status
    )

  return new Hono<AppEnv>()
    .get(form.path, (c) =>
      formPage(c, form, { locale: requestLocale(c), values: form.initialValues ?? {} })
    )
    .post(
      form.path,
      formBodyLimit({
        maxSize: MEMBER_INPUT_BODY_LIMIT_BYTES,
        message: (locale) => ({
          heading: t(locale, 'common.error'),
          text: t(locale, 'memberInput.problem.tooLarge', {
            limit: MEMBER_INPUT_BODY_LIMIT_BYTES / 1024,
          }),
          ...back(locale),
        }),
      }),
      async (c) => {
        const locale = requestLocale(c)
        if (!isSameOriginPost(c)) return problem(c, locale, 'crossSite', 403)
        const input = await readFormBody(c)
        if (!input) return problem(c, locale, 'badForm', 400)
        const result = await form.submit(c.env, input, {
          clientKey: clientKeyOf(c.req.raw.headers),
          locale,
        })
        if (result.ok) {
          c.header('Cache-Control', 'no-store')
          c.header('Referrer-Policy', 'no-referrer')
          return c.redirect(`${form.path}/thanks?lang=${locale}`, 303)
        }
        if (result.kind === 'invalid')
          return formPage(c, form, { locale, values: input, errors: result.errors })
        c.header('Retry-After', String(result.retryAfterSeconds))
        return problemPage(
          c,
          locale,
          {
            heading: t(locale, 'memberInput.problem.rateLimited.heading'),
            text: t(locale, 'memberInput.problem.rateLimited.text'),
            ...back(locale),
          },
          429
        )
      }
    )
    .get(`${form.path}/thanks`, (c) =>
      sendPage(
        c,
        <MemberInputThanksPage locale={requestLocale(c)} address={addressOf(c)} form={form} />,
        { noStore: true }
      )
    )
}
