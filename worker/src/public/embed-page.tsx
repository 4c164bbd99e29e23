// The embed page's markup (Hono JSX, which escapes every value): events, language links, subscribe box.

import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { eventLabels, eventLocation } from '../../../shared/calendar/event-labels'
import {
  eventIcsPath,
  googleCalendarLink,
  outlookCalendarLink,
} from '../../../shared/calendar/links'
import { type MessageKey, translator } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import type { PublishedEvent } from '../../../shared/schemas/event'
import { formatDay, formatEventLanguages, formatEventWhen } from './embed-format'
import { EMBED_CSS } from './embed-styles'

/** What the list shows: events, or why there are none. */
export type EmbedListing =
  | { kind: 'events'; events: PublishedEvent[] }
  | { kind: 'unpublished' | 'noUpcoming' | 'noMatch' }

export interface LanguageLink {
  locale: Locale
  href: string
}

export interface SubscribeLinks {
  feedUrl: string
  webcal: string
  google: string
  outlook: string
}

type Translate = ReturnType<typeof translator>

const EMPTY_MESSAGES: Record<Exclude<EmbedListing['kind'], 'events'>, MessageKey> = {
  unpublished: 'embed.empty.unpublished',
  noUpcoming: 'embed.empty.noUpcoming',
  noMatch: 'embed.empty.noMatch',
}

// Links leave the wiki's frame: a new tab, and nothing of this page handed to the other site.
const OUTSIDE = { target: '_blank', rel: 'noopener noreferrer' } as const

function Document(props: { locale: Locale; title: string; children: Child }) {
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style>{raw(EMBED_CSS)}</style>
      </head>
      <body>{props.children}</body>
    </html>
  )
}

function LanguageSwitcher(props: { locale: Locale; links: LanguageLink[]; t: Translate }) {
  return (
    <nav aria-label={props.t('embed.languageSwitcher')}>
      <ul class="langs">
        {props.links.map((link) => (
          <li>
            <a
              href={link.href}
              hreflang={link.locale}
              lang={link.locale}
              aria-current={link.locale === props.locale ? 'page' : undefined}
            >
              {translator(link.locale)(`language.${link.locale}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function EventItem(props: { event: PublishedEvent; locale: Locale; t: Translate }) {
  const { event, locale, t } = props
  const labels = eventLabels(event, locale)
  const when = formatEventWhen(event, locale)
  const place = eventLocation(event, locale)
  const languages = formatEventLanguages(event.languages, locale)
  const google = googleCalendarLink(event, { location: place })
  const outlook = outlookCalendarLink(event, { location: place })
  // A virtual event without a place is "Online" already; its format would say it twice.
  const where = [...new Set([place, labels.format])].filter(Boolean)
  if (languages) where.push(t('embed.inLanguages', { languages }))
  const showAdd = event.status !== 'cancelled' && google !== null && outlook !== null
  return (
    <li class={`event event-${event.status}`}>
      {when && (
        <p class="when">
          <time datetime={when.datetime}>{when.text}</time>
        </p>
      )}
      <h2 class="title">
        {event.url ? (
          <a href={event.url} {...OUTSIDE}>
            {event.title}
          </a>
        ) : (
          event.title
        )}
      </h2>
      <p class="where">{where.join(' · ')}</p>
      <p class="tags">
        <span class={`tag tag-${event.status}`}>{labels.status}</span>
        <span class="tag">{labels.category}</span>
      </p>
      {showAdd && (
        <p class="add">
          {t('embed.addToCalendar')}{' '}
          <a
            href={google}
            {...OUTSIDE}
            aria-label={t('embed.addToCalendarFor', { title: event.title, calendar: 'Google' })}
          >
            {t('embed.addGoogle')}
          </a>
          {' · '}
          <a
            href={outlook}
            {...OUTSIDE}
            aria-label={t('embed.addToCalendarFor', { title: event.title, calendar: 'Outlook' })}
          >
            {t('embed.addOutlook')}
          </a>
          {' · '}
          <a href={eventIcsPath(event.id)} download>
            {t('embed.downloadIcs')}
          </a>
        </p>
      )}
    </li>
  )
}

function SubscribeBox(props: {
  links: SubscribeLinks
  publishedAt: string | null
  locale: Locale
  t: Translate
}) {
  const { links, t } = props
  return (
    <section class="subscribe" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{t('embed.subscribe.heading')}</h2>
      <p>{t('embed.subscribe.intro')}</p>
      <ul>
        <li>
          <a href={links.webcal} {...OUTSIDE}>
            {t('embed.subscribe.webcal')}
          </a>
        </li>
        <li>
          <a href={links.google} {...OUTSIDE}>
            {t('embed.subscribe.google')}
          </a>
        </li>
        <li>
          <a href={links.outlook} {...OUTSIDE}>
            {t('embed.subscribe.outlook')}
          </a>
        </li>
      </ul>
      <label for="feed-url">{t('embed.subscribe.feedLabel')}</label>
      <input id="feed-url" type="text" readonly value={links.feedUrl} spellcheck={false} />
      {props.publishedAt && (
        <p class="updated">
          {t('embed.updated', { date: formatDay(props.publishedAt, props.locale) })}
        </p>
      )}
    </section>
  )
}

/**
 * The whole embed page.
 *
 * @example
 * const html = await EmbedPage({ locale: 'es', listing, languageLinks, subscribe, publishedAt }).toString()
 */
export function EmbedPage(props: {
  locale: Locale
  listing: EmbedListing
  languageLinks: LanguageLink[]
  subscribe: SubscribeLinks
  publishedAt: string | null
}) {
  const t = translator(props.locale)
  const { listing } = props
  return (
    <Document locale={props.locale} title={t('embed.pageTitle')}>
      <header class="top">
        <h1>{t('embed.heading')}</h1>
        <LanguageSwitcher locale={props.locale} links={props.languageLinks} t={t} />
      </header>
      <main>
        {listing.kind === 'events' ? (
          <ol class="events">
            {listing.events.map((event) => (
              <EventItem event={event} locale={props.locale} t={t} />
            ))}
          </ol>
        ) : (
          <p class="empty">{t(EMPTY_MESSAGES[listing.kind])}</p>
        )}
        <SubscribeBox
          links={props.subscribe}
          publishedAt={props.publishedAt}
          locale={props.locale}
          t={t}
        />
      </main>
    </Document>
  )
}

/**
 * The page shown for a link with a mistake (status 400), in the reader's language.
 *
 * @example
 * const html = await EmbedErrorPage({ locale: 'fr', message, languageLinks }).toString()
 */
export function EmbedErrorPage(props: {
  locale: Locale
  message: string
  languageLinks: LanguageLink[]
}) {
  const t = translator(props.locale)
  return (
    <Document locale={props.locale} title={t('embed.error.heading')}>
      <header class="top">
        <h1>{t('embed.error.heading')}</h1>
        <LanguageSwitcher locale={props.locale} links={props.languageLinks} t={t} />
      </header>
      <main>
        <p class="error" role="alert">
          {props.message}
        </p>
      </main>
    </Document>
  )
}
