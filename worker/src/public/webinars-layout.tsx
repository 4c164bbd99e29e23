// The frame of every public page with a form (the webinars, member input; Hono JSX, which escapes
// every value): head, header, languages.
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { translator } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/i18n/locales'
import type { LocalizedText } from './webinars-format'
import { WEBINARS_CSS } from './webinars-styles'

/** The page as the reader asked for it, for the language switcher's links. */
export interface PageAddress {
  path: string
  /** The query without `lang` (kept by every language link). */
  query: URLSearchParams
}

/**
 * The same page in `locale`: its path, its query and `lang`.
 *
 * @example
 * localizedHref({ path: '/webinars', query: new URLSearchParams() }, 'pt') // '/webinars?lang=pt'
 */
export function localizedHref(address: PageAddress, locale: Locale): string {
  const query = new URLSearchParams(address.query)
  query.delete('lang')
  query.set('lang', locale)
  return `${address.path}?${query}`
}

function LanguageSwitcher(props: { locale: Locale; address: PageAddress }) {
  const t = translator(props.locale)
  return (
    <nav aria-label={t('webinarPage.languageSwitcher')}>
      <ul class="langs">
        {LOCALES.map((locale) => (
          <li>
            <a
              href={localizedHref(props.address, locale)}
              hreflang={locale}
              lang={locale}
              aria-current={locale === props.locale ? 'page' : undefined}
            >
              {translator(locale)(`language.${locale}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * Text that may be in another language than the page: marked with its `lang` so that a
 * screen reader pronounces it right, and followed by "(in Spanish)" for sighted readers.
 *
 * @example
 * <h1><InLanguage text={webinarTitle(webinar, locale)} locale={locale} /></h1>
 */
export function InLanguage(props: { text: LocalizedText; locale: Locale }) {
  if (props.text.lang === props.locale) return <>{props.text.text}</>
  const t = translator(props.locale)
  // Intl writes the language as a running text needs it: "Spanish", "español", "espagnol".
  const language = new Intl.DisplayNames([props.locale], { type: 'language' }).of(props.text.lang)
  return (
    <>
      <span lang={props.text.lang}>{props.text.text}</span>{' '}
      <span class="muted">
        {t('webinarPage.onlyIn', { language: language ?? props.text.lang })}
      </span>
    </>
  )
}

/** The name of the site a page belongs to, and where its header's link goes. */
export interface SiteLink {
  name: string
  href: string
}

/**
 * The whole document around a page's main content.
 *
 * @example
 * <WebinarDocument locale="es" title="…" address={address}>…</WebinarDocument>
 */
export function WebinarDocument(props: {
  locale: Locale
  title: string
  address: PageAddress
  /** The header's link home: "LACRALO webinars" and the list of webinars unless given. */
  site?: SiteLink
  /** Extra elements for <head> (the Turnstile script). */
  head?: Child
  children: Child
}) {
  const t = translator(props.locale)
  const site = props.site ?? {
    name: t('webinarPage.site'),
    href: `/webinars?lang=${props.locale}`,
  }
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style>{raw(WEBINARS_CSS)}</style>
        {props.head}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('webinarPage.skipLink')}
        </a>
        <header class="top">
          <div class="top-in">
            <a class="site" href={site.href}>
              {site.name}
            </a>
            <LanguageSwitcher locale={props.locale} address={props.address} />
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  )
}

/**
 * A page that says what went wrong and where to go next (404, 410, 429, 403): the list of
 * webinars unless `back` says otherwise.
 *
 * @example
 * <ProblemPage locale="fr" address={address} heading="…" text="…" />
 */
export function ProblemPage(props: {
  locale: Locale
  address: PageAddress
  heading: string
  text: string
  site?: SiteLink
  back?: { href: string; text: string }
}) {
  const t = translator(props.locale)
  const back = props.back ?? {
    href: `/webinars?lang=${props.locale}`,
    text: t('webinarPage.backToList'),
  }
  return (
    <WebinarDocument
      locale={props.locale}
      title={props.heading}
      address={props.address}
      site={props.site}
    >
      <h1>{props.heading}</h1>
      <p class="lede">{props.text}</p>
      <p>
        <a class="button button-quiet" href={back.href}>
          {back.text}
        </a>
      </p>
    </WebinarDocument>
  )
}
